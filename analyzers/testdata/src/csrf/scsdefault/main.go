package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

// scs cookies default to SameSite=Lax: a partial defence the rule accepts.
var sm = scs.New()

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /transfer", func(w http.ResponseWriter, r *http.Request) {
		_ = sm.GetString(r.Context(), "userID")
	})
	http.ListenAndServe(":8080", sm.LoadAndSave(mux))
}
