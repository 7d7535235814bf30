// Package session is a test stub of github.com/gofiber/fiber/v3@v3.1.0 (middleware/session) for sessionlint's analyzer tests.
package session

import (
	"context"
	"errors"
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
)

// Config defines the config for middleware.
type Config struct {
	// Storage interface for storing session data. Optional. Default: memory.New()
	Storage fiber.Storage
	// Store defines the session store. Required (created from Config if nil).
	Store *Store
	// Next defines a function to skip this middleware when returned true.
	Next func(c fiber.Ctx) bool
	// ErrorHandler defines a function to handle errors.
	ErrorHandler func(fiber.Ctx, error)
	// KeyGenerator generates the session key. Optional. Default: utils.SecureToken
	KeyGenerator func() string
	CookieDomain string
	CookiePath   string
	// Optional. Default: "Lax" ("None" forces Secure=true).
	CookieSameSite string
	// Extractor is used to extract the session ID. Optional. Default:
	// extractors.FromCookie("session_id")
	Extractor extractors.Extractor
	// IdleTimeout: inactivity timeout. Optional. Default: 30 * time.Minute
	IdleTimeout time.Duration
	// AbsoluteTimeout: maximum session duration. Optional. Default: 0 (unlimited)
	AbsoluteTimeout time.Duration
	// Optional. Default: false
	CookieSecure bool
	// Optional. Default: false
	CookieHTTPOnly bool
	// Optional. Default: false
	CookieSessionOnly bool
}

func secureToken() string { return "stub-secure-token" }

// ConfigDefault provides the default configuration.
// real default in v3.1.0 (middleware/session/config.go).
var ConfigDefault = Config{
	IdleTimeout:    30 * time.Minute,
	KeyGenerator:   secureToken, // real: utils.SecureToken (crypto/rand)
	Extractor:      extractors.FromCookie("session_id"),
	CookieSameSite: "Lax",
}

// DefaultErrorHandler logs the error and sends a 500 status code.
func DefaultErrorHandler(c fiber.Ctx, err error) {}

var (
	ErrEmptySessionID                   = errors.New("session ID cannot be empty")
	ErrSessionAlreadyLoadedByMiddleware = errors.New("session already loaded by middleware")
	ErrSessionIDNotFoundInStore         = errors.New("session ID not found in session store")
	ErrTypeAssertionFailed              = errors.New("failed to type-assert to *Middleware")
)

// Store manages session data using the configured storage.
type Store struct {
	Config
}

// NewStore creates a new session store (Storage defaults to memory).
func NewStore(config ...Config) *Store {
	cfg := ConfigDefault
	if len(config) > 0 {
		cfg = config[0]
		if cfg.IdleTimeout <= 0 {
			cfg.IdleTimeout = ConfigDefault.IdleTimeout
		}
		if cfg.Extractor.Extract == nil {
			cfg.Extractor = ConfigDefault.Extractor
		}
		if cfg.KeyGenerator == nil {
			cfg.KeyGenerator = ConfigDefault.KeyGenerator
		}
		if cfg.CookieSameSite == "" {
			cfg.CookieSameSite = ConfigDefault.CookieSameSite
		}
	}
	return &Store{Config: cfg}
}

func (*Store) RegisterType(i any) {}

// Get retrieves or creates a session (error if the session middleware already
// loaded it). Unknown IDs are replaced by a fresh one.
func (s *Store) Get(c fiber.Ctx) (*Session, error)                        { return &Session{config: s}, nil }
func (s *Store) Reset(ctx context.Context) error                          { return nil }
func (s *Store) Delete(ctx context.Context, id string) error              { return nil }
func (s *Store) GetByID(ctx context.Context, id string) (*Session, error) { return nil, nil }

// Session represents a server-side user session.
type Session struct {
	id          string
	fresh       bool
	config      *Store
	idleTimeout time.Duration
}

func (s *Session) Release()                                 {}
func (s *Session) Fresh() bool                              { return s.fresh }
func (s *Session) ID() string                               { return s.id }
func (s *Session) Get(key any) any                          { return nil }
func (s *Session) Set(key, val any)                         {}
func (s *Session) Delete(key any)                           {}
func (s *Session) Destroy() error                           { return nil }
func (s *Session) Regenerate() error                        { return nil }
func (s *Session) Reset() error                             { return nil }
func (s *Session) Save() error                              { return nil }
func (s *Session) Keys() []any                              { return nil }
func (s *Session) SetIdleTimeout(idleTimeout time.Duration) { s.idleTimeout = idleTimeout }

// Middleware holds session data and configuration.
type Middleware struct {
	Session *Session
	ctx     fiber.Ctx
	config  Config
}

// New creates a new session middleware with the given configuration.
func New(config ...Config) fiber.Handler {
	h, _ := NewWithStore(config...)
	return h
}

// NewWithStore creates session middleware with an optional custom store.
func NewWithStore(config ...Config) (fiber.Handler, *Store) {
	cfg := ConfigDefault
	if len(config) > 0 {
		cfg = config[0]
	}
	if cfg.Store == nil {
		cfg.Store = NewStore(cfg)
	}
	return func(c fiber.Ctx) error { return c.Next() }, cfg.Store
}

// FromContext returns the Middleware from the Fiber context (ctx: fiber.Ctx,
// *fasthttp.RequestCtx or context.Context).
func FromContext(ctx any) *Middleware { return nil }

func (m *Middleware) Set(key, value any) {}
func (m *Middleware) Get(key any) any    { return nil }
func (m *Middleware) Delete(key any)     {}
func (m *Middleware) Keys() []any        { return nil }
func (m *Middleware) Destroy() error     { return nil }
func (m *Middleware) Fresh() bool        { return false }
func (m *Middleware) ID() string         { return "" }
func (m *Middleware) Reset() error       { return nil }
func (m *Middleware) Regenerate() error  { return nil }
func (m *Middleware) Store() *Store      { return m.config.Store }
