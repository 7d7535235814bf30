package main

import (
	"database/sql"
	"net/http"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/v2"
)

// newSessionManager sets the store itself.
func newSessionManager(db *sql.DB) *scs.SessionManager {
	s := scs.New()
	s.Store = postgresstore.New(db)
	return s
}

func main() {
	db, _ := sql.Open("postgres", "")
	sm := newSessionManager(db)
	http.ListenAndServe(":4000", sm.LoadAndSave(http.NewServeMux()))
}
