// Package nethttp sets its own cookie; no session library.
package nethttp

import (
	"net/http"
)

func loginHandler(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "user", Value: r.FormValue("user"), Secure: true, HttpOnly: true})
}
