package main

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gomodule/redigo/redis"
)

func main() {
	pool := &redis.Pool{MaxIdle: 10}
	sm := scs.New()
	sm.Store = redisstore.New(pool)
	sm.Lifetime = 12 * time.Hour
	http.ListenAndServe(":4000", sm.LoadAndSave(http.NewServeMux()))
}
