// Package fiber is a test stub of github.com/gofiber/fiber/v3@v3.1.0 for sessionlint's analyzer tests.
package fiber

import (
	"context"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Version of current fiber package
const Version = "3.1.0"

// Handler defines a function to serve HTTP requests.
type Handler = func(Ctx) error

// Map is a shortcut for map[string]any, useful for JSON returns
type Map map[string]any

// ErrorHandler defines a function that will process all errors.
type ErrorHandler = func(Ctx, error) error

// Cookie SameSite values. Res.Cookie: "None" forces Secure=true; "" or any
// unknown value becomes Lax; Partitioned forces Secure=true; Path "" -> "/".
const (
	CookieSameSiteDisabled   = "disabled" // not in RFC, just control "SameSite" attribute will not be set.
	CookieSameSiteLaxMode    = "Lax"
	CookieSameSiteStrictMode = "Strict"
	CookieSameSiteNoneMode   = "None"
)

// HTTP status codes used in tests.
const (
	StatusOK                  = 200
	StatusFound               = 302
	StatusSeeOther            = 303
	StatusBadRequest          = 400
	StatusUnauthorized        = 401
	StatusForbidden           = 403
	StatusInternalServerError = 500
)

// Storage interface for communicating with different database/key-value
// providers.
type Storage interface {
	GetWithContext(ctx context.Context, key string) ([]byte, error)
	Get(key string) ([]byte, error)
	SetWithContext(ctx context.Context, key string, val []byte, exp time.Duration) error
	Set(key string, val []byte, exp time.Duration) error
	DeleteWithContext(ctx context.Context, key string) error
	Delete(key string) error
	ResetWithContext(ctx context.Context) error
	Reset() error
	Close() error
}

// Config is a struct holding the server settings (subset).
type Config struct {
	ErrorHandler       ErrorHandler
	ServerHeader       string
	AppName            string
	BodyLimit          int
	ReadTimeout        time.Duration
	WriteTimeout       time.Duration
	IdleTimeout        time.Duration
	ProxyHeader        string
	TrustProxy         bool
	StrictRouting      bool
	CaseSensitive      bool
	Immutable          bool
	UnescapePath       bool
	EnableIPValidation bool
}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...any) Router
	Get(path string, handler any, handlers ...any) Router
	Head(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Put(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Connect(path string, handler any, handlers ...any) Router
	Options(path string, handler any, handlers ...any) Router
	Trace(path string, handler any, handlers ...any) Router
	Patch(path string, handler any, handlers ...any) Router
	Add(methods []string, path string, handler any, handlers ...any) Router
	All(path string, handler any, handlers ...any) Router
	Group(prefix string, handlers ...any) Router
	Route(prefix string, fn func(router Router), name ...string) Router
	Name(name string) Router
}

// App denotes the Fiber application.
type App struct {
	config Config
}

// New creates a new Fiber named instance.
func New(config ...Config) *App {
	app := &App{}
	if len(config) > 0 {
		app.config = config[0]
	}
	return app
}

func (app *App) Config() Config                                           { return app.config }
func (app *App) Use(args ...any) Router                                   { return &Group{app: app} }
func (app *App) Get(path string, handler any, handlers ...any) Router     { return &Group{app: app} }
func (app *App) Head(path string, handler any, handlers ...any) Router    { return &Group{app: app} }
func (app *App) Post(path string, handler any, handlers ...any) Router    { return &Group{app: app} }
func (app *App) Put(path string, handler any, handlers ...any) Router     { return &Group{app: app} }
func (app *App) Delete(path string, handler any, handlers ...any) Router  { return &Group{app: app} }
func (app *App) Connect(path string, handler any, handlers ...any) Router { return &Group{app: app} }
func (app *App) Options(path string, handler any, handlers ...any) Router { return &Group{app: app} }
func (app *App) Trace(path string, handler any, handlers ...any) Router   { return &Group{app: app} }
func (app *App) Patch(path string, handler any, handlers ...any) Router   { return &Group{app: app} }
func (app *App) Add(methods []string, path string, handler any, handlers ...any) Router {
	return &Group{app: app}
}
func (app *App) All(path string, handler any, handlers ...any) Router { return &Group{app: app} }
func (app *App) Group(prefix string, handlers ...any) Router          { return &Group{app: app} }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	return &Group{app: app}
}
func (app *App) Name(name string) Router                          { return &Group{app: app} }
func (app *App) Listen(addr string, config ...ListenConfig) error { return nil }
func (app *App) Shutdown() error                                  { return nil }
func (app *App) Test(req *http.Request, config ...TestConfig) (*http.Response, error) {
	return nil, nil
}

