// Package simplesessions is a test stub of
// github.com/zerodha/simplesessions/v3@v3.0.0 (manager.go): IsSecure and
// IsHTTPOnly default to false, SameSite to unset.
package simplesessions

import (
	"net/http"
	"time"
)

// Options are the manager's options.
type Options struct {
	EnableAutoCreate bool
	SessionIDLength  int
	Cookie           CookieOptions
}

// CookieOptions are the session cookie's attributes.
type CookieOptions struct {
	Name       string
	Domain     string
	Path       string
	IsSecure   bool
	IsHTTPOnly bool
	SameSite   http.SameSite
	Expires    time.Time
	MaxAge     time.Duration
}

// Manager handles the storage and management of sessions.
type Manager struct{ opts Options }

// New creates a session manager.
func New(opts Options) *Manager { return &Manager{opts: opts} }
