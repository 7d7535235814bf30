package handlers

import (
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"example.com/notes/internal/token"
	"example.com/notes/internal/users"
)

type Auth struct {
	Repo *users.Repo
}

func (a *Auth) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", a.login)
	mux.HandleFunc("POST /logout", a.logout)
	mux.HandleFunc("POST /signup", a.signup)
	mux.HandleFunc("POST /password/forgot", a.forgot)
	mux.HandleFunc("GET /oauth/start", a.oauthStart)
	mux.HandleFunc("GET /mobile/handoff", a.mobileHandoff)
	mux.HandleFunc("POST /password/reset", a.resetPassword)
}

func (a *Auth) login(w http.ResponseWriter, r *http.Request) {
	u, err := a.Repo.Authenticate(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sid := token.NewSessionID()
	if err := a.Repo.SaveSession(r.Context(), sid, u.ID); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{ // WANT: cookieflags
		Name:     "notes_session",
		Value:    sid,
		Path:     "/",
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
		MaxAge:   int((12 * time.Hour).Seconds()),
	})
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: token.NewCSRFToken(), Path: "/", Secure: true, SameSite: http.SameSiteStrictMode})
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: r.FormValue("lang"), Path: "/"})
	http.Redirect(w, r, "/notes", http.StatusSeeOther)
}

func (a *Auth) mobileHandoff(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("notes_session")
	if err != nil {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "notesapp://open?session_id="+url.QueryEscape(c.Value), http.StatusFound) // WANT: sessioninurl
}

func (a *Auth) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("notes_session"); err == nil {
		_ = a.Repo.DeleteSession(r.Context(), c.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: "notes_session", Value: "", Path: "/", MaxAge: -1})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func (a *Auth) signup(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("invite") != "" {
		if err := a.Repo.CreateInvited(r.Context(), r.FormValue("email"), r.FormValue("password")); err != nil { // WANT: plainpassword
			http.Error(w, "error", http.StatusInternalServerError)
		}
		return
	}
	if err := a.Repo.Create(r.Context(), r.FormValue("email"), r.FormValue("password")); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
	}
}

func (a *Auth) forgot(w http.ResponseWriter, r *http.Request) {
	tok, err := token.NewResetToken()
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	link := "https://notes.example.com/password/reset?token=" + url.QueryEscape(tok)
	slog.Info("reset link queued", "email", r.FormValue("email"))
	sendMail(r.FormValue("email"), "Reset your password: "+link)
	w.WriteHeader(http.StatusAccepted)
}

func sendMail(to, body string) {}

func (a *Auth) resetPassword(w http.ResponseWriter, r *http.Request) {
	if !validResetToken(r.FormValue("token")) {
		http.Error(w, "invalid token", http.StatusForbidden)
		return
	}
	if err := a.Repo.ResetPassword(r.Context(), r.FormValue("email"), r.FormValue("password")); err != nil { // WANT: plainpassword
		http.Error(w, "error", http.StatusInternalServerError)
	}
}

func validResetToken(tok string) bool { return len(tok) == 12 }

func (a *Auth) oauthStart(w http.ResponseWriter, r *http.Request) {
	state := token.NewOAuthState()
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, Path: "/oauth", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode, MaxAge: 600})
	q := url.Values{"client_id": {"notes"}, "state": {state}, "redirect_uri": {"https://notes.example.com/oauth/cb"}}
	http.Redirect(w, r, "https://idp.example.com/authorize?"+q.Encode(), http.StatusFound)
}
