package main

import (
	"crypto/rand"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // want `app uses cookie sessions and registers POST /transfer without CSRF protection`
		Name:     "session_id",
		Value:    rand.Text(),
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
	})
}

func logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", MaxAge: -1})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", login)
	mux.HandleFunc("POST /transfer", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("GET /logout", logout)
	http.ListenAndServe(":8080", mux)
}
