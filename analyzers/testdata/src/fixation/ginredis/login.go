package ginredis

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func setup() *gin.Engine {
	r := gin.Default()
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte(os.Getenv("SECRET")))
	r.Use(sessions.Sessions("mysession", store))
	r.POST("/login", login)
	r.POST("/prefs", prefs)
	return r
}

func verifyPassword(u, p string) bool { return false }

func login(c *gin.Context) {
	session := sessions.Default(c)
	if !verifyPassword(c.PostForm("username"), c.PostForm("password")) {
		return
	}
	session.Set("user", c.PostForm("username")) // want `identity written to the session without a new session ID, so an attacker who planted the ID before login inherits the account; gin-contrib/sessions cannot rotate a server-side session ID, so use a library that can \(session.Login\)`
	session.Save()
}

func prefs(c *gin.Context) {
	session := sessions.Default(c)
	session.Set("theme", c.PostForm("theme"))
	session.Save()
}
