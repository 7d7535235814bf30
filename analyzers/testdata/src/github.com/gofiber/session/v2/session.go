// Package session is a test stub of github.com/gofiber/session/v2 (v2.0.2)
// for sessionlint's analyzer tests: the parts the rules model.
package session

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// Provider stores sessions (fasthttp/session's Provider).
type Provider interface{}

// Config configures the session manager: Lookup defaults to
// "cookie:session_id", Secure to false, SameSite to "Lax", Expiration to
// 12 hours, Provider to the in-memory one, Generator to fiber's utils.UUID.
type Config struct {
	Lookup     string
	Secure     bool
	Domain     string
	SameSite   string
	Expiration time.Duration
	Provider   Provider
	Generator  func() []byte
	GCInterval time.Duration
}

// Session is the session manager.
type Session struct{}

// New returns a session manager.
func New(config ...Config) *Session { return &Session{} }

// Get returns the request's session store.
func (s *Session) Get(ctx *fiber.Ctx) *Store { return &Store{} }

// Store is one request's session.
type Store struct{}

func (s *Store) ID() string                        { return "" }
func (s *Store) Save() error                       { return nil }
func (s *Store) Get(key string) interface{}        { return nil }
func (s *Store) Set(key string, value interface{}) {}
func (s *Store) Delete(key string)                 {}
func (s *Store) Destroy() error                    { return nil }
func (s *Store) Regenerate() error                 { return nil }
