// Package nosurf is a test stub of github.com/justinas/nosurf@v1.2.0 for sessionlint's analyzer tests.
package nosurf

import (
	"errors"
	"net/http"
	"net/url"
)

const (
	// CookieName is the name of CSRF cookie
	CookieName = "csrf_token"
	// FormFieldName is the name of the form field
	FormFieldName = "csrf_token"
	// HeaderName is the name of CSRF header
	HeaderName = "X-CSRF-Token"
	// FailureCode is the HTTP code sent on failure
	FailureCode = 400
	// MaxAge is the max-age in seconds for CSRF cookie, 365 days
	MaxAge = 365 * 24 * 60 * 60
)

var (
	ErrNoReferer  = errors.New("A secure request contained no Referer or its value was malformed")
	ErrBadReferer = errors.New("A secure request's Referer comes from a different origin from the request's URL")
	ErrBadOrigin  = errors.New("Request was made with a disallowed origin specified in the Origin header")
	ErrBadToken   = errors.New("The CSRF token in the cookie doesn't match the one received in a form/header.")
)

// CSRFHandler is an http.Handler that checks for CSRF tokens.
type CSRFHandler struct {
	successHandler  http.Handler
	failureHandler  http.Handler
	baseCookie      http.Cookie
	exemptPaths     []string
	exemptFunc      func(r *http.Request) bool
	isTLS           func(r *http.Request) bool
	isAllowedOrigin func(r *url.URL) bool
}

// New constructs a new CSRFHandler that calls the specified handler if the
// CSRF check succeeds.
func New(handler http.Handler) *CSRFHandler {
	// real default in v1.2.0 (handler.go:97): base cookie has ONLY
	// MaxAge = 365 days (Path "", Secure false, HttpOnly false, SameSite
	// unset); isTLS always true (strict Referer/Origin check).
	baseCookie := http.Cookie{}
	baseCookie.MaxAge = MaxAge
	return &CSRFHandler{
		successHandler: handler,
		baseCookie:     baseCookie,
		isTLS:          func(r *http.Request) bool { return true },
	}
}

// NewPure is like New but returns http.Handler.
func NewPure(handler http.Handler) http.Handler { return New(handler) }

// Token takes an HTTP request and returns the CSRF token for that request.
func Token(req *http.Request) string { return "" }

// Reason takes an HTTP request and returns the reason of failure of the CSRF
// check for that request.
func Reason(req *http.Request) error { return nil }

// VerifyToken verifies the sent token equals the real one.
func VerifyToken(realToken, sentToken string) bool { return false }

func (h *CSRFHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// RegenerateToken generates a new token and sets it in the cookie.
func (h *CSRFHandler) RegenerateToken(w http.ResponseWriter, r *http.Request) string {
	return ""
}

// SetFailureHandler sets the handler to call in case the CSRF check fails.
func (h *CSRFHandler) SetFailureHandler(handler http.Handler) { h.failureHandler = handler }

// SetBaseCookie sets the base cookie to use when building a CSRF token
// cookie (replaces the whole default, including MaxAge).
func (h *CSRFHandler) SetBaseCookie(cookie http.Cookie) { h.baseCookie = cookie }

// SetIsTLSFunc sets a delegate function which determines whether the request
// is made over a secure connection.
func (h *CSRFHandler) SetIsTLSFunc(f func(*http.Request) bool) { h.isTLS = f }

// SetIsAllowedOriginFunc sets a function that checks cross-origin requests.
func (h *CSRFHandler) SetIsAllowedOriginFunc(f func(*url.URL) bool) { h.isAllowedOrigin = f }

// StaticOrigins returns a function suitable for SetIsAllowedOriginFunc.
func StaticOrigins(origins ...string) (func(r *url.URL) bool, error) { return nil, nil }

func (h *CSRFHandler) IsExempt(r *http.Request) bool            { return false }
func (h *CSRFHandler) ExemptPath(path string)                   {}
func (h *CSRFHandler) ExemptPaths(paths ...string)              {}
func (h *CSRFHandler) ExemptGlob(pattern string)                {}
func (h *CSRFHandler) ExemptGlobs(patterns ...string)           {}
func (h *CSRFHandler) ExemptRegexp(re interface{})              {}
func (h *CSRFHandler) ExemptRegexps(res ...interface{})         {}
func (h *CSRFHandler) ExemptFunc(fn func(r *http.Request) bool) { h.exemptFunc = fn }
