package gorilla

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("K")))

func init() {
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400 * 365, // want `gorilla/sessions MaxAge lets the session live for 365 days`
		HttpOnly: true,
	}
	store.MaxAge(0) // want `store.MaxAge\(0\) turns off the timestamp check of gorilla's securecookie, so a copied session cookie is accepted forever`
}

func handler(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	s.Options.MaxAge = 86400 * 60 // want `gorilla/sessions MaxAge lets the session live for 60 days`
	s.Save(r, w)
}

// Remember-me branches are meant to last.
func login(w http.ResponseWriter, r *http.Request, rememberMe bool) {
	s, _ := store.Get(r, "session")
	if rememberMe {
		s.Options.MaxAge = 86400 * 90
	}
	s.Save(r, w)
}

// Browser-session cookies are bounded by securecookie's own 30-day check.
var other = sessions.NewCookieStore([]byte(os.Getenv("K")))

func init() {
	other.Options = &sessions.Options{Path: "/", MaxAge: 0, HttpOnly: true}
	other.MaxAge(86400 * 7)
}
