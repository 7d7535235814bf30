package web // want package:`keepsSessions\(net/http\)`

import (
	"encoding/json"
	"net/http"
)

func Auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("token"); err != nil {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		next(w, r)
	}
}

// Login writes the session cookie (no SameSite).
func Login(w http.ResponseWriter, r *http.Request) { // want Login:`takesMethod\(POST\)`
	if r.PostFormValue("password") != "" {
		http.SetCookie(w, &http.Cookie{Name: "token", Value: "t", HttpOnly: true, Path: "/"})
	}
}

// Save reads a JSON body through a helper.
func Save(w http.ResponseWriter, r *http.Request) { // want Save:`takesMethod\(POST\)`
	_, _ = w.Write([]byte(checkAndSave(r)))
}

func checkAndSave(r *http.Request) string {
	var v map[string]string
	if json.NewDecoder(r.Body).Decode(&v) != nil {
		return "bad"
	}
	return "ok"
}

// Logs only shows.
func Logs(w http.ResponseWriter, r *http.Request) {
	_, _ = w.Write([]byte(r.URL.Query().Get("page")))
}
