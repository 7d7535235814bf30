// Package memstore is a test stub of github.com/alexedwards/scs/v2@v2.9.0 (memstore) for sessionlint's analyzer tests.
package memstore

import "time"

// MemStore represents the in-memory session store (server-side).
type MemStore struct {
	items map[string][]byte
}

// New returns a new MemStore instance, with a background cleanup goroutine
// that runs every minute to remove expired session data.
func New() *MemStore {
	return NewWithCleanupInterval(time.Minute) // real default: 1 minute
}

// NewWithCleanupInterval returns a new MemStore instance (0 disables
// cleanup).
func NewWithCleanupInterval(cleanupInterval time.Duration) *MemStore {
	return &MemStore{items: make(map[string][]byte)}
}

func (m *MemStore) Find(token string) ([]byte, bool, error)               { return nil, false, nil }
func (m *MemStore) Commit(token string, b []byte, expiry time.Time) error { return nil }
func (m *MemStore) Delete(token string) error                             { return nil }
func (m *MemStore) All() (map[string][]byte, error)                       { return nil, nil }
func (m *MemStore) StopCleanup()                                          {}
