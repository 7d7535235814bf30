package gorillaopts

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// Options literals replace every default.
func configure(s *sessions.CookieStore) {
	s.Options = &sessions.Options{ // want `gorilla/sessions session cookie is sent without Secure and SameSite`
		Path:     "/",
		MaxAge:   3600,
		HttpOnly: true,
	}
}

// echo-contrib's README pattern, per session.
func remember(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	sess.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 7, HttpOnly: true, Secure: true} // want `without SameSite`
	sess.Options.Secure = false                                                                  // want `gorilla/sessions session cookie is sent without Secure, so it can leak over plain HTTP; set Secure: true`
	sess.Save(r, w)
}

// Deletion is silent.
func logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	sess.Options = &sessions.Options{MaxAge: -1}
	sess.Options.MaxAge = -1
	sess.Save(r, w)
}
