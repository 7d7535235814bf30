package scs

import (
	"errors"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"

	"fixation/scs/authhelp"
)

type user struct {
	ID           int
	Name         string
	PasswordHash []byte
}

type userModel struct{}

func (m *userModel) Authenticate(email, password string) (int, error) { return 0, errors.New("no") }
func (m *userModel) ByEmail(email string) (*user, error)              { return &user{}, nil }
func (m *userModel) Insert(name, email, password string) (int, error) { return 1, nil }

type application struct {
	sessionManager *scs.SessionManager
	users          *userModel
}

const sessionKeyUser = "authenticatedUserID"

// The Let's Go shape without the RenewToken call.
func (app *application) userLoginPost(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	app.sessionManager.Put(r.Context(), sessionKeyUser, id) // want `identity written to the session without a new session ID, so an attacker who planted the ID before login inherits the account; call app.sessionManager.RenewToken\(ctx\) before Put \(or use session.Login\)`
	app.sessionManager.Put(r.Context(), "username", "x")    // one finding per handler
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Correct: the token is renewed first, with its error checked.
func (app *application) userLoginPostGood(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	err = app.sessionManager.RenewToken(r.Context())
	if err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	app.sessionManager.Put(r.Context(), "authenticatedUserID", id)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Correct: scs keeps the data when it renews, so renewing after Put on
// every path is as good.
func (app *application) loginRenewAfter(w http.ResponseWriter, r *http.Request) {
	u, _ := app.users.ByEmail(r.PostFormValue("email"))
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.PostFormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	app.sessionManager.Put(r.Context(), "userID", u.ID)
	if err := app.sessionManager.RenewToken(r.Context()); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Bad: an early return between Put and RenewToken commits the old ID.
func (app *application) loginEarlyReturn(w http.ResponseWriter, r *http.Request) {
	u, _ := app.users.ByEmail(r.PostFormValue("email"))
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.PostFormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	app.sessionManager.Put(r.Context(), "userID", u.ID) // want `identity written to the session without a new session ID`
	if r.URL.Query().Get("next") != "" {
		http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusSeeOther)
		return
	}
	_ = app.sessionManager.RenewToken(r.Context())
}

// Bad: the renewal happens only for "remember me".
func (app *application) login(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	if r.FormValue("remember") == "on" {
		_ = app.sessionManager.RenewToken(r.Context())
		app.sessionManager.RememberMe(r.Context(), true)
	}
	app.sessionManager.Put(r.Context(), "user_id", id) // want `identity written to the session without a new session ID`
}

// Correct: Destroy drops the old token; the next commit issues a new one.
func (app *application) loginAfterDestroy(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	if err := app.sessionManager.Destroy(r.Context()); err != nil {
		return
	}
	app.sessionManager.Put(r.Context(), "user_id", id)
}

func (app *application) renewSession(r *http.Request) error { // want renewSession:"renewsSession"
	return app.sessionManager.RenewToken(r.Context())
}

// Correct: a same-package helper renews.
func (app *application) signIn(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	if err := app.renewSession(r); err != nil {
		return
	}
	app.sessionManager.Put(r.Context(), "userID", id)
}

// Correct: a helper in another package renews (through another helper).
func (app *application) signInShared(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	if err := authhelp.RenewChecked(app.sessionManager, r); err != nil {
		return
	}
	app.sessionManager.Put(r.Context(), "userID", id)
}

// Bad: the other package's helper renews only sometimes.
func (app *application) signInMaybe(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	authhelp.MaybeRenew(app.sessionManager, r, false)
	app.sessionManager.Put(r.Context(), "userID", id) // want `identity written to the session without a new session ID`
}

// Bad: sign-up logs the new user in.
func (app *application) userSignupPost(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Insert(r.FormValue("name"), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	app.sessionManager.Put(r.Context(), "authenticatedUserID", id) // want `identity written to the session without a new session ID`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// A handler whose name says nothing but that checks the password.
func (app *application) handleSubmit(w http.ResponseWriter, r *http.Request) {
	u, _ := app.users.ByEmail(r.PostFormValue("email"))
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.PostFormValue("password"))); err != nil {
		return
	}
	app.sessionManager.Put(r.Context(), "uid", u.ID) // want `identity written to the session without a new session ID`
}

// A helper that stores the user; it does not authenticate by itself.
func (app *application) setUserSession(r *http.Request, id int) { // want setUserSession:"writesIdentity\\(authenticatedUserID\\)"
	app.sessionManager.Put(r.Context(), "authenticatedUserID", id)
}

// Bad: the login handler calls the storing helper without renewing.
func (app *application) loginViaHelper(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	app.setUserSession(r, id) // want `identity written to the session without a new session ID, so an attacker who planted the ID before login inherits the account; setUserSession stores "authenticatedUserID", so issue a new ID \(RenewToken\) before calling it, or use session.Login`
}

// Correct: renewed before the helper runs.
func (app *application) loginViaHelperGood(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	if err := app.sessionManager.RenewToken(r.Context()); err != nil {
		return
	}
	app.setUserSession(r, id)
}

// Bad: a helper from another package stores the user.
func (app *application) loginViaOtherPackage(w http.ResponseWriter, r *http.Request) {
	id, err := app.users.Authenticate(r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	authhelp.StoreUser(app.sessionManager, r, id) // want `StoreUser stores "userID", so issue a new ID \(RenewToken\) before calling it`
}
