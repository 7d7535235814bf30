package main

import (
	"database/sql"
	"net/http"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/v2"
)

type application struct {
	db       *sql.DB
	sessions *scs.SessionManager
}

func main() {
	db, _ := sql.Open("postgres", "")
	app := &application{db: db, sessions: scs.New()}
	app.configureSessions()
	http.ListenAndServe(":4000", app.sessions.LoadAndSave(http.NewServeMux()))
}

func (app *application) configureSessions() {
	app.sessions.Store = postgresstore.New(app.db)
	app.sessions.Cookie.Secure = true
}
