// Package cookie is a test stub of github.com/gin-contrib/sessions@v1.0.4 (cookie) for sessionlint's analyzer tests.
package cookie

import (
	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is a cookie-only session store (all values in the client cookie).
type Store interface {
	sessions.Store
}

// NewStore wraps gorilla sessions.NewCookieStore: its defaults (gorilla
// v1.4.0) are Path "/", MaxAge 30d, Secure true, SameSite None, HttpOnly false.
func NewStore(keyPairs ...[]byte) Store {
	return &store{gsessions.NewCookieStore(keyPairs...)}
}

type store struct {
	*gsessions.CookieStore
}

func (c *store) Options(options sessions.Options) {
	c.CookieStore.Options = options.ToGorillaOptions()
}
