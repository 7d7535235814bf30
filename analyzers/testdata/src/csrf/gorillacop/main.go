package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /", home)
	mux.HandleFunc("POST /transfer", transfer)
	mux.HandleFunc("DELETE /account", deleteAccount)
	http.ListenAndServe(":8080", http.NewCrossOriginProtection().Handler(mux))
}

func home(w http.ResponseWriter, r *http.Request) {}

func transfer(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	if s.Values["userID"] == nil {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
}

func deleteAccount(w http.ResponseWriter, r *http.Request) {}
