package own

import (
	"net/http"

	"github.com/sessionlint/sessionlint/session"
)

type users interface {
	Authenticate(email, password string) (string, error)
}

var db users

// Correct: Login issues a new ID.
func login(w http.ResponseWriter, r *http.Request) {
	id, err := db.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	if err := session.Login(r.Context(), id); err != nil {
		return
	}
	session.Put(r.Context(), "username", r.FormValue("email"))
}

// Bad: the identity is put into the existing session.
func loginByPut(w http.ResponseWriter, r *http.Request) {
	id, err := db.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	session.Put(r.Context(), "userID", id) // want `identity written to the session without a new session ID, so an attacker who planted the ID before login inherits the account; use session.Login, which issues a new ID, instead of Put`
}

// Correct: Renew before Put.
func verifyMFA(w http.ResponseWriter, r *http.Request) { // want verifyMFA:"renewsSession"
	if err := session.Renew(r.Context()); err != nil {
		return
	}
	session.Put(r.Context(), "role", "admin")
}
