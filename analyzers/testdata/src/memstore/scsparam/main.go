package main

import (
	"net/http"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gomodule/redigo/redis"
)

func configure(sm *scs.SessionManager, pool *redis.Pool) {
	sm.Store = redisstore.New(pool)
}

func main() {
	sm := scs.New()
	configure(sm, &redis.Pool{})
	http.ListenAndServe(":4000", sm.LoadAndSave(http.NewServeMux()))
}
