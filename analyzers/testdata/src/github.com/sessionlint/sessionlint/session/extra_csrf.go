package session

import (
	"net/http"
	"time"
)

// Store keeps the session records (see /session/store.go).
type Store interface{}

// Options configure a Manager (subset of /session/manager.go: the cookie
// is SameSite=Lax unless SameSiteStrict or DangerouslySameSiteNone).
type Options struct {
	Store                   Store
	IdleTimeout             time.Duration
	AbsoluteTimeout         time.Duration
	CookieName              string
	SameSiteStrict          bool
	DangerouslyAllowHTTP    bool
	DangerouslySameSiteNone bool
}

// Manager issues, loads, renews and ends sessions.
type Manager struct{ opts Options }

// New checks the options and returns a Manager.
func New(opts Options) (*Manager, error) { return &Manager{opts: opts}, nil }

// Handler loads the request's session and saves changes.
func (m *Manager) Handler(next http.Handler) http.Handler { return next }
