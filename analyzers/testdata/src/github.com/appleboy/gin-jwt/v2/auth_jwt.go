// Package jwt is a test stub of github.com/appleboy/gin-jwt/v2@v2.10.3.
package jwt

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// GinJWTMiddleware provides a JSON Web Token authentication implementation
// (subset). MiddlewareInit defaults: TokenLookup "header:Authorization",
// Timeout one hour, CookieMaxAge = Timeout; SecureCookie, CookieHTTPOnly
// false and CookieSameSite unset unless set.
type GinJWTMiddleware struct {
	Realm            string
	SigningAlgorithm string
	Key              []byte
	Timeout          time.Duration
	MaxRefresh       time.Duration
	TokenLookup      string
	TokenHeadName    string
	SendCookie       bool
	CookieMaxAge     time.Duration
	SecureCookie     bool
	CookieHTTPOnly   bool
	CookieDomain     string
	CookieName       string
	CookieSameSite   http.SameSite
	Authenticator    func(c *gin.Context) (interface{}, error)
}

// New checks the settings and returns the middleware.
func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { return m, nil }

// MiddlewareFunc makes GinJWTMiddleware implement the Middleware interface.
func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { return nil }

// LoginHandler can be used by clients to get a jwt token.
func (mw *GinJWTMiddleware) LoginHandler(c *gin.Context) {}
