package scs

import (
	"net/http"
)

func (app *application) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /user/login", app.userLoginPost)
	// A literal registered on a login route.
	mux.HandleFunc("POST /session", func(w http.ResponseWriter, r *http.Request) {
		app.sessionManager.Put(r.Context(), "flash", "hello")
	})
	mux.HandleFunc("POST /auth/github/callback", func(w http.ResponseWriter, r *http.Request) {
		app.sessionManager.Put(r.Context(), "userID", 42) // want `identity written to the session without a new session ID`
	})
	mux.Handle("POST /v2/login", app.requireGuest(http.HandlerFunc(app.postLogin)))
	mux.Handle("POST /v3/login", app.loginHandler())
	return app.sessionManager.LoadAndSave(mux)
}

func (app *application) requireGuest(next http.Handler) http.Handler { return next }

// Registered under /v2/login: the route makes it a login.
func (app *application) postLogin(w http.ResponseWriter, r *http.Request) {
	app.sessionManager.Put(r.Context(), "accountID", r.FormValue("account")) // want `identity written to the session without a new session ID`
}

// A constructor returning the login handler.
func (app *application) loginHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		app.sessionManager.Put(r.Context(), "userID", 7) // want `identity written to the session without a new session ID`
	}
}
