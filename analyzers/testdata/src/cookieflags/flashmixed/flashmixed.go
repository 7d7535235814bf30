// Package flashmixed opens a flash cookie and a login session from the
// same store: the session cookie still needs its flags.
package flashmixed

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("k")) // want `the session cookie of this CookieStore`

func flash(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "flash")
	s.AddFlash("saved")
	_ = s.Save(r, w)
}

func login(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "auth-session")
	s.Values["user"] = "alice"
	_ = s.Save(r, w)
}
