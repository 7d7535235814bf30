package names

import (
	"testing"

	"github.com/sessionlint/sessionlint/catalog"
)

func TestExtraNames(t *testing.T) {
	defer SetExtra(catalog.Names{})
	checks := map[string]func() bool{
		"IsSessionName(acme_ck)":         func() bool { return IsSessionName("acme_ck") },
		"!IsNotSessionCookieName(prefs)": func() bool { return !IsNotSessionCookieName("prefs") },
		"IsIdentityKey(acct_ref)":        func() bool { return IsIdentityKey("acct_ref") },
		"IsAuthIdentityKey(acct_ref)":    func() bool { return IsAuthIdentityKey("acct_ref") },
		"IsLoginHandlerName(EnterApp)":   func() bool { return IsLoginHandlerName("EnterApp") },
		"IsLoginHandlerName(/enter)":     func() bool { return IsLoginHandlerName("/enter") },
		"IsLogoutName(leave)":            func() bool { return IsLogoutName("leave") },
	}
	for name, check := range checks {
		if check() {
			t.Errorf("%s without extra names", name)
		}
	}
	SetExtra(catalog.Names{
		SessionCookies: []string{"acme_ck", "prefs"}, IdentityKeys: []string{"acct_ref"},
		LoginHandlers: []string{"enterApp", "/enter"}, LogoutHandlers: []string{"leave"},
	})
	for name, check := range checks {
		if !check() {
			t.Errorf("%s is false with extra names", name)
		}
	}
	if IsLoginHandlerName("leave") {
		t.Error("an extra logout name reads as a login")
	}
}
