// Package webctx wraps the request and the app's session stores: a
// server-side store for the user, a cookie store for flash messages.
package webctx

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

type stores struct {
	User  sessions.Store
	Flash sessions.Store
}

var st = newStores()

func newStores() *stores {
	s := &stores{}
	s.User = sessions.NewFilesystemStore("/var/lib/app/sessions", []byte(os.Getenv("KEY")))
	s.Flash = sessions.NewCookieStore([]byte(os.Getenv("FLASH_KEY")))
	return s
}

type Context struct {
	W http.ResponseWriter
	R *http.Request
}

// GetSession returns the user's server-side session.
func (c *Context) GetSession() *sessions.Session { // want GetSession:"givesSession\\(2\\)"
	s, _ := st.User.Get(c.R, "session")
	return s
}

// Flashes returns the cookie-only flash session.
func (c *Context) Flashes() *sessions.Session { // want Flashes:"givesSession\\(1\\)"
	s, _ := st.Flash.Get(c.R, "flash")
	return s
}

func (c *Context) Save(s *sessions.Session) { _ = s.Save(c.R, c.W) }
