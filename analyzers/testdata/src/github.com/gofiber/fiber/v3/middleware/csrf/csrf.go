// Package csrf is a test stub of github.com/gofiber/fiber/v3@v3.1.0 (middleware/csrf) for sessionlint's analyzer tests.
package csrf

import (
	"errors"
	"time"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
	"github.com/gofiber/fiber/v3/middleware/session"
)

// HeaderName is the default CSRF header.
const HeaderName = "X-Csrf-Token"

var (
	ErrTokenNotFound    = errors.New("csrf: token not found")
	ErrTokenInvalid     = errors.New("csrf: token invalid")
	ErrFetchSiteInvalid = errors.New("csrf: sec-fetch-site header invalid")
	ErrRefererNotFound  = errors.New("csrf: referer header missing")
	ErrRefererInvalid   = errors.New("csrf: referer header invalid")
	ErrRefererNoMatch   = errors.New("csrf: referer does not match host or trusted origins")
)

// Config defines the config for middleware.
type Config struct {
	Storage               fiber.Storage
	Next                  func(c fiber.Ctx) bool
	Session               *session.Store
	KeyGenerator          func() string
	ErrorHandler          fiber.ErrorHandler
	CookieName            string
	CookieDomain          string
	CookiePath            string
	CookieSameSite        string
	TrustedOrigins        []string
	Extractor             extractors.Extractor
	IdleTimeout           time.Duration
	DisableValueRedaction bool
	CookieSecure          bool
	CookieHTTPOnly        bool
	CookieSessionOnly     bool
	SingleUseToken        bool
}

func defaultErrorHandler(_ fiber.Ctx, _ error) error { return fiber.ErrForbidden }

// ConfigDefault is the default config.
// real default in v3.1.0: CookieSecure false, CookieHTTPOnly false,
// CookieSameSite "Lax", IdleTimeout 30m, header extractor X-Csrf-Token.
var ConfigDefault = Config{
	CookieName:            "csrf_",
	CookieSameSite:        "Lax",
	IdleTimeout:           30 * time.Minute,
	ErrorHandler:          defaultErrorHandler,
	Extractor:             extractors.FromHeader(HeaderName),
	DisableValueRedaction: false,
}

// Handler for CSRF middleware
type Handler struct {
	config Config
}

// DeleteToken removes the token found in the context from the storage and
// expires the CSRF cookie.
func (handler *Handler) DeleteToken(c fiber.Ctx) error { return nil }

// New creates a new middleware handler.
func New(config ...Config) fiber.Handler {
	return func(c fiber.Ctx) error { return c.Next() }
}

// TokenFromContext returns the token found in the context.
func TokenFromContext(ctx any) string { return "" }

// HandlerFromContext returns the Handler found in the context.
func HandlerFromContext(ctx any) *Handler { return nil }
