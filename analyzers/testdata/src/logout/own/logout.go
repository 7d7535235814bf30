package own

import (
	"net/http"

	"github.com/sessionlint/sessionlint/session"
)

func logout(w http.ResponseWriter, r *http.Request) {
	session.Delete(r.Context(), "userID") // want `logout removes the "userID" key but leaves the session ID valid, so a stolen cookie still works; call session.Logout`
}

func logoutGood(w http.ResponseWriter, r *http.Request) { // want logoutGood:"endsSession"
	if err := session.Logout(r.Context()); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
	}
}
