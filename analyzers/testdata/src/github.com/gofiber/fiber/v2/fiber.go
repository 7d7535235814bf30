// Package fiber is a test stub of github.com/gofiber/fiber/v2@v2.52.15 for sessionlint's analyzer tests.
package fiber

import (
	"context"
	"mime/multipart"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Version of current fiber package
const Version = "2.52.15"

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}, useful for JSON returns
type Map map[string]interface{}

// ErrorHandler defines a function that will process all errors.
type ErrorHandler = func(*Ctx, error) error

// Cookie SameSite values (Ctx.Cookie: any other value, including "", means Lax).
const (
	CookieSameSiteDisabled   = "disabled" // not in RFC, just control "SameSite" attribute will not be set.
	CookieSameSiteLaxMode    = "lax"
	CookieSameSiteStrictMode = "strict"
	CookieSameSiteNoneMode   = "none"
)

// HTTP status codes used in tests.
const (
	StatusOK           = 200
	StatusFound        = 302
	StatusSeeOther     = 303
	StatusBadRequest   = 400
	StatusUnauthorized = 401
	StatusForbidden    = 403
)

// Storage interface for communicating with different database/key-value
// providers.
type Storage interface {
	// Get gets the value for the given key. `nil, nil` is returned when the key does not exist
	Get(key string) ([]byte, error)
	// Set stores the given value for the given key along with an expiration value, 0 means no expiration.
	Set(key string, val []byte, exp time.Duration) error
	Delete(key string) error
	Reset() error
	Close() error
}

// Config is a struct holding the server settings (subset).
type Config struct {
	Prefork                 bool
	ServerHeader            string
	StrictRouting           bool
	CaseSensitive           bool
	BodyLimit               int
	ReadTimeout             time.Duration
	WriteTimeout            time.Duration
	IdleTimeout             time.Duration
	AppName                 string
	ErrorHandler            ErrorHandler
	ProxyHeader             string
	EnableTrustedProxyCheck bool
	TrustedProxies          []string
	EnablePrintRoutes       bool
}

// Static defines configuration options when defining static assets.
type Static struct {
	Compress  bool
	ByteRange bool
	Browse    bool
	Download  bool
	Index     string
	MaxAge    int
}

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router
	Add(method, path string, handlers ...Handler) Router
	Static(prefix, root string, config ...Static) Router
	All(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
	Route(prefix string, fn func(router Router), name ...string) Router
	Mount(prefix string, fiber *App) Router
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

func (app *App) Config() Config                                      { return app.config }
func (app *App) Use(args ...interface{}) Router                      { return &Group{app: app} }
func (app *App) Get(path string, handlers ...Handler) Router         { return &Group{app: app} }
func (app *App) Head(path string, handlers ...Handler) Router        { return &Group{app: app} }
func (app *App) Post(path string, handlers ...Handler) Router        { return &Group{app: app} }
func (app *App) Put(path string, handlers ...Handler) Router         { return &Group{app: app} }
func (app *App) Delete(path string, handlers ...Handler) Router      { return &Group{app: app} }
func (app *App) Connect(path string, handlers ...Handler) Router     { return &Group{app: app} }
func (app *App) Options(path string, handlers ...Handler) Router     { return &Group{app: app} }
func (app *App) Trace(path string, handlers ...Handler) Router       { return &Group{app: app} }
func (app *App) Patch(path string, handlers ...Handler) Router       { return &Group{app: app} }
func (app *App) Add(method, path string, handlers ...Handler) Router { return &Group{app: app} }
func (app *App) Static(prefix, root string, config ...Static) Router { return &Group{app: app} }
func (app *App) All(path string, handlers ...Handler) Router         { return &Group{app: app} }
func (app *App) Group(prefix string, handlers ...Handler) Router     { return &Group{app: app} }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	return &Group{app: app}
}
func (app *App) Mount(prefix string, fiber *App) Router                           { return &Group{app: app} }
func (app *App) Name(name string) Router                                          { return &Group{app: app} }
func (app *App) Listen(addr string) error                                         { return nil }
func (app *App) ListenTLS(addr, certFile, keyFile string) error                   { return nil }
func (app *App) Shutdown() error                                                  { return nil }
func (app *App) Test(req *http.Request, msTimeout ...int) (*http.Response, error) { return nil, nil }

