// Package testwrites: values that only tests write do not flow into
// production tokens.
package testwrites

import (
	"fmt"
	"time"
)

type Config struct {
	TablePrefix string
	TokenSeed   string
}

type tables struct {
	sessions string
}

type Store struct {
	tables tables
	token  string
}

// Open names the tables from the configured prefix: the integration test
// picks a time-based prefix, which production never sees.
func Open(cfg Config) *Store {
	return &Store{tables: tables{sessions: cfg.TablePrefix + "sessions"}}
}

// NewSessionToken is predictable in production itself.
func NewSessionToken() string { // want NewSessionToken:`predictable\(the current time\)`
	return fmt.Sprintf("%d", time.Now().UnixNano()) // want `session token comes from the current time`
}

// Rotate copies the configured seed: production sets it from crypto/rand in
// main, a test from the clock.
func (s *Store) Rotate(cfg Config) {
	s.token = cfg.TokenSeed
}
