package main

import (
	"net/http"

	"github.com/sessionlint/sessionlint/session"
)

func main() {
	var store session.Store
	m, err := session.New(session.Options{Store: store, DangerouslySameSiteNone: true}) // want `app uses cookie sessions and registers POST /transfer without CSRF protection`
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /transfer", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", m.Handler(mux))
}
