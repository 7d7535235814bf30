package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"

	"csrf/ginrouter/router"
)

func main() {
	server := gin.New()
	store := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	server.Use(sessions.Sessions("session", store)) // want `app uses cookie sessions and registers DELETE /api/user/:id without CSRF protection`
	router.SetRouter(server)
	server.Run(":3000")
}
