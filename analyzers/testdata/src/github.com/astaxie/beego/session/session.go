// Package session is a test stub of github.com/astaxie/beego@v1.12.3/session.
package session

import "net/http"

// Store contains all data for one session process with specific id.
type Store interface {
	Set(key, value interface{}) error
	Get(key interface{}) interface{}
	Delete(key interface{}) error
	SessionID() string
	Flush() error
}

// ManagerConfig defines the session config.
type ManagerConfig struct {
	CookieName      string
	EnableSetCookie bool
	Gclifetime      int64
	Maxlifetime     int64
	DisableHTTPOnly bool
	Secure          bool
	CookieLifeTime  int
	CookieSameSite  http.SameSite
}

// Manager contains Provider and its configuration.
type Manager struct{}

// NewManager creates a manager with a provider name and a config.
func NewManager(provideName string, cf *ManagerConfig) (*Manager, error) { return &Manager{}, nil }
