// Package services never imports gorilla/sessions: its sessions come from
// the app's own session package.
package services

import (
	"net/http"

	"logout/wrapped/session"
)

func Logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := session.Get(r, "auth")
	sess.Values["authenticated"] = false // want `logout removes the "authenticated" key but leaves the session ID valid`
	sess.Save(r, w)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /logout", Logout)
}
