// A JSON API authenticated by a bearer token: no cookie session, no CSRF.
package main

import (
	"net/http"
	"strings"
)

func auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer ") {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/transfers", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("DELETE /api/accounts/{id}", func(w http.ResponseWriter, r *http.Request) {})
	// A preference cookie is not a session.
	mux.HandleFunc("POST /api/theme", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "theme", Value: r.FormValue("theme")})
	})
	http.ListenAndServe(":8080", auth(mux))
}
