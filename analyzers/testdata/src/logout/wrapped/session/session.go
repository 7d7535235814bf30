// Package session hands out the app's gorilla sessions.
package session

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store sessions.Store = sessions.NewFilesystemStore("/tmp", []byte("k"))

// Get returns the named session of the request.
func Get(r *http.Request, name string) (*sessions.Session, error) {
	return store.Get(r, name)
}
