package main

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want `app uses cookie sessions and registers POST /transfer without CSRF protection`

// cors only echoes the Origin back in CORS headers: it refuses nothing, so
// it is no CSRF defence.
func cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" {
			w.Header().Set("Access-Control-Allow-Origin", o)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /transfer", transfer)
	http.ListenAndServe(":8080", cors(mux))
}

func transfer(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	if s.Values["userID"] == nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	s.Values["last"] = "transfer"
	s.Save(r, w)
}
