// Package web holds the HTTP handlers.
package web

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"

	"example.com/scsgood/internal/platform"
)

// App carries handler dependencies.
type App struct {
	Sessions *scs.SessionManager
	Users    map[string][]byte
}

func (app *App) LoginPost(w http.ResponseWriter, r *http.Request) {
	hash := app.Users[r.PostFormValue("email")]
	if bcrypt.CompareHashAndPassword(hash, []byte(r.PostFormValue("password"))) != nil {
		app.Sessions.Put(r.Context(), "flash", "Email or password is incorrect")
		http.Redirect(w, r, "/user/login", http.StatusSeeOther)
		return
	}
	if err := platform.StartAuthenticatedSession(app.Sessions, r, 42); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	path := app.Sessions.PopString(r.Context(), "redirectPathAfterLogin")
	if path != "" {
		http.Redirect(w, r, path, http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) LogoutPost(w http.ResponseWriter, r *http.Request) {
	if err := app.Sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	app.Sessions.Remove(r.Context(), "authenticatedUserID")
	app.Sessions.Put(r.Context(), "flash", "You've been logged out successfully!")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (app *App) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /user/login", app.LoginPost)
	mux.HandleFunc("POST /user/logout", app.LogoutPost)
	return app.Sessions.LoadAndSave(mux)
}
