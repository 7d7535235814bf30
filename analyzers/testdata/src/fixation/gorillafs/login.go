package gorillafs

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY")))

func checkPassword(user, pw string) bool { return false }

func loginHandler(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	session.Values["authenticated"] = true // want `identity written to the session without a new session ID, so an attacker who planted the ID before login inherits the account; set session.ID = "" before saving so the store issues a new ID \(or use session.Login\)`
	session.Values["user"] = r.FormValue("user")
	session.Save(r, w)
}

// Correct: a fresh ID before saving.
func loginFresh(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	session.ID = ""
	session.Values["user"] = r.FormValue("user")
	session.Save(r, w)
}

// Correct (conservatively): a new session object.
func loginNewSession(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	session := sessions.NewSession(store, "session")
	session.Values["user"] = r.FormValue("user")
	session.Save(r, w)
}

// A logout writing false is not an identity grant.
func loginCancel(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	session.Values["authenticated"] = false
	session.Save(r, w)
}

// Not a login: flash message.
func submitForm(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "session")
	session.Values["flash"] = "saved"
	session.Save(r, w)
}

// A map named Values that is not a session.
type form struct{ Values map[string]string }

func signinPreview(w http.ResponseWriter, r *http.Request) {
	f := form{Values: map[string]string{}}
	f.Values["user"] = r.FormValue("user")
}

// signupStep2 stores wizard data for an account that does not exist yet:
// nobody is logged in, so there is no identity to fixate.
func signupStep2(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app-session")
	session.Values["signup_email"] = r.FormValue("email")
	session.Values["registration_step"] = 2
	_ = session.Save(r, w)
}
