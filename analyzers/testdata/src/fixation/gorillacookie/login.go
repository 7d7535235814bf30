package gorillacookie

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

// Cookie store: the whole session is in the cookie, no server-side ID.
var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func checkPassword(user, pw string) bool { return false }

func loginHandler(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	session.Values["userID"] = r.FormValue("user")
	session.Save(r, w)
}
