package main

import (
	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gomodule/redigo/redis"
)

// baseManager returns a manager whose caller picks the store.
func baseManager() *scs.SessionManager {
	return scs.New()
}

func adminSessions(pool *redis.Pool) *scs.SessionManager {
	m := baseManager()
	m.Store = redisstore.New(pool)
	return m
}
