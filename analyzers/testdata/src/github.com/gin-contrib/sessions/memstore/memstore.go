// Package memstore is a test stub of github.com/gin-contrib/sessions@v1.0.4 (memstore) for sessionlint's analyzer tests.
package memstore

import (
	"github.com/gin-contrib/sessions"
	"github.com/quasoft/memstore"
)

// Store is an in-memory (server-side) session store.
type Store interface {
	sessions.Store
}

// NewStore wraps quasoft/memstore.NewMemStore: defaults Path "/", MaxAge 30d,
// Secure false, HttpOnly false, SameSite unset.
func NewStore(keyPairs ...[]byte) Store {
	return &store{memstore.NewMemStore(keyPairs...)}
}

type store struct {
	*memstore.MemStore
}

func (c *store) Options(options sessions.Options) {
	c.MemStore.Options = options.ToGorillaOptions()
}
