package main

import (
	"net/http"
	"os"

	"example.com/cors"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want `app uses cookie sessions and registers POST /transfer without CSRF protection`

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /transfer", func(w http.ResponseWriter, r *http.Request) {
		s, _ := store.Get(r, "session")
		s.Values["n"] = 1
		s.Save(r, w)
	})
	http.ListenAndServe(":8080", cors.New(cors.Config{AllowAll: true})(mux))
}
