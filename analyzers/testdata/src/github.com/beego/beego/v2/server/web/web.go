// Package web is a test stub of github.com/beego/beego/v2@v2.3.8 (server/web) for sessionlint's analyzer tests.
package web

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/beego/beego/v2/server/web/context"
	"github.com/beego/beego/v2/server/web/session"
)

const (
	// DEV is for develop
	DEV = "dev"
	// PROD is for production
	PROD = "prod"
)

// default filter execution points
const (
	BeforeStatic = iota
	BeforeRouter
	BeforeExec
	AfterExec
	FinishRouter
)

// M is Map shortcut
type M map[string]interface{}

// Config is the main struct for BConfig (subset).
type Config struct {
	AppName             string
	RunMode             string
	RouterCaseSensitive bool
	RecoverPanic        bool
	CopyRequestBody     bool
	EnableGzip          bool
	EnableErrorsShow    bool
	EnableErrorsRender  bool
	ServerName          string
	MaxMemory           int64
	MaxUploadSize       int64
	Listen              Listen
	WebConfig           WebConfig
}

// Listen holds for http and https related config (subset).
type Listen struct {
	Graceful      bool
	ListenTCP4    bool
	EnableHTTP    bool
	AutoTLS       bool
	EnableHTTPS   bool
	EnableAdmin   bool
	ServerTimeOut int64
	HTTPAddr      string
	HTTPPort      int
	HTTPSAddr     string
	HTTPSPort     int
	HTTPSCertFile string
	HTTPSKeyFile  string
}

// WebConfig holds web related config.
type WebConfig struct {
	AutoRender             bool
	EnableDocs             bool
	EnableXSRF             bool
	DirectoryIndex         bool
	FlashName              string
	FlashSeparator         string
	StaticDir              map[string]string
	StaticExtensionsToGzip []string
	StaticCacheFileSize    int
	StaticCacheFileNum     int
	TemplateLeft           string
	TemplateRight          string
	ViewsPath              string
	CommentRouterPath      string
	XSRFKey                string
	XSRFExpire             int
	Session                SessionConfig
}

// SessionConfig holds session related config.
type SessionConfig struct {
	SessionOn                    bool
	SessionAutoSetCookie         bool
	SessionDisableHTTPOnly       bool // used to allow for cross domain cookies/javascript cookies.
	SessionEnableSidInHTTPHeader bool // enable store/get the sessionId into/from http headers
	SessionEnableSidInURLQuery   bool // enable get the sessionId from Url Query params
	SessionProvider              string
	SessionName                  string
	SessionGCMaxLifetime         int64
	SessionProviderConfig        string
	SessionCookieLifeTime        int
	SessionDomain                string
	SessionNameInHTTPHeader      string
	SessionCookieSameSite        http.SameSite
	SessionIDPrefix              string
}

var (
	// BConfig is the default config for Application
	BConfig *Config
	// GlobalSessions is the instance for the session manager
	GlobalSessions *session.Manager
)

func init() { BConfig = newBConfig() }

// newBConfig: real defaults in v2.3.8 (server/web/config.go:523).
func newBConfig() *Config {
	return &Config{
		AppName:             "beego",
		RunMode:             PROD,
		RouterCaseSensitive: true,
		RecoverPanic:        true,
		EnableErrorsShow:    true,
		EnableErrorsRender:  true,
		MaxMemory:           1 << 26,
		MaxUploadSize:       1 << 30,
		Listen: Listen{
			EnableHTTP:  true,
			HTTPPort:    8080,
			EnableHTTPS: false, // also drives session cookie Secure
			HTTPSPort:   10443,
		},
		WebConfig: WebConfig{
			AutoRender: true,
			StaticDir:  map[string]string{"/static": "static"},
			ViewsPath:  "views",
			EnableXSRF: false,
			XSRFKey:    "beegoxsrf", // public default key
			XSRFExpire: 0,
			Session: SessionConfig{
				SessionOn:                    false,
				SessionProvider:              "memory",
				SessionName:                  "beegosessionID",
				SessionGCMaxLifetime:         3600,
				SessionProviderConfig:        "",
				SessionDisableHTTPOnly:       false,
				SessionCookieLifeTime:        0, // browser-session cookie
				SessionAutoSetCookie:         true,
				SessionDomain:                "",
				SessionEnableSidInHTTPHeader: false,
				SessionNameInHTTPHeader:      "Beegosessionid",
				SessionEnableSidInURLQuery:   false,
				SessionCookieSameSite:        http.SameSiteDefaultMode,
			},
		},
	}
}

// ControllerInterface is an interface to uniform all controller handler.
type ControllerInterface interface {
	Init(ct *context.Context, controllerName, actionName string, app interface{})
	Prepare()
	Get()
	Post()
	Delete()
	Put()
	Head()
	Patch()
	Options()
	Trace()
	Finish()
	Render() error
	XSRFToken() string
	CheckXSRFCookie() bool
	HandlerFunc(fn string) bool
	URLMapping()
}

// Controller defines some basic http request handler operations.
type Controller struct {
	Ctx  *context.Context
	Data map[interface{}]interface{}

	AppController  interface{}
	TplName        string
	ViewPath       string
	Layout         string
	LayoutSections map[string]string
	TplPrefix      string
	TplExt         string
	EnableRender   bool

	// EnableXSRF is set to true by Init (per controller); the check only runs
	// when BConfig.WebConfig.EnableXSRF is true.
	EnableXSRF bool
	_xsrfToken string
	XSRFExpire int

	CruSession session.Store
}

