package gin

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	store := cookie.NewStore([]byte("secret")) // want `session store key is a literal`
	r.Use(sessions.Sessions("mysession", store))

	rs, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "redis-password", []byte("redis-secret")) // want `session store key is a literal`
	r.Use(sessions.Sessions("s2", rs))

	good := cookie.NewStore([]byte(os.Getenv("SESSION_SECRET")))
	r.Use(sessions.Sessions("s3", good))

	// The Redis password is a credential, but not a session key: not this rule.
	rs2, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "redis-password", []byte(os.Getenv("K")))
	r.Use(sessions.Sessions("s4", rs2))
}
