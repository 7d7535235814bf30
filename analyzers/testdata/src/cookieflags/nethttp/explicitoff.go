package nethttp

import "net/http"

// Two problems, one spelled out: reported on the line that turns HttpOnly
// off.
func rememberLogin(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "remember_token",
		Value:    token,
		Path:     "/",
		MaxAge:   86400,
		HttpOnly: false, // want `session cookie "remember_token" is sent without Secure, HttpOnly and SameSite`
	})
}

// Only missing attributes: at the literal.
func keepLogin(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{ // want `session cookie "login_token" is sent without Secure and SameSite`
		Name:     "login_token",
		Value:    token,
		Path:     "/",
		MaxAge:   86400,
		HttpOnly: true,
	})
}

// A CSRF middleware's double-submit cookie must stay readable by scripts.
type csrfManager struct {
	unique string
	tokens interface{ New() string }
}

func (m *csrfManager) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "CSRF-Token-" + m.unique, Value: m.tokens.New()})
}

func setAntiForgery(w http.ResponseWriter, unique, token string) {
	http.SetCookie(w, &http.Cookie{Name: "XSRF-" + unique, Value: token})
}

// Off through a setting whose shipped default is false: at the literal,
// where the message names the setting.
var secureCookies = false

func keepLoginConfigured(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{ // want `session cookie "keep_token" is sent without Secure and SameSite`
		Name:     "keep_token",
		Value:    token,
		HttpOnly: true,
		Secure:   secureCookies,
	})
}
