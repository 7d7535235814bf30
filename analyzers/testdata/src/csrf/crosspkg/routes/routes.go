// Package routes registers the app's handlers; sessions are set up in main.
package routes

import "net/http"

// Register adds the routes to mux.
func Register(mux *http.ServeMux) { // want Register:`registersRoutes\(POST /transfer\)`
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("POST /transfer", func(w http.ResponseWriter, r *http.Request) {})
}
