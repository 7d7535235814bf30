// Routes kept in a table of rows and registered in a loop.
package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

type route struct {
	Method  string
	Pattern string
	Handler http.HandlerFunc
}

const sessionCookieName = "id"

func setSessionCookie(w http.ResponseWriter, key string) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookieName, Value: key, HttpOnly: true}) // want `app uses cookie sessions and registers DELETE /notes/{id}, PATCH /account without CSRF protection`
}

func routes() []route {
	return []route{
		{"GET", "/", home},
		{"POST", "/login", login},
		{Method: "PATCH", Pattern: "/account", Handler: home},
		{"DELETE", "/notes/{id}", home},
	}
}

func main() {
	r := mux.NewRouter()
	for _, rt := range routes() {
		r.HandleFunc(rt.Pattern, rt.Handler).Methods(rt.Method)
	}
	http.ListenAndServe(":8080", r)
}

func home(w http.ResponseWriter, r *http.Request) {}

func login(w http.ResponseWriter, r *http.Request) { setSessionCookie(w, r.FormValue("token")) }
