package main

import "net/http"

// Any method, but nothing reads a body or a form: pages that only show.
func auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("session_token"); err != nil {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		next(w, r)
	}
}

func logs(w http.ResponseWriter, r *http.Request) {
	_, _ = w.Write([]byte(r.URL.Query().Get("page")))
}

func main() {
	http.HandleFunc("/logs", auth(logs))
	http.ListenAndServe(":8080", nil)
}

func setSession(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "session_token", Value: v, HttpOnly: true, Path: "/"})
}
