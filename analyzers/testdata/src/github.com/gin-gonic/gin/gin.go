// Package gin is a test stub of github.com/gin-gonic/gin@v1.12.0 for sessionlint's analyzer tests.
package gin

import (
	"net"
	"net/http"
	"net/url"
	"time"
)

// H is a shortcut for map[string]any.
type H map[string]any

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// OptionFunc defines the function to change the default configuration.
type OptionFunc func(*Engine)

// Param is a single URL parameter.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice.
type Params []Param

// IRouter defines all router handle interface includes single and group router.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes
	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// RouterGroup is used internally to configure router.
type RouterGroup struct {
	Handlers HandlersChain
	basePath string
	engine   *Engine
	root     bool
}

var _ IRouter = (*RouterGroup)(nil)

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return &RouterGroup{engine: group.engine}
}
func (group *RouterGroup) BasePath() string { return group.basePath }
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) StaticFile(relativePath, filepath string) IRoutes { return group }
func (group *RouterGroup) StaticFileFS(relativePath, filepath string, fs http.FileSystem) IRoutes {
	return group
}
func (group *RouterGroup) Static(relativePath, root string) IRoutes                 { return group }
func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { return group }

// Engine is the framework's instance.
type Engine struct {
	RouterGroup
	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	ForwardedByClientIP    bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
	UseRawPath             bool
	UnescapePathValues     bool
	RemoveExtraSlash       bool
	ContextWithFallback    bool
	HandleMethodNotAllowed bool
}

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine {
	e := &Engine{}
	e.RouterGroup.engine = e
	e.RouterGroup.root = true
	e.RouterGroup.basePath = "/"
	for _, o := range opts {
		o(e)
	}
	return e
}

// Default returns an Engine instance with the Logger and Recovery middleware
// already attached.
func Default(opts ...OptionFunc) *Engine { return New(opts...) }

func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { return engine }
func (engine *Engine) Run(addr ...string) (err error)                     { return nil }
func (engine *Engine) RunTLS(addr, certFile, keyFile string) (err error)  { return nil }
func (engine *Engine) RunListener(listener net.Listener) (err error)      { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (engine *Engine) SetTrustedProxies(trustedProxies []string) error    { return nil }
func (engine *Engine) Handler() http.Handler                              { return engine }
func (engine *Engine) NoRoute(handlers ...HandlerFunc)                    {}
func (engine *Engine) LoadHTMLGlob(pattern string)                        {}

// ResponseWriter is gin's response writer interface.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier
	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

// Context is the most important part of gin.
type Context struct {
	Request  *http.Request
	Writer   ResponseWriter
	Params   Params
	Keys     map[any]any
	Accepted []string

	handlers HandlersChain
	index    int8
	sameSite http.SameSite // zero value: no SameSite attribute emitted by SetCookie
}

func (c *Context) Copy() *Context                            { return c }
func (c *Context) FullPath() string                          { return "" }
func (c *Context) Next()                                     {}
func (c *Context) IsAborted() bool                           { return false }
func (c *Context) Abort()                                    {}
func (c *Context) AbortWithStatus(code int)                  {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}
func (c *Context) AbortWithError(code int, err error) *Error { return &Error{Err: err} }
func (c *Context) Error(err error) *Error                    { return &Error{Err: err} }
func (c *Context) Set(key any, value any)                    {}
func (c *Context) Get(key any) (value any, exists bool)      { return nil, false }
func (c *Context) MustGet(key any) any {
	if v, ok := c.Get(key); ok {
		return v
	}
	panic("stub")
}
func (c *Context) GetString(key any) string                        { return "" }
func (c *Context) GetBool(key any) bool                            { return false }
func (c *Context) GetInt(key any) int                              { return 0 }
func (c *Context) GetInt64(key any) int64                          { return 0 }
func (c *Context) Param(key string) string                         { return "" }
func (c *Context) Query(key string) (value string)                 { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string    { return "" }
func (c *Context) GetQuery(key string) (string, bool)              { return "", false }
func (c *Context) PostForm(key string) (value string)              { return "" }
func (c *Context) DefaultPostForm(key, defaultValue string) string { return "" }
func (c *Context) GetPostForm(key string) (string, bool)           { return "", false }
func (c *Context) Bind(obj any) error                              { return nil }
func (c *Context) BindJSON(obj any) error                          { return nil }
func (c *Context) ShouldBind(obj any) error                        { return nil }
func (c *Context) ShouldBindJSON(obj any) error                    { return nil }
func (c *Context) ShouldBindQuery(obj any) error                   { return nil }
func (c *Context) ClientIP() string                                { return "" }
func (c *Context) Status(code int)                                 {}
func (c *Context) Header(key, value string)                        {}
func (c *Context) GetHeader(key string) string                     { return "" }
func (c *Context) GetRawData() ([]byte, error)                     { return nil, nil }

// SetSameSite with cookie (applies to subsequent SetCookie calls).
func (c *Context) SetSameSite(samesite http.SameSite) { c.sameSite = samesite }

// SetCookie adds a Set-Cookie header to the ResponseWriter's headers.
// path "" becomes "/"; SameSite is whatever SetSameSite set (default: none
// emitted).
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
	if path == "" {
		path = "/"
	}
	http.SetCookie(c.Writer, &http.Cookie{
		Name:     name,
		Value:    url.QueryEscape(value),
		MaxAge:   maxAge,
		Path:     path,
		Domain:   domain,
		SameSite: c.sameSite,
		Secure:   secure,
		HttpOnly: httpOnly,
	})
}

// SetCookieData adds a Set-Cookie header from an http.Cookie (Path "" -> "/",
// SameSite default -> c.sameSite).
func (c *Context) SetCookieData(cookie *http.Cookie) {}

// Cookie returns the named cookie provided in the request.
func (c *Context) Cookie(name string) (string, error)             { return "", nil }
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) SecureJSON(code int, obj any)                   {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) Deadline() (deadline time.Time, ok bool)        { return time.Time{}, false }
func (c *Context) Done() <-chan struct{}                          { return nil }
func (c *Context) Err() error                                     { return nil }
func (c *Context) Value(key any) any                              { return nil }

// Error represents a error's specification.
type Error struct {
	Err  error
	Type uint64
	Meta any
}

func (msg Error) Error() string { return msg.Err.Error() }
