package analyzers

import (
	"slices"
	"testing"

	"github.com/sessionlint/sessionlint/catalog"
)

func TestVetFlagsReachEveryAnalyzer(t *testing.T) {
	args := VetFlags(catalog.Names{LoginHandlers: []string{"enterApp", "/enter"}, SessionCookies: []string{"acme_sid"}})
	for _, want := range []string{"-fixation.login-handlers=enterApp,/enter", "-cookieflags.session-cookies=acme_sid", "-logout.login-handlers=enterApp,/enter"} {
		if !slices.Contains(args, want) {
			t.Errorf("VetFlags lacks %s: %q", want, args)
		}
	}
	if len(VetFlags(catalog.Names{})) != 0 {
		t.Error("no names, yet flags")
	}
	// The flags set the names the rules consult, and setting one again
	// replaces the list.
	defer SetNames(catalog.Names{})
	for _, a := range Analyzers(Options{}) {
		if err := a.Flags.Set("identity-keys", "acct_ref,principal2"); err != nil {
			t.Fatal(err)
		}
	}
	if got := Analyzers(Options{})[0].Flags.Lookup("identity-keys").Value.String(); got != "acct_ref,principal2" {
		t.Errorf("identity-keys = %q", got)
	}
	// The suite's own analyzers stay without flags.
	for _, a := range Suite {
		if a.Flags.Lookup("identity-keys") != nil {
			t.Errorf("%s: suite analyzer was given the name flags", a.Name)
		}
	}
}