var _ ControllerInterface = (*Controller)(nil)

// ErrAbort is the panic value StopRun uses; beego recovers it.
var ErrAbort = errors.New("user stop run")

func (c *Controller) Init(ctx *context.Context, controllerName, actionName string, app interface{}) {
	c.Ctx = ctx
	c.EnableRender = true
	c.EnableXSRF = true
}
func (c *Controller) Prepare()                                   {}
func (c *Controller) Finish()                                    {}
func (c *Controller) Get()                                       {}
func (c *Controller) Post()                                      {}
func (c *Controller) Delete()                                    {}
func (c *Controller) Put()                                       {}
func (c *Controller) Head()                                      {}
func (c *Controller) Patch()                                     {}
func (c *Controller) Options()                                   {}
func (c *Controller) Trace()                                     {}
func (c *Controller) HandlerFunc(fnname string) bool             { return false }
func (c *Controller) URLMapping()                                {}
func (c *Controller) Mapping(method string, fn func())           {}
func (c *Controller) Render() error                              { return nil }
func (c *Controller) Bind(obj interface{}) error                 { return nil }
func (c *Controller) BindJSON(obj interface{}) error             { return nil }
func (c *Controller) Redirect(url string, code int)              {}
func (c *Controller) Abort(code string)                          { panic(ErrAbort) }
func (c *Controller) CustomAbort(status int, body string)        { panic(ErrAbort) }
func (c *Controller) StopRun()                                   { panic(ErrAbort) }
func (c *Controller) ServeJSON(encoding ...bool) error           { return nil }
func (c *Controller) ServeXML() error                            { return nil }
func (c *Controller) Input() (url.Values, error)                 { return nil, nil }
func (c *Controller) ParseForm(obj interface{}) error            { return nil }
func (c *Controller) GetString(key string, def ...string) string { return "" }
func (c *Controller) GetInt(key string, def ...int) (int, error) { return 0, nil }
func (c *Controller) IsAjax() bool                               { return false }

// StartSession starts session and loads old session data info this controller.
func (c *Controller) StartSession() session.Store { return c.CruSession }

// SetSession puts value into session.
func (c *Controller) SetSession(name interface{}, value interface{}) error { return nil }

// GetSession gets value from session.
func (c *Controller) GetSession(name interface{}) interface{} { return nil }

// DelSession removes value from session.
func (c *Controller) DelSession(name interface{}) error { return nil }

// SessionRegenerateID regenerates session id for this session (session data
// is kept).
func (c *Controller) SessionRegenerateID() error { return nil }

// DestroySession cleans session data and session cookie.
func (c *Controller) DestroySession() error { return nil }

func (c *Controller) GetSecureCookie(Secret, key string) (string, bool) { return "", false }
func (c *Controller) SetSecureCookie(Secret, name, value string, others ...interface{}) {
}

// XSRFToken creates a CSRF token string and returns.
func (c *Controller) XSRFToken() string { return "" }

// CheckXSRFCookie checks xsrf token in this request is valid or not (always
// true when c.EnableXSRF is false).
func (c *Controller) CheckXSRFCookie() bool { return true }

// XSRFFormHTML writes an input field contains xsrf token value.
func (c *Controller) XSRFFormHTML() string { return "" }

// HandleFunc define how to process the request
type HandleFunc func(ctx *context.Context)

// FilterFunc defines a filter function which is invoked before the controller handler is executed.
type FilterFunc = HandleFunc

// FilterOpt configures a filter.
type FilterOpt func(opts *filterOpts)

type filterOpts struct{}

// MiddleWare function for http.Handler
type MiddleWare func(http.Handler) http.Handler

// HttpServer defines beego application with a new PatternServeMux.
type HttpServer struct {
	Cfg *Config
}

// BeeApp is the default HttpServer.
var BeeApp = &HttpServer{Cfg: BConfig}

func NewHttpSever() *HttpServer                    { return &HttpServer{Cfg: BConfig} }
func NewHttpServerWithCfg(cfg *Config) *HttpServer { return &HttpServer{Cfg: cfg} }

func (app *HttpServer) Run(addr string, mws ...MiddleWare) {}
func (app *HttpServer) Router(rootPath string, c ControllerInterface, mappingMethods ...string) *HttpServer {
	return app
}
func (app *HttpServer) Get(rootpath string, f HandleFunc) *HttpServer  { return app }
func (app *HttpServer) Post(rootpath string, f HandleFunc) *HttpServer { return app }
func (app *HttpServer) InsertFilter(pattern string, pos int, filter FilterFunc, opts ...FilterOpt) *HttpServer {
	return app
}

// Run beego application.
func Run(params ...string) {}

// Router adds a patterned controller handler to BeeApp.
func Router(rootpath string, c ControllerInterface, mappingMethods ...string) *HttpServer {
	return BeeApp
}
func Get(rootpath string, f HandleFunc) *HttpServer  { return BeeApp }
func Post(rootpath string, f HandleFunc) *HttpServer { return BeeApp }
func InsertFilter(pattern string, pos int, filter FilterFunc, opts ...FilterOpt) *HttpServer {
	return BeeApp
}
