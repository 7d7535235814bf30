// Package beego is a test stub of github.com/astaxie/beego@v1.12.3 (beego v1,
// the same API as v2's server/web) for sessionlint's analyzer tests.
package beego

import (
	"net/http"

	"github.com/astaxie/beego/context"
	"github.com/astaxie/beego/session"
)

// Config is the main struct for BConfig (subset).
type Config struct {
	AppName   string
	RunMode   string
	Listen    Listen
	WebConfig WebConfig
}

// Listen holds for http and https related config (subset).
type Listen struct {
	EnableHTTP  bool
	EnableHTTPS bool // also the session cookie's Secure (hooks.go registerSession)
	HTTPPort    int
}

// WebConfig holds web related config (subset).
type WebConfig struct {
	EnableXSRF bool
	XSRFKey    string
	XSRFExpire int
	Session    SessionConfig
}

// SessionConfig holds session related config.
type SessionConfig struct {
	SessionOn                  bool
	SessionProvider            string
	SessionName                string
	SessionGCMaxLifetime       int64
	SessionProviderConfig      string
	SessionCookieLifeTime      int
	SessionAutoSetCookie       bool
	SessionDisableHTTPOnly     bool
	SessionEnableSidInURLQuery bool
	SessionCookieSameSite      http.SameSite
}

// BConfig is the default config: real defaults in v1.12.3 (config.go
// newBConfig): sessions off, provider "memory", GC lifetime 3600, XSRF off
// with key "beegoxsrf", HTTPS off, SameSite default (unset).
var BConfig = &Config{
	Listen: Listen{EnableHTTP: true, HTTPPort: 8080},
	WebConfig: WebConfig{XSRFKey: "beegoxsrf", Session: SessionConfig{
		SessionProvider: "memory", SessionName: "beegosessionID", SessionGCMaxLifetime: 3600,
		SessionAutoSetCookie: true, SessionCookieSameSite: http.SameSiteDefaultMode}},
}

// AppConfig is the application's configuration (conf/app.conf).
var AppConfig = &beegoAppConfig{}

type beegoAppConfig struct{}

func (b *beegoAppConfig) String(key string) string                           { return "" }
func (b *beegoAppConfig) DefaultString(key string, defaultVal string) string { return defaultVal }
func (b *beegoAppConfig) DefaultInt(key string, defaultVal int) int          { return defaultVal }
func (b *beegoAppConfig) DefaultBool(key string, defaultVal bool) bool       { return defaultVal }

// ControllerInterface is an interface to uniform all controller handler.
type ControllerInterface interface {
	Prepare()
}

// Controller defines some basic http request handler operations.
type Controller struct {
	Ctx        *context.Context
	Data       map[interface{}]interface{}
	CruSession session.Store
}

func (c *Controller) Prepare()                                       {}
func (c *Controller) GetString(key string, def ...string) string     { return "" }
func (c *Controller) Redirect(url string, code int)                  {}
func (c *Controller) ServeJSON(encoding ...bool)                     {}
func (c *Controller) SetSession(name interface{}, value interface{}) {}
func (c *Controller) GetSession(name interface{}) interface{}        { return nil }
func (c *Controller) DelSession(name interface{})                    {}
func (c *Controller) SessionRegenerateID()                           {}
func (c *Controller) DestroySession()                                {}

// SetSecureCookie puts a value signed with Secret into a cookie; others:
// maxAge, path, domain, secure, httpOnly (context.go Cookie).
func (c *Controller) SetSecureCookie(Secret, name, value string, others ...interface{}) {}
func (c *Controller) GetSecureCookie(Secret, key string) (string, bool)                 { return "", false }

// Run starts the app; it reads conf/app.conf.
func Run(params ...string) {}

// Router adds a patterned controller handler to BeeApp.
func Router(rootpath string, c ControllerInterface, mappingMethods ...string) {}
