package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("K"))) // want `registers POST /settings, PUT /profile without CSRF protection`

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

func profile(w http.ResponseWriter, r *http.Request) {
	if r.Method != "PUT" {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
}

type apiClient struct{}

func (apiClient) Post(path string, body []byte) error { return nil }

func init() {
	http.HandleFunc("/profile", profile)
	// An HTTP client call is not a route.
	apiClient{}.Post("/v1/charges", nil)
}
