package main

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

var sessionManager *scs.SessionManager

func main() {
	sessionManager = scs.New() // want `scs session manager keeps sessions in process memory \(the default memstore\)`
	sessionManager.Lifetime = 24 * time.Hour
	sessionManager.Cookie.Secure = true

	mux := http.NewServeMux()
	mux.HandleFunc("/put", putHandler)
	http.ListenAndServe(":4000", sessionManager.LoadAndSave(mux))
}

func putHandler(w http.ResponseWriter, r *http.Request) {
	sessionManager.Put(r.Context(), "message", "Hello from a session!")
}
