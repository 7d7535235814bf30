package nethttp

import "net/url"

const (
	callbackState  = "mindoc" // want `OAuth state is the fixed string "mindoc"`
	oauthStateKey  = "oauth_state"
	stateParamName = "state"
	loginState     = 2
)

func authURL(base string) string {
	v := url.Values{}
	v.Set(stateParamName, callbackState)
	return base + "?" + v.Encode()
}
