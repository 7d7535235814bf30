package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	store := cookie.NewStore([]byte(os.Getenv("SECRET")))
	r.Use(sessions.Sessions("mysession", store)) // want `app uses cookie sessions and registers POST /account/transfer, PUT /account/email without CSRF protection, so other sites can submit them as the user; add a CSRF middleware \(such as github.com/utrack/gin-csrf\) or set the session cookie's SameSite to Lax`
	r.GET("/", func(c *gin.Context) {})
	r.POST("/login", login)
	account := r.Group("/account")
	account.POST("/transfer", func(c *gin.Context) {})
	account.PUT("/email", func(c *gin.Context) {})
	r.Run(":8080")
}

func login(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("userID", c.PostForm("user"))
	s.Save()
}
