// With a cookie store the session lives in the cookie: clearing it and
// saving the empty cookie is the logout it allows.
package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.New()
	r.Use(sessions.Sessions("session", cookie.NewStore([]byte(os.Getenv("SECRET")))))
	r.POST("/logout", func(c *gin.Context) {
		s := sessions.Default(c)
		s.Clear()
		s.Save()
	})
	r.POST("/signout", func(c *gin.Context) {
		s := sessions.Default(c)
		s.Delete("user") // want `logout removes the "user" key but leaves the session ID valid`
		s.Save()
	})
	r.Run()
}
