package server // want package:`unprotectedApp\(gorilla: POST /transfer\)`

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// Routes returns the app's handler.
func Routes() http.Handler { // want Routes:`registersRoutes\(POST /transfer\)`
	mux := http.NewServeMux()
	mux.HandleFunc("POST /transfer", transfer)
	return mux
}

func transfer(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "session")
	_ = s.Values["userID"]
}
