package scs

import (
	"net/http"
)

// A login handler with two identity writes: a half-finished profile kept
// before the password check, and the login itself after it. The finding
// goes to the login.
func (app *application) loginTwoWrites(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("pending") != "" {
		app.sessionManager.Put(r.Context(), "userID", r.URL.Query().Get("pending"))
		return
	}
	id, err := app.users.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		return
	}
	if r.PostFormValue("remember") != "" {
		app.sessionManager.Put(r.Context(), "remember", true)
	}
	app.sessionManager.Put(r.Context(), sessionKeyUser, id) // want `identity written to the session without a new session ID`
	app.sessionManager.Put(r.Context(), "username", r.PostFormValue("email"))
}
