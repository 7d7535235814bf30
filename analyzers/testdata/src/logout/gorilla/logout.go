package gorilla

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY")))

func logoutHandler(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	session.Values["authenticated"] = false // want `logout removes the "authenticated" key but leaves the session ID valid, so a stolen cookie still works; set session.Options.MaxAge = -1 and save it \(or use session.Logout\)`
	session.Save(r, w)
}

func signOut(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	delete(session.Values, "user") // want `logout removes the "user" key but leaves the session ID valid`
	session.Save(r, w)
}

func logoutClear(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	session.Values = map[interface{}]interface{}{} // want `logout clears the session data but leaves the session ID valid`
	session.Save(r, w)
}

// Correct: the session is expired.
func logoutGood(w http.ResponseWriter, r *http.Request) { // want logoutGood:"endsSession"
	session, _ := store.Get(r, "session")
	delete(session.Values, "user")
	session.Options.MaxAge = -1
	session.Save(r, w)
}

// Correct: new Options with MaxAge -1.
func Logout(w http.ResponseWriter, r *http.Request) { // want Logout:"endsSession"
	session, _ := store.Get(r, "session")
	session.Values["user"] = nil
	session.Options = &sessions.Options{Path: "/", MaxAge: -1}
	session.Save(r, w)
}

// A fresh ID does not remove the old record from the store.
func logoutNewID(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	session.ID = ""
	delete(session.Values, "user") // want `logout removes the "user" key`
	session.Save(r, w)
}

// Not a logout: clearing a flash after reading it.
func showDashboard(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	delete(session.Values, "flash")
	session.Save(r, w)
}

// A non-session map named Values in a logout.
type audit struct{ Values map[string]string }

func logoutAudit(w http.ResponseWriter, r *http.Request) {
	a := audit{Values: map[string]string{"user": "x"}}
	delete(a.Values, "user")
}
