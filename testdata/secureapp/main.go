// Command secureapp is testdata/vulnapp done right: the same online-banking
// demo with sessions in PostgreSQL, renewed at login, destroyed at logout,
// Secure/HttpOnly/SameSite cookies, bounded lifetimes, hashed passwords and
// CSRF protection. sessionlint must report nothing here.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/v2"
)

type app struct {
	db       *sql.DB
	sessions *scs.SessionManager
	users    *userStore
}

func newSessionManager(db *sql.DB) *scs.SessionManager {
	sm := scs.New()
	sm.Store = postgresstore.New(db)
	sm.Lifetime = 12 * time.Hour
	sm.IdleTimeout = 30 * time.Minute
	sm.Cookie.Name = "__Host-bank_session"
	sm.Cookie.Secure = true
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	return sm
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	a := &app{db: db, sessions: newSessionManager(db), users: &userStore{db: db}}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /", a.home)
	mux.HandleFunc("POST /register", a.register)
	mux.HandleFunc("POST /login", a.login)
	mux.HandleFunc("POST /logout", a.logout)
	mux.HandleFunc("POST /transfer", a.transfer)
	mux.HandleFunc("POST /password-reset", a.requestPasswordReset)

	csrf := http.NewCrossOriginProtection()
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           csrf.Handler(a.sessions.LoadAndSave(mux)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
