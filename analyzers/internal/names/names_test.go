package names

import "testing"

func TestIsAuthIdentityKey(t *testing.T) {
	for name, want := range map[string]bool{
		"user_id":            true,
		"authenticatedUser":  true,
		"uid":                true,
		"auth_sessions":      false, // pending OIDC flows keyed by state
		"oauth_state":        false,
		"login_attempts":     false,
		"pkce_verifier":      false,
		"auth_request":       false,
		"theme":              false,
		"pending_user_id":    false,
		"userLoginFlow":      false,
		"LoginSessionMember": true,
	} {
		if got := IsAuthIdentityKey(name); got != want {
			t.Errorf("IsAuthIdentityKey(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsLoginHandlerName(t *testing.T) {
	for name, want := range map[string]bool{
		"LoginPOSTHandler":         true,
		"CallbackGETHandler":       true, // an OAuth callback arrives as a GET
		"TwoFactorCodePOSTHandler": true,
		"handleSignIn":             true,
		"LoginGETHandler":          false, // shows the form
		"getLoginPage":             false,
		"LogoutHandler":            false,
		"twoColumnLayout":          false,
	} {
		if got := IsLoginHandlerName(name); got != want {
			t.Errorf("IsLoginHandlerName(%q) = %v, want %v", name, got, want)
		}
	}
}
