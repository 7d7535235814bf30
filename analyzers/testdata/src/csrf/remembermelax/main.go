package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

// The remember-me cookie is Lax, but the session cookie (gorilla's default
// SameSite=None) still rides on cross-site requests.
var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want `app uses cookie sessions and registers POST /settings without CSRF protection`

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /signin", signin)
	mux.HandleFunc("POST /settings", settings)
	http.ListenAndServe(":8080", mux)
}

func signin(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	s.Values["userID"] = 1
	_ = s.Save(r, w)
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: "x", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

func settings(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	s.Values["theme"] = r.PostFormValue("theme")
	_ = s.Save(r, w)
}
