// Command vulnapp is a small online-banking demo with the session mistakes
// sessionlint exists to catch. Do not deploy it: every handler here is an
// example of what not to do. testdata/secureapp is the same app done right.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/v2"
)

// app holds the dependencies the handlers share.
type app struct {
	db       *sql.DB
	sessions *scs.SessionManager
	users    *userStore
}

func newSessionManager() *scs.SessionManager {
	sm := scs.New() // no Store: the default in-memory store; Cookie.Secure never set
	sm.Lifetime = 90 * 24 * time.Hour
	sm.Cookie.Name = "bank_session"
	// Needed by the partner widget that embeds the dashboard in an iframe.
	sm.Cookie.SameSite = http.SameSiteNoneMode
	return sm
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	a := &app{db: db, sessions: newSessionManager(), users: &userStore{db: db}}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /", a.home)
	mux.HandleFunc("POST /register", a.register)
	mux.HandleFunc("POST /login", a.login)
	mux.HandleFunc("POST /logout", a.logout)
	mux.HandleFunc("POST /transfer", a.transfer)
	mux.HandleFunc("POST /checkout", a.checkout)
	mux.HandleFunc("POST /password-reset", a.requestPasswordReset)
	mux.HandleFunc("GET /mobile-handoff", a.mobileHandoff)

	log.Fatal(http.ListenAndServe(":8080", a.sessions.LoadAndSave(mux)))
}
