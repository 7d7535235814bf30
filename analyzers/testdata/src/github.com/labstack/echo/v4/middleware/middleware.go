// Package middleware is a test stub of github.com/labstack/echo/v4@v4.16.0 (middleware) for sessionlint's analyzer tests.
package middleware

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Skipper defines a function to skip middleware.
type Skipper func(c echo.Context) bool

// DefaultSkipper returns false which processes the middleware.
func DefaultSkipper(echo.Context) bool { return false }

// CSRFErrorHandler is a function which is executed for creating custom errors.
type CSRFErrorHandler func(err error, c echo.Context) error

// CSRFConfig defines the config for CSRF middleware.
type CSRFConfig struct {
	Skipper               Skipper
	TrustedOrigins        []string
	AllowSecFetchSiteFunc func(c echo.Context) (bool, error)
	TokenLength           uint8  `yaml:"token_length"`
	TokenLookup           string `yaml:"token_lookup"`
	ContextKey            string `yaml:"context_key"`
	CookieName            string `yaml:"cookie_name"`
	CookieDomain          string `yaml:"cookie_domain"`
	CookiePath            string `yaml:"cookie_path"`
	CookieMaxAge          int    `yaml:"cookie_max_age"`
	// Optional. Default false (forced true when CookieSameSite is None).
	CookieSecure bool `yaml:"cookie_secure"`
	// Optional. Default false.
	CookieHTTPOnly bool `yaml:"cookie_http_only"`
	// Optional. Default SameSiteDefaultMode (no attribute emitted).
	CookieSameSite http.SameSite `yaml:"cookie_same_site"`
	ErrorHandler   CSRFErrorHandler
}

// DefaultCSRFConfig is the default CSRF middleware config.
// real default in v4.16.0 (middleware/csrf.go:106).
var DefaultCSRFConfig = CSRFConfig{
	Skipper:        DefaultSkipper,
	TokenLength:    32,
	TokenLookup:    "header:" + echo.HeaderXCSRFToken,
	ContextKey:     "csrf",
	CookieName:     "_csrf",
	CookieMaxAge:   86400,
	CookieSameSite: http.SameSiteDefaultMode,
}

// CSRF returns a Cross-Site Request Forgery (CSRF) middleware.
func CSRF() echo.MiddlewareFunc { return CSRFWithConfig(DefaultCSRFConfig) }

// CSRFWithConfig returns a CSRF middleware with config.
func CSRFWithConfig(config CSRFConfig) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc { return next }
}

// LoggerConfig defines the config for Logger middleware (subset).
type LoggerConfig struct {
	Skipper Skipper
	Format  string `yaml:"format"`
}

// Logger returns a middleware that logs HTTP requests.
func Logger() echo.MiddlewareFunc { return LoggerWithConfig(LoggerConfig{}) }

// LoggerWithConfig returns a Logger middleware with config.
func LoggerWithConfig(config LoggerConfig) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc { return next }
}

// RecoverConfig defines the config for Recover middleware (subset).
type RecoverConfig struct {
	Skipper           Skipper
	StackSize         int  `yaml:"stack_size"`
	DisableStackAll   bool `yaml:"disable_stack_all"`
	DisablePrintStack bool `yaml:"disable_print_stack"`
}

// Recover returns a middleware which recovers from panics.
func Recover() echo.MiddlewareFunc { return RecoverWithConfig(RecoverConfig{}) }

// RecoverWithConfig returns a Recover middleware with config.
func RecoverWithConfig(config RecoverConfig) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc { return next }
}

// Secure returns a Secure middleware (security headers).
func Secure() echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc { return next }
}
