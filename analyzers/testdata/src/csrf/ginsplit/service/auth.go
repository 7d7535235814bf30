package service // want package:`keepsSessions\(gin\)`

import (
	"log"

	"github.com/gin-gonic/gin"
)

// Config names the session cookie: its field says what the cookie is.
type Config struct {
	SessionCookieName string
	SecureCookie      bool
}

type Auth struct{ cfg Config }

// CreateSession writes the session cookie (no SameSite: gin emits none
// unless c.SetSameSite is called).
func (a *Auth) CreateSession(c *gin.Context, id string) {
	c.SetCookie(a.cfg.SessionCookieName, id, 3600, "/", "", a.cfg.SecureCookie, true)
}

// DeleteSession deletes it: a deletion is no session.
func (a *Auth) DeleteSession(c *gin.Context) {
	c.SetCookie(a.cfg.SessionCookieName, "", -1, "/", "", a.cfg.SecureCookie, true)
}

// CheckState compares an OAuth state; the log line names CSRF but defends
// no form post.
func (a *Auth) CheckState(got, want string) bool {
	if got != want {
		log.Println("CSRF token mismatch")
		return false
	}
	return true
}
