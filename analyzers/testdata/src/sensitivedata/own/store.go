package own

import (
	"net/http"

	"github.com/sessionlint/sessionlint/session"
)

func signup(w http.ResponseWriter, r *http.Request) {
	session.Put(r.Context(), "signupPassword", r.FormValue("password")) // want `session stores a password under key "signupPassword"`
	session.Put(r.Context(), "signupEmail", r.FormValue("email"))
}
