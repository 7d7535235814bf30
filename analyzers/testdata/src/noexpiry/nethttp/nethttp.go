package nethttp

import (
	"net/http"
	"time"
)

func login(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    sid,
		MaxAge:   60 * 60 * 24 * 365, // want `session cookie "session" lives for 365 days, so a stolen session stays usable long after the user left; keep session lifetimes at 30 days or less`
		Secure:   true,
		HttpOnly: true,
	})
}

func token(w http.ResponseWriter, accessToken string) {
	expires := time.Now().AddDate(1, 0, 0)
	http.SetCookie(w, &http.Cookie{Name: "at", Value: accessToken, Expires: expires, Secure: true, HttpOnly: true}) // want `session cookie "at" lives for 365 days`
}

func later(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("auth_token")
	c.Expires = time.Now().Add(90 * 24 * time.Hour) // want `session cookie "auth_token" lives for 90 days`
	http.SetCookie(w, c)
}

// The lifetime is a variable the cookie (and the token signed with it)
// share: reported where it is set.
func setAuthCookie(w http.ResponseWriter, tok string) {
	lifetime := time.Hour * 24 * 90 // want `session cookie "auth" lives for 90 days`
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: tok, Path: "/", HttpOnly: true, Secure: true, Expires: time.Now().Add(lifetime)})
}

// A short one: nothing to report.
func setShortCookie(w http.ResponseWriter, tok string) {
	lifetime := 12 * time.Hour
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: tok, Path: "/", HttpOnly: true, Secure: true, Expires: time.Now().Add(lifetime)})
}
