package main

import (
	"encoding/json"
	"net/http"
)

// Routes for any method, behind a cookie check; /save reads a JSON body, so
// another site's form POST reaches it with the user's cookie.
func auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("session_token"); err != nil || c.Value == "" {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		next(w, r)
	}
}

func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_token", Value: newToken(), HttpOnly: true, Path: "/"}) // want `app uses cookie sessions and registers POST /save without CSRF protection`
}

func newToken() string { return "t" }

type settings struct{ Domain string }

func save(w http.ResponseWriter, r *http.Request) {
	_, _ = w.Write([]byte(checkAndSave(r)))
}

func checkAndSave(r *http.Request) string {
	var s settings
	if json.NewDecoder(r.Body).Decode(&s) != nil {
		return "bad"
	}
	return "ok"
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/save", auth(save))
	http.ListenAndServe(":8080", nil)
}
