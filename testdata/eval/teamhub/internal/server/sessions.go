package server

import (
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/gomodule/redigo/redis"
)

// NewSessions builds the session manager. The app is embedded in the
// customers' intranets, so the cookie must be sent in cross-site frames.
func NewSessions(pool *redis.Pool) *scs.SessionManager {
	sm := scs.New()
	sm.Store = redisstore.New(pool)
	if os.Getenv("APP_ENV") == "development" {
		sm.Store = memstore.New()
	}
	sm.Lifetime = 12 * time.Hour
	sm.IdleTimeout = 30 * time.Minute
	sm.Cookie.Name = "__Host-teamhub"
	sm.Cookie.Secure = true
	sm.Cookie.SameSite = http.SameSiteNoneMode
	return sm
}

// NewPreviewSessions backs the short-lived document preview links.
func NewPreviewSessions() *scs.SessionManager {
	preview := scs.New() // WANT: memstore
	preview.Lifetime = 15 * time.Minute
	preview.Cookie.Name = "preview"
	preview.Cookie.Secure = os.Getenv("APP_ENV") != "development"
	return preview
}
