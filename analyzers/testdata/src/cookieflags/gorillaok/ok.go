package gorillaok

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

type App struct {
	Store *sessions.CookieStore
}

var secure = os.Getenv("ENV") == "production"

// HttpOnly set on the store after construction (v1.3.0+ sets Secure and SameSite).
func New() *App {
	a := &App{Store: sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))}
	a.Store.Options.HttpOnly = true
	return a
}

var fs = sessions.NewFilesystemStore("", []byte(os.Getenv("K")))

func init() {
	fs.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   3600,
		Secure:   secure,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
}

// Logout deletes the cookie.
func logout(w http.ResponseWriter, r *http.Request, a *App) {
	s, _ := a.Store.Get(r, "session")
	s.Options.MaxAge = -1
	s.Save(r, w)
}
