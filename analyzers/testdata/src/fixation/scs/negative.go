package scs

import (
	"net/http"
)

// Not a login: a profile edit updates the display name in the session.
func (app *application) updateProfile(w http.ResponseWriter, r *http.Request) { // want updateProfile:"writesIdentity\\(username\\)"
	app.sessionManager.Put(r.Context(), "username", r.FormValue("name"))
}

// Login handler writing things that are not the identity.
func (app *application) loginPost(w http.ResponseWriter, r *http.Request) {
	n := app.sessionManager.GetInt(r.Context(), "loginAttempts")
	app.sessionManager.Put(r.Context(), "loginAttempts", n+1)
	app.sessionManager.Put(r.Context(), "flash", "Check your email")
	app.sessionManager.Put(r.Context(), "redirectAfterLogin", "/dashboard")
	app.sessionManager.Put(r.Context(), "theme", "dark")
	app.sessionManager.Put(r.Context(), "pendingUserID", 3) // pre-MFA, renewed at the MFA step
	key := r.FormValue("k")
	app.sessionManager.Put(r.Context(), key, 1) // key unknown
}

// Login handler clearing the identity (failed login).
func (app *application) loginFailed(w http.ResponseWriter, r *http.Request) {
	if _, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password")); err != nil {
		app.sessionManager.Put(r.Context(), "userID", 0)
		app.sessionManager.Put(r.Context(), "authenticated", false)
	}
}

// Not a handler: a helper that only reads the session.
func (app *application) currentUser(r *http.Request) int {
	return app.sessionManager.GetInt(r.Context(), "userID")
}

// A callback: renewal around it covers the write inside.
func (app *application) loginTx(w http.ResponseWriter, r *http.Request) { // want loginTx:"renewsSession"
	if err := app.sessionManager.RenewToken(r.Context()); err != nil {
		return
	}
	withTx(func() error {
		app.sessionManager.Put(r.Context(), "userID", 9)
		return nil
	})
}

func withTx(fn func() error) error { return fn() }

// A GET login page that stores the email the user typed last time? no: a
// display page that writes nothing but a flash.
func (app *application) showLoginForm(w http.ResponseWriter, r *http.Request) { // want showLoginForm:"writesIdentity\\(user\\)"
	app.sessionManager.Put(r.Context(), "user", "guest")
}