// ListenConfig is a struct to customize startup of Fiber (subset).
type ListenConfig struct {
	CertFile    string
	CertKeyFile string
}

// TestConfig configures App.Test (subset).
type TestConfig struct {
	Timeout time.Duration
}

// Group struct
type Group struct {
	app    *App
	Prefix string
}

func (grp *Group) Use(args ...any) Router                                   { return grp }
func (grp *Group) Get(path string, handler any, handlers ...any) Router     { return grp }
func (grp *Group) Head(path string, handler any, handlers ...any) Router    { return grp }
func (grp *Group) Post(path string, handler any, handlers ...any) Router    { return grp }
func (grp *Group) Put(path string, handler any, handlers ...any) Router     { return grp }
func (grp *Group) Delete(path string, handler any, handlers ...any) Router  { return grp }
func (grp *Group) Connect(path string, handler any, handlers ...any) Router { return grp }
func (grp *Group) Options(path string, handler any, handlers ...any) Router { return grp }
func (grp *Group) Trace(path string, handler any, handlers ...any) Router   { return grp }
func (grp *Group) Patch(path string, handler any, handlers ...any) Router   { return grp }
func (grp *Group) Add(methods []string, path string, handler any, handlers ...any) Router {
	return grp
}
func (grp *Group) All(path string, handler any, handlers ...any) Router { return grp }
func (grp *Group) Group(prefix string, handlers ...any) Router          { return grp }
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	return grp
}
func (grp *Group) Name(name string) Router { return grp }

// Cookie data for c.Cookie
type Cookie struct {
	Expires     time.Time `json:"expires"`
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	SameSite    string    `json:"same_site"`
	MaxAge      int       `json:"max_age"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	Partitioned bool      `json:"partitioned"`
	SessionOnly bool      `json:"session_only"`
}

// Ctx represents the Context which hold the HTTP request and response
// (subset of the real v3 interface).
type Ctx interface {
	App() *App
	RequestCtx() *fasthttp.RequestCtx
	Context() context.Context
	SetContext(ctx context.Context)
	Deadline() (time.Time, bool)
	Done() <-chan struct{}
	Err() error
	Request() *fasthttp.Request
	Response() *fasthttp.Response
	Get(key string, defaultValue ...string) string
	GetReqHeaders() map[string][]string
	Next() error
	OriginalURL() string
	Path(override ...string) string
	Redirect() *Redirect
	FullPath() string
	Matched() bool
	Secure() bool
	Status(status int) Ctx
	Value(key any) any
	Bind() *Bind
	Body() []byte
	Cookies(key string, defaultValue ...string) string
	FormValue(key string, defaultValue ...string) string
	Fresh() bool
	Hostname() string
	IP() string
	Locals(key any, value ...any) any
	Method(override ...string) string
	Params(key string, defaultValue ...string) string
	Protocol() string
	Query(key string, defaultValue ...string) string
	Append(field string, values ...string)
	Attachment(filename ...string)
	ClearCookie(key ...string)
	Cookie(cookie *Cookie)
	JSON(data any, ctype ...string) error
	Render(name string, bind any, layouts ...string) error
	Send(body []byte) error
	SendStatus(status int) error
	SendString(body string) error
	Set(key, val string)
	Drop() error
	End() error
}

// Redirect is a struct that holds the redirect data.
type Redirect struct{}

func (r *Redirect) Status(code int) *Redirect                         { return r }
func (r *Redirect) With(key, value string, level ...uint8) *Redirect  { return r }
func (r *Redirect) To(location string) error                          { return nil }
func (r *Redirect) Route(name string, config ...RedirectConfig) error { return nil }
func (r *Redirect) Back(fallback ...string) error                     { return nil }

// RedirectConfig A config to use with Redirect().Route()
type RedirectConfig struct {
	Params  Map
	Queries map[string]string
}

// Bind struct
type Bind struct{}

func (b *Bind) Header(out any) error { return nil }
func (b *Bind) Cookie(out any) error { return nil }
func (b *Bind) Query(out any) error  { return nil }
func (b *Bind) JSON(out any) error   { return nil }
func (b *Bind) Form(out any) error   { return nil }
func (b *Bind) URI(out any) error    { return nil }
func (b *Bind) Body(out any) error   { return nil }
func (b *Bind) All(out any) error    { return nil }

// Locals is the generic version of Ctx.Locals.
func Locals[V any](c Ctx, key any, value ...V) V {
	var zero V
	return zero
}

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message
func NewError(code int, message ...string) *Error {
	err := &Error{Code: code}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

var (
	ErrUnauthorized = NewError(StatusUnauthorized)
	ErrForbidden    = NewError(StatusForbidden)
)
