package scsok

import (
	"net/http"
	"os"

	"github.com/alexedwards/scs/v2"
)

type application struct {
	sessions *scs.SessionManager
}

func newApp() *application {
	sm := scs.New()
	sm.Cookie.Secure = os.Getenv("ENV") != "dev"
	sm.Cookie.SameSite = http.SameSiteStrictMode
	return &application{sessions: sm}
}
