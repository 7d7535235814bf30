package ginfallback

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

// newStore uses Redis in production and a cookie store as a fallback: the
// production path has a server-side session ID.
func newStore() sessions.Store {
	if addr := os.Getenv("REDIS_ADDR"); addr != "" {
		s, _ := redis.NewStore(10, "tcp", addr, "", "", []byte(os.Getenv("SECRET")))
		return s
	}
	return cookie.NewStore([]byte(os.Getenv("SECRET")))
}

func setup() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("mysession", newStore()))
	r.POST("/login", login)
	return r
}

func checkPassword(u, p string) bool { return false }

func login(c *gin.Context) {
	if !checkPassword(c.PostForm("username"), c.PostForm("password")) {
		return
	}
	session := sessions.Default(c)
	session.Set("user_id", c.PostForm("username")) // want `identity written to the session without a new session ID`
	session.Save()
}
