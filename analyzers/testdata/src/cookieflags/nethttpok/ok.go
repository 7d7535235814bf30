package nethttpok

import (
	"net/http"
	"os"
	"time"
)

type config struct{ SecureCookies bool }

var cfg config

var devMode = os.Getenv("DEV") != ""

func secureSession(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// Secure from configuration, the request or a flag.
func fromConfig(w http.ResponseWriter, r *http.Request, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Secure: cfg.SecureCookies, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: r.TLS != nil, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: sid, Secure: !devMode, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "token", Value: sid, Secure: os.Getenv("APP_ENV") == "production", HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// Set after construction.
func setLater(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "session", Value: sid}
	c.Secure = true
	c.HttpOnly = true
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, c)
}

// Preference, consent and CSRF cookies are not session material.
func prefs(w http.ResponseWriter, csrfToken string) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark"})
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en", MaxAge: 86400 * 365})
	http.SetCookie(w, &http.Cookie{Name: "cookie_consent", Value: "yes"})
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: csrfToken, Secure: true})
	http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", Value: csrfToken})
	http.SetCookie(w, &http.Cookie{Name: "flash", Value: "saved"})
}

// Deleting the session cookie.
func logout(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1})
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "x", Path: "/", Expires: time.Unix(0, 0)})
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: "deleted", MaxAge: -1, Expires: time.Now().Add(-time.Hour)})
	http.SetCookie(w, &http.Cookie{Name: "token", Expires: time.Now()})
	http.SetCookie(w, &http.Cookie{Name: "auth", Path: "/", HttpOnly: true}) // no value: cleared
}

// Deleting it with an expiry moved back a year, through a variable.
func logoutLastYear(w http.ResponseWriter, sessionID string) {
	expiration := time.Now()
	expiration = expiration.AddDate(-1, 0, 0)
	cookie := http.Cookie{Name: "session_id", Path: "/", Value: sessionID, Expires: expiration}
	http.SetCookie(w, &cookie)
}

// A cookie sent by an HTTP client.
func client(sid string) {
	req, _ := http.NewRequest("GET", "http://localhost/", nil)
	req.AddCookie(&http.Cookie{Name: "session", Value: sid})
	c := &http.Cookie{Name: "sid", Value: sid}
	req.AddCookie(c)
}

// Non-session cookies with a neutral name and value.
func misc(w http.ResponseWriter, page string) {
	http.SetCookie(w, &http.Cookie{Name: "last_page", Value: page})
}

// A development-only branch.
func devCookie(w http.ResponseWriter, sid string) {
	if os.Getenv("APP_ENV") == "development" {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Secure: false, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	}
}
