// Package router builds the app's server-side session store; the login
// handlers live in a package that does not import this one.
package router

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"

	"fixation/ginmodule/auth"
)

func New() *gin.Engine {
	r := gin.New()
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("k"))
	r.Use(sessions.Sessions("sid", store))
	r.POST("/login", auth.Login)
	return r
}