// Group struct
type Group struct {
	app    *App
	Prefix string
}

func (grp *Group) Use(args ...interface{}) Router                  { return grp }
func (grp *Group) Get(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Head(path string, handlers ...Handler) Router    { return grp }
func (grp *Group) Post(path string, handlers ...Handler) Router    { return grp }
func (grp *Group) Put(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) Delete(path string, handlers ...Handler) Router  { return grp }
func (grp *Group) Connect(path string, handlers ...Handler) Router { return grp }
func (grp *Group) Options(path string, handlers ...Handler) Router { return grp }
func (grp *Group) Trace(path string, handlers ...Handler) Router   { return grp }
func (grp *Group) Patch(path string, handlers ...Handler) Router   { return grp }
func (grp *Group) Add(method, path string, handlers ...Handler) Router {
	return grp
}
func (grp *Group) Static(prefix, root string, config ...Static) Router { return grp }
func (grp *Group) All(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Group(prefix string, handlers ...Handler) Router     { return grp }
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	return grp
}
func (grp *Group) Mount(prefix string, fiber *App) Router { return grp }
func (grp *Group) Name(name string) Router                { return grp }

// Cookie data for c.Cookie
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// Ctx represents the Context which hold the HTTP request and response.
type Ctx struct {
	app      *App
	fasthttp *fasthttp.RequestCtx
}

func (c *Ctx) App() *App                             { return c.app }
func (c *Ctx) Append(field string, values ...string) {}
func (c *Ctx) BaseURL() string                       { return "" }
func (c *Ctx) Body() []byte                          { return nil }
func (c *Ctx) BodyParser(out interface{}) error      { return nil }
func (c *Ctx) ClearCookie(key ...string)             {}
func (c *Ctx) Context() *fasthttp.RequestCtx         { return c.fasthttp }
func (c *Ctx) UserContext() context.Context          { return context.Background() }
func (c *Ctx) SetUserContext(ctx context.Context)    {}

// Cookie sets a cookie. SameSite: "strict"/"none"/"disabled" (case-insensitive);
// anything else, including "", becomes Lax. MaxAge/Expires ignored if SessionOnly.
func (c *Ctx) Cookie(cookie *Cookie)                                             {}
func (c *Ctx) Cookies(key string, defaultValue ...string) string                 { return "" }
func (c *Ctx) Request() *fasthttp.Request                                        { return &c.fasthttp.Request }
func (c *Ctx) Response() *fasthttp.Response                                      { return &c.fasthttp.Response }
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error)                { return nil, nil }
func (c *Ctx) FormValue(key string, defaultValue ...string) string               { return "" }
func (c *Ctx) Get(key string, defaultValue ...string) string                     { return "" }
func (c *Ctx) GetReqHeaders() map[string][]string                                { return nil }
func (c *Ctx) Hostname() string                                                  { return "" }
func (c *Ctx) IP() string                                                        { return "" }
func (c *Ctx) JSON(data interface{}, ctype ...string) error                      { return nil }
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{}          { return nil }
func (c *Ctx) Method(override ...string) string                                  { return "" }
func (c *Ctx) Next() error                                                       { return nil }
func (c *Ctx) OriginalURL() string                                               { return "" }
func (c *Ctx) Params(key string, defaultValue ...string) string                  { return "" }
func (c *Ctx) Path(override ...string) string                                    { return "" }
func (c *Ctx) Protocol() string                                                  { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string                   { return "" }
func (c *Ctx) QueryParser(out interface{}) error                                 { return nil }
func (c *Ctx) Redirect(location string, status ...int) error                     { return nil }
func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error { return nil }
func (c *Ctx) RedirectBack(fallback string, status ...int) error                 { return nil }
func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error     { return nil }
func (c *Ctx) Secure() bool                                                      { return false }
func (c *Ctx) Send(body []byte) error                                            { return nil }
func (c *Ctx) SendStatus(status int) error                                       { return nil }
func (c *Ctx) SendString(body string) error                                      { return nil }
func (c *Ctx) Set(key, val string)                                               {}
func (c *Ctx) Status(status int) *Ctx                                            { return c }
func (c *Ctx) Vary(fields ...string)                                             {}

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
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
