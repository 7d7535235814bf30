package main

import (
	"net/http"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
)

func main() {
	store := sessions.NewFilesystemStore("/var/lib/app/sessions", []byte("k")) // want `app uses cookie sessions and registers POST /profile, PUT /profile without CSRF protection`
	_ = store
	r := mux.NewRouter()
	r.HandleFunc("/profile", func(w http.ResponseWriter, r *http.Request) {}).Methods("GET")
	r.HandleFunc("/profile", func(w http.ResponseWriter, r *http.Request) {}).Methods("POST", "PUT")
	http.ListenAndServe(":8080", r)
}
