package ginredis

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte(os.Getenv("SECRET"))) // want `gin-contrib/sessions redis store \(redistore defaults\) is sent without Secure, HttpOnly and SameSite`
	r.Use(sessions.Sessions("mysession", store))
}

func setupCookie(r *gin.Engine) {
	r.Use(sessions.Sessions("s", cookie.NewStore([]byte(os.Getenv("SECRET"))))) // want `gin-contrib/sessions cookie store \(gorilla/sessions v1.3.0\+ defaults\) is sent without HttpOnly`
}
