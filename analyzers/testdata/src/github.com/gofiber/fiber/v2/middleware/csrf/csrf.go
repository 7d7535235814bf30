// Package csrf is a test stub of github.com/gofiber/fiber/v2@v2.52.15 (middleware/csrf) for sessionlint's analyzer tests.
package csrf

import (
	"errors"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
)

// HeaderName is the default CSRF header.
const HeaderName = "X-Csrf-Token"

var (
	ErrTokenNotFound = errors.New("csrf token not found")
	ErrTokenInvalid  = errors.New("csrf token invalid")
	ErrNoReferer     = errors.New("referer not supplied")
	ErrBadReferer    = errors.New("referer invalid")
)

// Config defines the config for middleware.
type Config struct {
	Next              func(c *fiber.Ctx) bool
	KeyLookup         string
	CookieName        string
	CookieDomain      string
	CookiePath        string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSameSite    string
	CookieSessionOnly bool
	Expiration        time.Duration
	SingleUseToken    bool
	Storage           fiber.Storage
	Session           *session.Store
	SessionKey        string
	ContextKey        interface{}
	KeyGenerator      func() string
	// Deprecated: Please use Expiration
	CookieExpires time.Duration
	// Deprecated: Please use Cookie* related fields
	Cookie *fiber.Cookie
	// Deprecated: Please use KeyLookup
	TokenLookup       string
	ErrorHandler      fiber.ErrorHandler
	Extractor         func(c *fiber.Ctx) (string, error)
	HandlerContextKey interface{}
}

func defaultErrorHandler(_ *fiber.Ctx, _ error) error { return fiber.ErrForbidden }

// ConfigDefault is the default config.
// real default in v2.52.15: CookieSecure false, CookieHTTPOnly false,
// CookieSameSite "Lax", Expiration 1h, KeyLookup "header:X-Csrf-Token".
var ConfigDefault = Config{
	KeyLookup:         "header:" + HeaderName,
	CookieName:        "csrf_",
	CookieSameSite:    "Lax",
	Expiration:        1 * time.Hour,
	ErrorHandler:      defaultErrorHandler,
	Extractor:         CsrfFromHeader(HeaderName),
	SessionKey:        "fiber.csrf.token",
	HandlerContextKey: "fiber.csrf.handler",
}

// CSRFHandler handles CSRF tokens.
type CSRFHandler struct {
	config *Config
}

// DeleteToken removes the token found in the context from the storage and
// expires the CSRF cookie.
func (handler *CSRFHandler) DeleteToken(c *fiber.Ctx) error { return nil }

// New creates a new middleware handler.
func New(config ...Config) fiber.Handler {
	return func(c *fiber.Ctx) error { return c.Next() }
}

func CsrfFromParam(param string) func(c *fiber.Ctx) (string, error)  { return nil }
func CsrfFromForm(param string) func(c *fiber.Ctx) (string, error)   { return nil }
func CsrfFromCookie(param string) func(c *fiber.Ctx) (string, error) { return nil }
func CsrfFromHeader(param string) func(c *fiber.Ctx) (string, error) {
	return func(c *fiber.Ctx) (string, error) { return c.Get(param), nil }
}
func CsrfFromQuery(param string) func(c *fiber.Ctx) (string, error) { return nil }
