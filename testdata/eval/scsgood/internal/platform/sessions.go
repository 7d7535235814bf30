// Package platform wires shared infrastructure.
package platform

import (
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/gomodule/redigo/redis"
)

// Config is read from the environment at start-up.
type Config struct {
	Env          string
	RedisAddr    string
	SecureCookie bool
}

// NewSessions returns the session manager for cfg.
func NewSessions(cfg Config) *scs.SessionManager {
	sm := scs.New()
	sm.Lifetime = 24 * time.Hour
	sm.IdleTimeout = 20 * time.Minute
	sm.Cookie.Secure = cfg.SecureCookie
	sm.Cookie.SameSite = http.SameSiteStrictMode
	if cfg.Env == "development" {
		sm.Store = memstore.New()
	} else {
		pool := &redis.Pool{MaxIdle: 10, Dial: func() (redis.Conn, error) { return redis.Dial("tcp", cfg.RedisAddr) }}
		sm.Store = redisstore.New(pool)
	}
	return sm
}

// FromEnv reads Config.
func FromEnv() Config {
	return Config{Env: os.Getenv("APP_ENV"), RedisAddr: os.Getenv("REDIS_ADDR"), SecureCookie: os.Getenv("APP_ENV") != "development"}
}

// StartAuthenticatedSession renews the session token and records the user.
func StartAuthenticatedSession(sm *scs.SessionManager, r *http.Request, userID int) error {
	if err := sm.RenewToken(r.Context()); err != nil {
		return err
	}
	sm.Put(r.Context(), "authenticatedUserID", userID)
	return nil
}
