package nethttp

import "net/url"

const (
	callbackState  = "mindoc" // want `OAuth state is the fixed string "mindoc"`
	oauthStateKey  = "oauth_state"
	stateParamName = "state"
	loginState     = 2

	// Session keys that hold a state, and a login flow's named steps.
	SessionValueOidcState           = "oidc_state"
	StateLoginInit        StateName = "login_init"
	StateLoginPassword    StateName = "login_password"
)

// StateName names a step of a login flow.
type StateName string

func authURL(base string) string {
	v := url.Values{}
	v.Set(stateParamName, callbackState)
	return base + "?" + v.Encode()
}
