package main

import (
	"html/template"
	"log/slog"
	"net/http"

	"github.com/sessionlint/sessionlint/session"
)

// app holds the demo's handlers.
type app struct {
	users *userDB
	log   *slog.Logger
}

// newApp wires the routes. Order matters: CSRF protection runs first and
// rejects cross-origin form posts before any session is loaded; requests
// from non-browser clients (no Origin or Sec-Fetch-Site header) pass.
func newApp(sessions *session.Manager, users *userDB, log *slog.Logger) http.Handler {
	a := &app{users: users, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", a.home)
	mux.HandleFunc("POST /login", a.login)
	mux.HandleFunc("GET /me", a.me)
	mux.HandleFunc("POST /logout", a.logout)
	mux.HandleFunc("POST /logout-everywhere", a.logoutEverywhere)
	csrf := http.NewCrossOriginProtection()
	return securityHeaders(csrf.Handler(sessions.Handler(mux)))
}

// securityHeaders sets headers every page of a session-based app wants.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		next.ServeHTTP(w, r)
	})
}

var page = template.Must(template.New("page").Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>sessiondemo</title></head><body>
{{if .}}<p>Logged in as <b>{{.}}</b>.</p>
<form method="post" action="/logout"><button>Log out</button></form>
<form method="post" action="/logout-everywhere"><button>Log out everywhere</button></form>
{{else}}<form method="post" action="/login">
<label>User <input name="username" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button>Log in</button></form>{{end}}
</body></html>
`))

func (a *app) home(w http.ResponseWriter, r *http.Request) {
	user, err := session.UserID(r.Context())
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := page.Execute(w, user); err != nil {
		a.log.Warn("rendering the page", "error", err)
	}
}

func (a *app) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	// Credentials only from the body: never from the URL, where they would
	// end up in logs and browser history.
	name := r.PostForm.Get("username")
	if !a.users.authenticate(name, r.PostForm.Get("password")) {
		a.log.Info("login failed", "user", name)
		http.Error(w, "invalid user name or password", http.StatusUnauthorized)
		return
	}
	// Login issues a new session ID (the pre-login one is deleted), so a
	// session ID planted before login is useless.
	if err := session.Login(r.Context(), name); err != nil {
		// The middleware answers with its error handler (500).
		return
	}
	http.Redirect(w, r, "/me", http.StatusSeeOther)
}

func (a *app) me(w http.ResponseWriter, r *http.Request) {
	user, err := session.UserID(r.Context())
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if user == "" {
		http.Error(w, "not logged in", http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte(user + "\n"))
}

// logout deletes the session from the store and expires the cookie.
func (a *app) logout(w http.ResponseWriter, r *http.Request) {
	if err := session.Logout(r.Context()); err != nil {
		return // the middleware answers with its error handler
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// logoutEverywhere ends every session of the user, on every device.
func (a *app) logoutEverywhere(w http.ResponseWriter, r *http.Request) {
	user, err := session.UserID(r.Context())
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if user != "" {
		if err := session.LogoutAll(r.Context(), user); err != nil {
			return // the middleware answers with its error handler
		}
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
