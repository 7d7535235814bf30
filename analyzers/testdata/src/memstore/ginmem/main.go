package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	store := memstore.NewStore([]byte(os.Getenv("SECRET"))) // want `gin-contrib/sessions memstore keeps sessions in process memory, so they are lost on restart, not shared between instances, and grow with every visitor; use the redis, postgres or cookie store`
	r.Use(sessions.Sessions("mysession", store))
	r.Run()
}
