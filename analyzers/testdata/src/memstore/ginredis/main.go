package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
)

func newStore() sessions.Store {
	if os.Getenv("GIN_MODE") == "debug" {
		return memstore.NewStore([]byte("dev"))
	}
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte(os.Getenv("SECRET")))
	return store
}

func main() {
	r := gin.Default()
	r.Use(sessions.Sessions("mysession", newStore()))
	r.Run()
}
