package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("K"))) // want `registers POST /settings without CSRF protection`

func settings(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		s, _ := store.Get(r, "s")
		s.Values["theme"] = r.FormValue("theme")
		s.Save(r, w)
	}
}

func main() {
	http.HandleFunc("/settings", settings)
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", nil)
}
