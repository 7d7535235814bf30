package gorilla

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("KEY")))

type creds struct {
	Username string
	Password string
}

func login(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "s")
	c := creds{Username: r.FormValue("u"), Password: r.FormValue("p")}
	session.Values["user"] = c.Username
	session.Values["password"] = c.Password // want `session stores a password under key "password"`
	session.Save(r, w)
}

// A map named Values that is not a session.
type record struct{ Values map[string]string }

func audit(r *http.Request) {
	rec := record{Values: map[string]string{}}
	rec.Values["password"] = r.FormValue("password")
}
