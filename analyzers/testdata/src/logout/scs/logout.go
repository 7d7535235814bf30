package scs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"

	"logout/scs/sesshelp"
)

type application struct {
	sessionManager *scs.SessionManager
}

func (app *application) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /user/logout", app.userLogoutPost)
	mux.HandleFunc("POST /auth/signout", func(w http.ResponseWriter, r *http.Request) {
		app.sessionManager.Clear(r.Context()) // want `logout clears the session data but leaves the session ID valid, so a stolen cookie still works; call app.sessionManager.Destroy\(ctx\) \(or session.Logout\)`
	})
	mux.HandleFunc("POST /exit", app.exit)
	return mux
}

// Only removes the key.
func (app *application) userLogoutPost(w http.ResponseWriter, r *http.Request) {
	app.sessionManager.Remove(r.Context(), "authenticatedUserID") // want `logout removes the "authenticatedUserID" key but leaves the session ID valid, so a stolen cookie still works; call app.sessionManager.Destroy\(ctx\) \(or session.Logout\)`
	app.sessionManager.Put(r.Context(), "flash", "You've been logged out successfully!")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Let's Go: RenewToken, then Remove.
func (app *application) logoutRenew(w http.ResponseWriter, r *http.Request) { // want logoutRenew:"endsSession"
	err := app.sessionManager.RenewToken(r.Context())
	if err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	app.sessionManager.Remove(r.Context(), "authenticatedUserID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Destroy.
func (app *application) LogOut(w http.ResponseWriter, r *http.Request) { // want LogOut:"endsSession"
	app.sessionManager.Remove(r.Context(), "userID")
	if err := app.sessionManager.Destroy(r.Context()); err != nil {
		http.Error(w, "server error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Put(nil) is a removal; Destroy only in an error branch does not count.
func (app *application) handleSignOut(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		_ = app.sessionManager.Destroy(r.Context())
		return
	}
	app.sessionManager.Put(r.Context(), "userID", nil) // want `logout removes the "userID" key but leaves the session ID valid`
}

// A helper in another package destroys the session.
func (app *application) logoutShared(w http.ResponseWriter, r *http.Request) { // want logoutShared:"endsSession"
	app.sessionManager.Remove(r.Context(), "userID")
	_ = sesshelp.End(app.sessionManager, r)
}

// Registered under /exit: not a logout name; silent.
func (app *application) exit(w http.ResponseWriter, r *http.Request) {
	app.sessionManager.Remove(r.Context(), "userID")
}

// Not a logout: removing a cart item.
func (app *application) removeFromCart(w http.ResponseWriter, r *http.Request) {
	app.sessionManager.Remove(r.Context(), "cart")
}

// A logout that never touches the session data (a JWT app): silent.
func (app *application) logoutJWT(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "token", MaxAge: -1})
}
