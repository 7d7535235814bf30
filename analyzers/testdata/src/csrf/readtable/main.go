// A table of read-only routes registers nothing state-changing.
package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

type page struct {
	Method string
	Path   string
}

const sessionCookieName = "id"

func setSessionCookie(w http.ResponseWriter, key string) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookieName, Value: key, HttpOnly: true})
}

func main() {
	r := mux.NewRouter()
	for _, p := range []page{{"GET", "/"}, {Method: "HEAD", Path: "/health"}} {
		r.HandleFunc(p.Path, home).Methods(p.Method)
	}
	http.ListenAndServe(":8080", r)
}

func home(w http.ResponseWriter, r *http.Request) { setSessionCookie(w, r.FormValue("token")) }
