package gincookie

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func setup() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("mysession", cookie.NewStore([]byte(os.Getenv("SECRET")))))
	r.POST("/login", func(c *gin.Context) {
		session := sessions.Default(c)
		session.Set("user", c.PostForm("username"))
		session.Save()
	})
	return r
}
