package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"

	"csrf/ginrouter/guard"
)

func main() {
	server := gin.New()
	store := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	server.Use(sessions.Sessions("session", store))
	guard.Setup(server)
	server.Run(":3000")
}
