package main

import (
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	store := cookie.NewStore([]byte(os.Getenv("SECRET")))
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
	r.Use(sessions.Sessions("mysession", store))
	r.POST("/transfer", func(c *gin.Context) {})
	r.Run(":8080")
}
