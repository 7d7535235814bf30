package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

// Only logging in and out change state: a forged request acts on no
// session the user holds, as in the JavaScript rule.
var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", login)
	mux.HandleFunc("POST /auth/signup", login)
	mux.HandleFunc("POST /logout", logout)
	mux.HandleFunc("GET /", home)
	http.ListenAndServe(":8080", mux)
}

func login(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	s.Values["userID"] = r.PostFormValue("user")
	_ = s.Save(r, w)
}

func logout(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
}

func home(w http.ResponseWriter, r *http.Request) {}
