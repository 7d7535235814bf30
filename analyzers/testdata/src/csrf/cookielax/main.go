package main

import (
	"crypto/rand"
	"net/http"
	"time"
)

func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session_id",
		Value:    rand.Text(),
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
}

func logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", MaxAge: -1})
}

// Cleared by leaving the value out, or by an expiry that has passed: no
// session cookie without SameSite.
func signOut(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Path: "/", HttpOnly: true})
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "x", Path: "/", Expires: time.Unix(0, 0)})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", login)
	mux.HandleFunc("POST /transfer", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("GET /logout", logout)
	mux.HandleFunc("GET /signout", signOut)
	http.ListenAndServe(":8080", mux)
}
