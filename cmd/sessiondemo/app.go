package main

import (
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"time"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/password"
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
	// The home page is useful without a login: while the session store is
	// down it shows the login form instead of an error.
	mux.Handle("GET /{$}", session.AnonymousOnLoadError(http.HandlerFunc(a.home)))
	mux.HandleFunc("POST /login", a.login)
	mux.HandleFunc("GET /me", a.me)
	mux.HandleFunc("GET /devices", a.devices)
	mux.HandleFunc("POST /devices/end", a.endDevice)
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
{{with .Flash}}<p><i>{{.}}</i></p>{{end}}
{{if .User}}<p>Logged in as <b>{{.User}}</b>. <a href="/devices">Your devices</a></p>
<form method="post" action="/logout"><button>Log out</button></form>
<form method="post" action="/logout-everywhere"><button>Log out everywhere</button></form>
{{else}}<form method="post" action="/login">
<label>User <input name="username" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<label><input type="checkbox" name="remember" value="on"> Keep me logged in on this device</label>
<button>Log in</button></form>{{end}}
</body></html>
`))

var devicesPage = template.Must(template.New("devices").Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>Your devices</title></head><body>
<p>Sessions of <b>{{.User}}</b>:</p>
<table>
<tr><th>Device</th><th>Logged in</th><th>Last seen</th><th></th></tr>
{{range .Sessions}}<tr><td>{{.Device}}</td><td>{{.LoginTime}}</td><td>{{.LastSeen}}</td>
<td>{{if .Current}}this device{{else}}<form method="post" action="/devices/end"><input type="hidden" name="handle" value="{{.Handle}}"><button>End</button></form>{{end}}</td></tr>
{{end}}</table>
<p><a href="/">Home</a></p>
</body></html>
`))

func (a *app) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	user, err := session.UserID(ctx)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var flash string
	if user != "" {
		// Shown once: Pop removes it for good, even with several tabs.
		flash, _, _ = session.Pop[string](ctx, "flash")
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := page.Execute(w, struct{ User, Flash string }{user, flash}); err != nil {
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
	ok, err := a.users.authenticate(r.Context(), name, r.PostForm.Get("password"))
	if errors.Is(err, password.ErrBusy) {
		w.Header().Set("Retry-After", "1")
		http.Error(w, "too many logins at once, try again", http.StatusServiceUnavailable)
		return
	}
	if err != nil || !ok {
		a.log.Info("login failed", "user", name)
		http.Error(w, "invalid user name or password", http.StatusUnauthorized)
		return
	}
	ctx := r.Context()
	// Login issues a new session ID (the pre-login one is retired), so a
	// session ID planted before login is useless.
	if err := session.Login(ctx, name); err != nil {
		// The middleware answers with its error handler (500).
		return
	}
	if r.PostForm.Get("remember") == "on" {
		// A separate, single-use, rotating token: the session itself keeps
		// its idle and absolute timeouts.
		if err := session.Remember(ctx); err != nil {
			return
		}
	}
	// For the devices page; errors only mean a shorter list entry.
	_ = session.Put(ctx, "device", deviceName(r))
	_ = session.Put(ctx, "flash", "Logged in as "+name+".")
	http.Redirect(w, r, "/me", http.StatusSeeOther)
}

// deviceName is a short description of the client for the devices page.
func deviceName(r *http.Request) string {
	ua := r.UserAgent()
	if ua == "" {
		return "unknown client"
	}
	if len(ua) > 80 {
		ua = ua[:80] + "…"
	}
	return ua
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

// device is one row of the devices page.
type device struct {
	Handle, Device      string
	LoginTime, LastSeen string
	Current             bool
}

func (a *app) devices(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	user, err := session.UserID(ctx)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if user == "" {
		http.Error(w, "not logged in", http.StatusUnauthorized)
		return
	}
	list, err := session.Sessions(ctx)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var rows []device
	for _, s := range list {
		d := device{Handle: s.Handle, Current: s.Current, Device: "unknown client",
			LoginTime: s.LoginTime.UTC().Format(time.DateTime), LastSeen: s.LastSeen.UTC().Format(time.DateTime)}
		if v, ok := s.Values["device"]; ok {
			if name, err := decodeString(v); err == nil {
				d.Device = name
			}
		}
		rows = append(rows, d)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := devicesPage.Execute(w, struct {
		User     string
		Sessions []device
	}{user, rows}); err != nil {
		a.log.Warn("rendering the page", "error", err)
	}
}

// endDevice ends one session of the user; the handle of another user's
// session ends nothing.
func (a *app) endDevice(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	err := session.EndSession(r.Context(), r.PostForm.Get("handle"))
	switch {
	case errors.Is(err, session.ErrNotFound):
		http.Error(w, "no such session", http.StatusNotFound)
		return
	case err != nil:
		return // the middleware answers with its error handler
	}
	http.Redirect(w, r, "/devices", http.StatusSeeOther)
}

// logout deletes the session (and this browser's remember-me token) from
// the store and expires the cookies.
func (a *app) logout(w http.ResponseWriter, r *http.Request) {
	if err := session.Logout(r.Context()); err != nil {
		return // the middleware answers with its error handler
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// logoutEverywhere ends every session and remember-me token of the user,
// on every device.
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
