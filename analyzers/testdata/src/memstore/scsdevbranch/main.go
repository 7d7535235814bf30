package main

import (
	"net/http"

	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/gomodule/redigo/redis"
)

type config struct{ Env string }

func main() {
	cfg := config{Env: "production"}
	sm := scs.New()
	if cfg.Env == "development" {
		sm.Store = memstore.New()
	} else {
		sm.Store = redisstore.New(&redis.Pool{})
	}
	http.ListenAndServe(":4000", sm.LoadAndSave(http.NewServeMux()))
}
