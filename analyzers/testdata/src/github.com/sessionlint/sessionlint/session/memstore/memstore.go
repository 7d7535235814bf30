// Package memstore is a stub of github.com/sessionlint/sessionlint/session/memstore:
// sessions in process memory, for tests and development only.
package memstore

import "time"

// Options configure a Store.
type Options struct {
	MaxSessions   int
	SweepInterval time.Duration
}

// Store keeps sessions in process memory.
type Store struct{}

// New returns an in-memory store.
func New(opts Options) *Store { return &Store{} }
