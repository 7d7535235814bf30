// Package session is a test stub of github.com/gofiber/fiber/v2@v2.52.15 (middleware/session) for sessionlint's analyzer tests.
package session

import (
	"errors"
	"time"

	"github.com/gofiber/fiber/v2"
)

// Config defines the config for middleware.
type Config struct {
	// Allowed session duration. Optional. Default value 24 * time.Hour
	Expiration time.Duration
	// Storage interface to store the session data. Optional. Default value memory.New()
	Storage fiber.Storage
	// KeyLookup is a string in the form of "<source>:<name>" that is used
	// to extract session id from the request. Possible values:
	// "header:<name>", "query:<name>" or "cookie:<name>".
	// Optional. Default value "cookie:session_id".
	KeyLookup string
	// Domain of the cookie. Optional. Default value "".
	CookieDomain string
	// Path of the cookie. Optional. Default value "".
	CookiePath string
	// Indicates if cookie is secure. Optional. Default value false.
	CookieSecure bool
	// Indicates if cookie is HTTP only. Optional. Default value false.
	CookieHTTPOnly bool
	// Value of SameSite cookie. Optional. Default value "Lax" (any value
	// other than "strict"/"none" results in Lax).
	CookieSameSite string
	// Decides whether cookie should last for only the browser session.
	// Ignores Expiration if set to true. Optional. Default value false.
	CookieSessionOnly bool
	// KeyGenerator generates the session key. Optional. Default value utils.UUIDv4
	KeyGenerator func() string
	// Deprecated: Please use KeyLookup
	CookieName string

	source      Source
	sessionName string
}

// Source is the session ID source.
type Source string

const (
	SourceCookie   Source = "cookie"
	SourceHeader   Source = "header"
	SourceURLQuery Source = "query"
)

func uuidv4() string { return "00000000-0000-4000-8000-000000000000" }

// ConfigDefault is the default config.
// real default in v2.52.15 (middleware/session/config.go).
var ConfigDefault = Config{
	Expiration:   24 * time.Hour,
	KeyLookup:    "cookie:session_id",
	KeyGenerator: uuidv4, // real: utils.UUIDv4 (crypto/rand UUIDv4)
	source:       "cookie",
	sessionName:  "session_id",
}

// ErrEmptySessionID is an error that occurs when the session ID is empty.
var ErrEmptySessionID = errors.New("session id cannot be empty")

// Store is the session store.
type Store struct {
	Config
}

// New creates a new session store (Storage defaults to an in-memory store).
func New(config ...Config) *Store {
	cfg := ConfigDefault
	if len(config) > 0 {
		cfg = config[0]
		if int(cfg.Expiration.Seconds()) <= 0 {
			cfg.Expiration = ConfigDefault.Expiration
		}
		if cfg.KeyLookup == "" {
			cfg.KeyLookup = ConfigDefault.KeyLookup
		}
		if cfg.KeyGenerator == nil {
			cfg.KeyGenerator = ConfigDefault.KeyGenerator
		}
	}
	return &Store{cfg}
}

// RegisterType will allow you to encode/decode custom types into any Storage provider.
func (*Store) RegisterType(i interface{}) {}

// Get will get/create a session. An ID not found in Storage is replaced by a
// freshly generated one (no fixation via unknown IDs).
func (s *Store) Get(c *fiber.Ctx) (*Session, error) { return &Session{config: s}, nil }

// Reset will delete all session from the storage.
func (s *Store) Reset() error { return nil }

// Delete deletes a session by its id.
func (s *Store) Delete(id string) error { return nil }

// Session is a server-side session (cookie holds only the ID).
type Session struct {
	id     string
	fresh  bool
	config *Store
	exp    time.Duration
}

func (s *Session) Fresh() bool                     { return s.fresh }
func (s *Session) ID() string                      { return s.id }
func (s *Session) Get(key string) interface{}      { return nil }
func (s *Session) Set(key string, val interface{}) {}
func (s *Session) Delete(key string)               {}

// Destroy will delete the session from Storage and expire session cookie.
func (s *Session) Destroy() error { return nil }

// Regenerate generates a new session id and deletes the old one from Storage
// (data is kept).
func (s *Session) Regenerate() error { return nil }

// Reset generates a new session id, deletes the old one from storage, resets
// the associated data and expires the cookie.
func (s *Session) Reset() error { return nil }

// Save will update the storage and client cookie.
func (s *Session) Save() error { return nil }

// Keys will retrieve all keys in current session.
func (s *Session) Keys() []string { return nil }

// SetExpiry sets a specific expiration for this session.
func (s *Session) SetExpiry(exp time.Duration) { s.exp = exp }
