package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	mathrand "math/rand/v2"
	"net/http"
	"time"
)

func (a *app) home(w http.ResponseWriter, r *http.Request) {
	if a.sessions.GetInt64(r.Context(), "userID") == 0 {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	// Pick a tip of the day; no secret depends on it.
	tips := []string{"Use a passphrase.", "Turn on two-factor login.", "Check your statements."}
	fmt.Fprintln(w, "welcome back.", tips[mathrand.IntN(len(tips))])
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark", Path: "/", MaxAge: 86400 * 365})
}

func (a *app) register(w http.ResponseWriter, r *http.Request) {
	if err := a.users.create(r.PostFormValue("email"), r.PostFormValue("password")); err != nil {
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
	if err := a.sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	a.sessions.Put(r.Context(), "userID", u.ID)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) logout(w http.ResponseWriter, r *http.Request) {
	if err := a.sessions.Destroy(r.Context()); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) transfer(w http.ResponseWriter, r *http.Request) {
	from := a.sessions.GetInt64(r.Context(), "userID")
	if from == 0 {
		http.Error(w, "log in first", http.StatusUnauthorized)
		return
	}
	to, amount := r.PostFormValue("to"), r.PostFormValue("amount")
	if _, err := a.db.Exec("INSERT INTO transfers (from_id, to_account, amount) VALUES ($1, $2, $3)", from, to, amount); err != nil {
		http.Error(w, "transfer failed", http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, "sent")
}

// newResetToken returns a 256-bit token for the e-mail and the SHA-256 of it
// for the database, so a database leak does not hand out live reset links.
func newResetToken() (token, digest string) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	token = hex.EncodeToString(b)
	sum := sha256.Sum256([]byte(token))
	return token, hex.EncodeToString(sum[:])
}

func (a *app) requestPasswordReset(w http.ResponseWriter, r *http.Request) {
	token, digest := newResetToken()
	expires := time.Now().Add(30 * time.Minute)
	if _, err := a.db.Exec("UPDATE users SET reset_digest = $1, reset_expires = $2 WHERE email = $3", digest, expires, r.PostFormValue("email")); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	sendResetMail(r.PostFormValue("email"), "https://bank.example/reset?token="+token)
	fmt.Fprintln(w, "check your inbox")
}

func sendResetMail(to, link string) { _, _ = to, link }
