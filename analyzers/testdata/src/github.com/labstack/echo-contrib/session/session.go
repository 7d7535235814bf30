// Package session is a test stub of github.com/labstack/echo-contrib@v0.50.1 (session) for sessionlint's analyzer tests.
package session

import (
	"fmt"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Config defines the config for Session middleware.
type Config struct {
	// Skipper defines a function to skip middleware.
	Skipper middleware.Skipper
	// Session store. Required.
	Store sessions.Store
}

const key = "_session_store"

// DefaultConfig is the default Session middleware config.
var DefaultConfig = Config{
	Skipper: middleware.DefaultSkipper,
}

// Get returns a named session (gorilla *sessions.Session; cookie attributes
// come from the store's Options, e.g. sessions.NewCookieStore defaults).
func Get(name string, c echo.Context) (*sessions.Session, error) {
	s := c.Get(key)
	if s == nil {
		return nil, fmt.Errorf("%q session store not found", key)
	}
	return s.(sessions.Store).Get(c.Request(), name)
}

// Middleware returns a Session middleware.
func Middleware(store sessions.Store) echo.MiddlewareFunc {
	c := DefaultConfig
	c.Store = store
	return MiddlewareWithConfig(c)
}

// MiddlewareWithConfig returns a Sessions middleware with config.
func MiddlewareWithConfig(config Config) echo.MiddlewareFunc {
	if config.Store == nil {
		panic("echo: session middleware requires store")
	}
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			c.Set(key, config.Store)
			return next(c)
		}
	}
}
