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
