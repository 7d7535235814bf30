package nethttp

import (
	"net/http"
	"time"
)

const sessionCookieName = "app_session"

func login(w http.ResponseWriter, r *http.Request, sid string) {
	http.SetCookie(w, &http.Cookie{ // want `session cookie "sid" is sent without Secure, HttpOnly and SameSite, so it can leak over plain HTTP, scripts can read it and browsers attach it to cross-site requests`
		Name:  "sid",
		Value: sid,
		Path:  "/",
	})
}

func loginConst(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookieName,
		Value:    token,
		HttpOnly: true,
		Secure:   false, // want `session cookie "app_session" is sent without Secure, so it can leak over plain HTTP; set Secure: true`
		SameSite: http.SameSiteLaxMode,
	})
}

// A neutral name whose value is a session token.
func setAuth(w http.ResponseWriter, accessToken string) {
	c := &http.Cookie{Name: "at", Value: accessToken, Secure: true, HttpOnly: true} // want `session cookie "at" is sent without SameSite`
	http.SetCookie(w, c)
}

// SameSite=None without Secure.
func crossSite(w http.ResponseWriter, jwt string) {
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: jwt, HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `session cookie "auth_token" is sent without Secure \(SameSite=None requires Secure\)`
}

// Explicit SameSiteDefaultMode means no attribute.
func defaultMode(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: v, Secure: true, HttpOnly: true, SameSite: http.SameSiteDefaultMode}) // want `without SameSite`
}

// Built by a helper: the name comes from the callers.
func newCookie(name, value string) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode} // want `session cookie "jsessionid" is sent without Secure`
}

func useHelper(w http.ResponseWriter, id string) {
	http.SetCookie(w, newCookie("jsessionid", id))
}

// A cookie read from the request and turned insecure.
func downgrade(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		return
	}
	c.HttpOnly = false // want `session cookie "session" is sent without HttpOnly`
	http.SetCookie(w, c)
}

// A literal whose Secure is switched off later.
func later(w http.ResponseWriter, sessionID string) {
	c := http.Cookie{Name: "sess", Value: sessionID, HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `session cookie "sess" is sent without Secure`
	c.Secure = false
	http.SetCookie(w, &c)
}

// Secure from a constant variable value.
func viaVar(w http.ResponseWriter, tok string) {
	secure := false
	http.SetCookie(w, &http.Cookie{Name: "refresh_token", Value: tok, Secure: secure, HttpOnly: true, SameSite: http.SameSiteLaxMode, Expires: time.Now().Add(time.Hour)}) // want `session cookie "refresh_token" is sent without Secure`
}

type server struct{ cookieName string }

// The name lives in a struct field named like a session cookie.
func (s *server) issue(w http.ResponseWriter, sessionCookie string, v string) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: v, Secure: true, SameSite: http.SameSiteLaxMode}) // want `session cookie is sent without HttpOnly`
}

// An expiry moved forward is a live cookie, not a deletion.
func loginNextWeek(w http.ResponseWriter, sessionID string) {
	expiration := time.Now()
	expiration = expiration.AddDate(0, 0, 7)
	cookie := http.Cookie{Name: "session_id", Path: "/", Value: sessionID, Expires: expiration} // want `session cookie "session_id" is sent without Secure`
	http.SetCookie(w, &cookie)
}

// The value set after the literal: a live cookie.
func loginValueLater(w http.ResponseWriter, token string) {
	c := &http.Cookie{Name: "auth_token", Path: "/", HttpOnly: true} // want `session cookie "auth_token" is sent without Secure and SameSite`
	c.Value = token
	http.SetCookie(w, c)
}
