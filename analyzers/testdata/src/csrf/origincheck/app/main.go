package main

import (
	"net/http"
	"os"

	"csrf/origincheck/filters"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// chain runs each filter before the handler; the Origin check is passed as
// a function value.
func chain(h http.Handler, checks ...func(http.ResponseWriter, *http.Request) bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, ok := range checks {
			if !ok(w, r) {
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /transfer", transfer)
	http.ListenAndServe(":8080", chain(mux, filters.SameOrigin))
}

func transfer(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	s.Values["last"] = "transfer"
	s.Save(r, w)
}
