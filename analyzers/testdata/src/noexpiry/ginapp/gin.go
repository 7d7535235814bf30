package ginapp

import (
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func login(c *gin.Context, token string) {
	c.SetCookie("token", token, 3600*24*365, "/", "", true, true) // want `session cookie "token" lives for 365 days`
	c.SetCookie("theme", "dark", 3600*24*365, "/", "", false, false)
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: 86400 * 45, HttpOnly: true}) // want `gin-contrib/sessions MaxAge lets the session live for 45 days`
}

func persistentLogin(c *gin.Context, token string) {
	c.SetCookie("token", token, 3600*24*365, "/", "", true, true)
}

func loginDurations(c *gin.Context) {
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: int((90 * 24 * time.Hour).Seconds()), HttpOnly: true}) // want `gin-contrib/sessions MaxAge lets the session live for 90 days`
	s.Options(sessions.Options{MaxAge: int((8 * time.Hour).Seconds()), HttpOnly: true})
}
