// sessions.NewSession starts with empty Options, whatever the store's.
package newsession

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// store is made elsewhere.
var store sessions.Store

func login(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(store, "user") // want `the cookie of a session made by sessions.NewSession \(its Options start empty; the store's defaults do not apply\) is sent without Secure, HttpOnly and SameSite`
	s.Values["user"] = "alice"
	_ = store.Save(r, w, s)
}

func loginSecure(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(store, "user")
	s.Options.Secure = true
	s.Options.HttpOnly = true
	s.Options.SameSite = http.SameSiteStrictMode
	s.Values["user"] = "alice"
	_ = store.Save(r, w, s)
}

func loginReplaced(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(store, "user")
	s.Options = &sessions.Options{Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	_ = store.Save(r, w, s)
}

// logout saves an empty session over the cookie: it carries nothing.
func logout(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(store, "user")
	s.IsNew = true
	_ = store.Save(r, w, s)
}
