package main

import (
	"net/http"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
)

// The session package's cookie is SameSite=Lax by default.
func main() {
	m, err := session.New(session.Options{Store: memstore.New(memstore.Options{})})
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /transfer", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", m.Handler(mux))
}
