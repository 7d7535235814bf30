// Package session is a test stub of github.com/beego/beego/v2@v2.3.8 (server/web/session) for sessionlint's analyzer tests.
package session

import (
	"context"
	"fmt"
	"net/http"
)

// Store contains all data for one session process with specific id.
type Store interface {
	Set(ctx context.Context, key, value interface{}) error
	Get(ctx context.Context, key interface{}) interface{}
	Delete(ctx context.Context, key interface{}) error
	SessionID(ctx context.Context) string
	SessionReleaseIfPresent(ctx context.Context, w http.ResponseWriter)
	SessionRelease(ctx context.Context, w http.ResponseWriter)
	Flush(ctx context.Context) error
}

// Provider contains global session methods and saved SessionStores.
type Provider interface {
	SessionInit(ctx context.Context, gclifetime int64, config string) error
	SessionRead(ctx context.Context, sid string) (Store, error)
	SessionExist(ctx context.Context, sid string) (bool, error)
	SessionRegenerate(ctx context.Context, oldsid, sid string) (Store, error)
	SessionDestroy(ctx context.Context, sid string) error
	SessionAll(ctx context.Context) int
	SessionGC(ctx context.Context)
}

// ProviderType is the session provider name.
type ProviderType string

const (
	ProviderCookie        ProviderType = `cookie`
	ProviderFile          ProviderType = `file`
	ProviderMemory        ProviderType = `memory`
	ProviderCouchbase     ProviderType = `couchbase`
	ProviderLedis         ProviderType = `ledis`
	ProviderMemcache      ProviderType = `memcache`
	ProviderMysql         ProviderType = `mysql`
	ProviderPostgresql    ProviderType = `postgresql`
	ProviderRedis         ProviderType = `redis`
	ProviderRedisCluster  ProviderType = `redis_cluster`
	ProviderRedisSentinel ProviderType = `redis_sentinel`
	ProviderSsdb          ProviderType = `ssdb`
)

var provides = make(map[string]Provider)

// Register makes a session provide available by the provided name.
func Register(name string, provide Provider) { provides[name] = provide }

// GetProvider returns a registered provider.
func GetProvider(name string) (Provider, error) {
	p, ok := provides[name]
	if !ok {
		return nil, fmt.Errorf("session: unknown provide %q (forgotten import?)", name)
	}
	return p, nil
}

// ManagerConfig define the session config.
type ManagerConfig struct {
	EnableSetCookie         bool          `json:"enableSetCookie,omitempty"`
	DisableHTTPOnly         bool          `json:"disableHTTPOnly"`
	Secure                  bool          `json:"secure"`
	EnableSidInHTTPHeader   bool          `json:"EnableSidInHTTPHeader"`
	EnableSidInURLQuery     bool          `json:"EnableSidInURLQuery"`
	CookieName              string        `json:"cookieName"`
	Gclifetime              int64         `json:"gclifetime"`
	Maxlifetime             int64         `json:"maxLifetime"`
	CookieLifeTime          int           `json:"cookieLifeTime"`
	ProviderConfig          string        `json:"providerConfig"`
	Domain                  string        `json:"domain"`
	SessionIDLength         int64         `json:"sessionIDLength"`
	SessionNameInHTTPHeader string        `json:"SessionNameInHTTPHeader"`
	SessionIDPrefix         string        `json:"sessionIDPrefix"`
	CookieSameSite          http.SameSite `json:"cookieSameSite"`
}

// ManagerConfigOpt configures a ManagerConfig.
type ManagerConfigOpt func(config *ManagerConfig)

// NewManagerConfig creates a ManagerConfig from options.
func NewManagerConfig(opts ...ManagerConfigOpt) *ManagerConfig {
	c := &ManagerConfig{}
	for _, o := range opts {
		o(c)
	}
	return c
}

func CfgCookieName(cookieName string) ManagerConfigOpt {
	return func(c *ManagerConfig) { c.CookieName = cookieName }
}
func CfgSetCookie(enable bool) ManagerConfigOpt {
	return func(c *ManagerConfig) { c.EnableSetCookie = enable }
}
func CfgGcLifeTime(lifeTime int64) ManagerConfigOpt {
	return func(c *ManagerConfig) { c.Gclifetime = lifeTime }
}
func CfgMaxLifeTime(lifeTime int64) ManagerConfigOpt {
	return func(c *ManagerConfig) { c.Maxlifetime = lifeTime }
}
func CfgSecure(secure bool) ManagerConfigOpt { return func(c *ManagerConfig) { c.Secure = secure } }
func CfgHTTPOnly(HTTPOnly bool) ManagerConfigOpt {
	return func(c *ManagerConfig) { c.DisableHTTPOnly = !HTTPOnly }
}
func CfgSameSite(sameSite http.SameSite) ManagerConfigOpt {
	return func(c *ManagerConfig) { c.CookieSameSite = sameSite }
}
func CfgEnableSidInURLQuery(enable bool) ManagerConfigOpt {
	return func(c *ManagerConfig) { c.EnableSidInURLQuery = enable }
}
func CfgSessionIdLength(length int64) ManagerConfigOpt {
	return func(c *ManagerConfig) { c.SessionIDLength = length }
}

// Manager contains Provider and its configuration.
type Manager struct {
	provider Provider
	config   *ManagerConfig
}

// NewManager creates a new Manager. Maxlifetime defaults to Gclifetime;
// SessionIDLength defaults to 16 bytes (32 hex chars, crypto/rand).
func NewManager(provideName string, cf *ManagerConfig) (*Manager, error) {
	provider, ok := provides[provideName]
	if !ok {
		return nil, fmt.Errorf("session: unknown provide %q (forgotten import?)", provideName)
	}
	if cf.Maxlifetime == 0 {
		cf.Maxlifetime = cf.Gclifetime // real default
	}
	if cf.SessionIDLength == 0 {
		cf.SessionIDLength = 16 // real default
	}
	return &Manager{provider, cf}, nil
}

func (manager *Manager) GetProvider() Provider { return manager.provider }

// SessionStart generates or reads the session id from the request (cookie,
// then URL query if EnableSidInURLQuery, then header if
// EnableSidInHTTPHeader). Unknown IDs are replaced by a new one. The cookie
// gets Path "/", HttpOnly = !DisableHTTPOnly, Secure = Secure && request is TLS.
func (manager *Manager) SessionStart(w http.ResponseWriter, r *http.Request) (session Store, err error) {
	return nil, nil
}

// SessionDestroy destroys the session by its id in the cookie.
func (manager *Manager) SessionDestroy(w http.ResponseWriter, r *http.Request) {}

// GetSessionStore gets a SessionStore by its id.
func (manager *Manager) GetSessionStore(sid string) (sessions Store, err error) { return nil, nil }

// GC starts session gc process.
func (manager *Manager) GC() {}

// SessionRegenerateID regenerates a session id for this SessionStore.
func (manager *Manager) SessionRegenerateID(w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}

// GetActiveSession gets all active sessions count number.
func (manager *Manager) GetActiveSession() int { return 0 }

// SetSecure sets cookie with https.
func (manager *Manager) SetSecure(secure bool) { manager.config.Secure = secure }
