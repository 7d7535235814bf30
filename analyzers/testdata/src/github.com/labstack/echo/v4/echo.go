// Package echo is a test stub of github.com/labstack/echo/v4@v4.16.0 for sessionlint's analyzer tests.
package echo

import (
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
)

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(err error, c Context)

// Map defines a generic map of type `map[string]any`.
type Map map[string]interface{}

// Headers
const (
	HeaderAuthorization = "Authorization"
	HeaderSetCookie     = "Set-Cookie"
	HeaderCookie        = "Cookie"
	HeaderXCSRFToken    = "X-CSRF-Token"
)

// Route contains a handler and information for matching against requests.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Internal error       `json:"-"`
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

func (he *HTTPError) Error() string { return "" }

// NewHTTPError creates a new HTTPError instance.
func NewHTTPError(code int, message ...interface{}) *HTTPError {
	he := &HTTPError{Code: code}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

var (
	ErrUnauthorized = NewHTTPError(http.StatusUnauthorized)
	ErrForbidden    = NewHTTPError(http.StatusForbidden)
)

// Logger defines the logging interface (subset).
type Logger interface {
	Print(i ...interface{})
	Printf(format string, args ...interface{})
	Error(i ...interface{})
	Errorf(format string, args ...interface{})
}

// Echo is the top-level framework instance.
type Echo struct {
	Server           *http.Server
	TLSServer        *http.Server
	HTTPErrorHandler HTTPErrorHandler
	Logger           Logger
	Debug            bool
	HideBanner       bool
	HidePort         bool
}

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

func (r *Response) Header() http.Header               { return r.Writer.Header() }
func (r *Response) WriteHeader(code int)              {}
func (r *Response) Write(b []byte) (n int, err error) { return len(b), nil }
func (r *Response) Before(fn func())                  {}
func (r *Response) After(fn func())                   {}

// Group is a set of sub-routes for a specified route.
type Group struct {
	prefix string
	echo   *Echo
}

// New creates an instance of Echo.
func New() (e *Echo) { return &Echo{} }

func (e *Echo) Pre(middleware ...MiddlewareFunc)                              {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                              {}
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return &Route{} }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return &Route{} }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return &Route{} }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return &Route{} }
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) {
	return &Group{prefix: prefix, echo: e}
}
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)                   {}
func (e *Echo) Start(address string) error                                         { return nil }
func (e *Echo) StartTLS(address string, certFile, keyFile interface{}) (err error) { return nil }
func (e *Echo) Shutdown(ctx context.Context) error                                 { return nil }
func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) Context          { return nil }

func (g *Group) Use(middleware ...MiddlewareFunc)                              {}
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return &Route{} }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return &Route{} }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return &Route{} }
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return &Route{} }
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return g }

// Context represents the context of the current HTTP request.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	SetResponse(r *Response)
	Response() *Response
	IsTLS() bool
	IsWebSocket() bool
	Scheme() string
	RealIP() string
	Path() string
	SetPath(p string)
	Param(name string) string
	ParamNames() []string
	SetParamNames(names ...string)
	ParamValues() []string
	SetParamValues(values ...string)
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	MultipartForm() (*multipart.Form, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Validate(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	SetHandler(h HandlerFunc)
	Logger() Logger
	SetLogger(l Logger)
	Echo() *Echo
	Reset(r *http.Request, w http.ResponseWriter)
}
