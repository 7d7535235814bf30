package main

import (
	"fmt"
	"math/rand"
	"net/http"
	"time"

	"github.com/gorilla/securecookie"
)

var rememberCodec = securecookie.New([]byte("remember-me-hash-key-0123456789ab"), nil)

func (a *app) home(w http.ResponseWriter, r *http.Request) {
	if a.sessions.GetInt64(r.Context(), "userID") == 0 {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	fmt.Fprintln(w, "welcome back")
}

func (a *app) register(w http.ResponseWriter, r *http.Request) {
	email := r.PostFormValue("email")
	password := r.PostFormValue("password")
	if err := a.users.create(email, password); err != nil {
		http.Error(w, "could not register", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

func (a *app) login(w http.ResponseWriter, r *http.Request) {
	u, err := a.users.authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	a.sessions.Put(r.Context(), "userID", u.ID)

	if r.PostFormValue("remember") == "on" {
		value, _ := rememberCodec.Encode("remember_token", u.ID)
		http.SetCookie(w, &http.Cookie{
			Name:    "remember_token",
			Value:   value,
			Path:    "/",
			Expires: time.Now().Add(30 * 24 * time.Hour),
		})
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) logout(w http.ResponseWriter, r *http.Request) {
	a.sessions.Remove(r.Context(), "userID")
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) transfer(w http.ResponseWriter, r *http.Request) {
	from := a.sessions.GetInt64(r.Context(), "userID")
	to, amount := r.PostFormValue("to"), r.PostFormValue("amount")
	if _, err := a.db.Exec("INSERT INTO transfers (from_id, to_account, amount) VALUES ($1, $2, $3)", from, to, amount); err != nil {
		http.Error(w, "transfer failed", http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, "sent")
}

func (a *app) checkout(w http.ResponseWriter, r *http.Request) {
	// Kept for the confirmation page.
	a.sessions.Put(r.Context(), "cardNumber", r.PostFormValue("card_number"))
	a.sessions.Put(r.Context(), "cvv", r.PostFormValue("cvv"))
	http.Redirect(w, r, "/checkout/confirm", http.StatusSeeOther)
}

func newResetToken() string {
	return fmt.Sprintf("%x", rand.Int63())
}

func (a *app) requestPasswordReset(w http.ResponseWriter, r *http.Request) {
	token := newResetToken()
	if _, err := a.db.Exec("UPDATE users SET reset_token = $1 WHERE email = $2", token, r.PostFormValue("email")); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, "check your inbox")
}

// mobileHandoff moves a logged-in browser session to the mobile app.
func (a *app) mobileHandoff(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "bankapp://open?session_id="+a.sessions.Token(r.Context()), http.StatusFound)
}
