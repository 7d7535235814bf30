package scstestfile

import (
	"github.com/alexedwards/scs/redisstore"
	"github.com/alexedwards/scs/v2"
	"github.com/gomodule/redigo/redis"
)

// Manager is the production manager.
func Manager(pool *redis.Pool) *scs.SessionManager {
	sm := scs.New()
	sm.Store = redisstore.New(pool)
	return sm
}
