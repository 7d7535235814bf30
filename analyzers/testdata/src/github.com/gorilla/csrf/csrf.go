// Package csrf is a test stub of github.com/gorilla/csrf@v1.7.3 for sessionlint's analyzer tests.
package csrf

import (
	"errors"
	"html/template"
	"net/http"

	"github.com/gorilla/securecookie"
)

type contextKey string

// PlaintextHTTPContextKey is the context key used to signal that the request
// is served via plaintext HTTP (disables strict Referer checking).
const PlaintextHTTPContextKey contextKey = "plaintext"

// TemplateTag provides a default template tag - e.g. {{ .csrfField }}.
var TemplateTag = "csrfField"

var (
	ErrNoReferer  = errors.New("referer not supplied")
	ErrBadOrigin  = errors.New("origin invalid")
	ErrBadReferer = errors.New("referer invalid")
	ErrNoToken    = errors.New("CSRF token not found in request")
	ErrBadToken   = errors.New("CSRF token invalid")
)

// SameSiteMode mirrors http.SameSite (same numeric values).
type SameSiteMode int

// SameSite options
const (
	SameSiteDefaultMode SameSiteMode = iota + 1
	SameSiteLaxMode
	SameSiteStrictMode
	SameSiteNoneMode
)

type csrf struct {
	h    http.Handler
	sc   *securecookie.SecureCookie
	opts options
}

type options struct {
	MaxAge         int
	Domain         string
	Path           string
	HttpOnly       bool
	Secure         bool
	SameSite       SameSiteMode
	RequestHeader  string
	FieldName      string
	ErrorHandler   http.Handler
	CookieName     string
	TrustedOrigins []string
}

func (cs *csrf) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// Option describes a functional option for configuring the CSRF handler.
type Option func(*csrf)

// Protect is HTTP middleware that provides Cross-Site Request Forgery
// protection.
func Protect(authKey []byte, opts ...Option) func(http.Handler) http.Handler {
	return func(h http.Handler) http.Handler {
		cs := &csrf{h: h}
		// real defaults since v1.7.0 (options.go parseOptions): Secure=true,
		// HttpOnly=true, SameSite=Lax, MaxAge=3600*12; CookieName
		// "_gorilla_csrf", FieldName "gorilla.csrf.Token", RequestHeader
		// "X-CSRF-Token", Path "" (the issuing path), Domain "".
		cs.opts.Secure = true
		cs.opts.HttpOnly = true
		cs.opts.SameSite = SameSiteLaxMode
		cs.opts.MaxAge = 3600 * 12
		for _, o := range opts {
			o(cs)
		}
		if cs.opts.CookieName == "" {
			cs.opts.CookieName = "_gorilla_csrf"
		}
		if cs.opts.FieldName == "" {
			cs.opts.FieldName = "gorilla.csrf.Token"
		}
		if cs.opts.RequestHeader == "" {
			cs.opts.RequestHeader = "X-CSRF-Token"
		}
		return cs
	}
}

func MaxAge(age int) Option              { return func(cs *csrf) { cs.opts.MaxAge = age } }
func Domain(domain string) Option        { return func(cs *csrf) { cs.opts.Domain = domain } }
func Path(p string) Option               { return func(cs *csrf) { cs.opts.Path = p } }
func Secure(s bool) Option               { return func(cs *csrf) { cs.opts.Secure = s } }
func HttpOnly(h bool) Option             { return func(cs *csrf) { cs.opts.HttpOnly = h } }
func SameSite(s SameSiteMode) Option     { return func(cs *csrf) { cs.opts.SameSite = s } }
func ErrorHandler(h http.Handler) Option { return func(cs *csrf) { cs.opts.ErrorHandler = h } }
func RequestHeader(header string) Option { return func(cs *csrf) { cs.opts.RequestHeader = header } }
func FieldName(name string) Option       { return func(cs *csrf) { cs.opts.FieldName = name } }
func CookieName(name string) Option      { return func(cs *csrf) { cs.opts.CookieName = name } }
func TrustedOrigins(origins []string) Option {
	return func(cs *csrf) { cs.opts.TrustedOrigins = origins }
}

// Token returns a masked CSRF token ready for passing into HTML template or a
// JSON response body.
func Token(r *http.Request) string { return "" }

// FailureReason makes CSRF validation errors available in the request context.
func FailureReason(r *http.Request) error { return nil }

// UnsafeSkipCheck will skip the CSRF check for any requests.
func UnsafeSkipCheck(r *http.Request) *http.Request { return r }

// TemplateField is a template helper for html/template.
func TemplateField(r *http.Request) template.HTML { return "" }

// PlaintextHTTPRequest marks the request as plaintext HTTP.
func PlaintextHTTPRequest(r *http.Request) *http.Request { return r }
