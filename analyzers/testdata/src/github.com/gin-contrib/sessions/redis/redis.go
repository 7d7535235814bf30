// Package redis is a test stub of github.com/gin-contrib/sessions@v1.0.4 (redis) for sessionlint's analyzer tests.
package redis

import (
	"errors"

	"github.com/boj/redistore"
	"github.com/gin-contrib/sessions"
	"github.com/gomodule/redigo/redis"
)

// Store is a redis-backed (server-side) session store.
type Store interface {
	sessions.Store
}

// NewStore wraps boj/redistore.NewRediStore: defaults Path "/", MaxAge 30d,
// Secure false, HttpOnly false, SameSite unset.
// size: maximum number of idle connections.
func NewStore(size int, network, address, username, password string, keyPairs ...[]byte) (Store, error) {
	s, err := redistore.NewRediStore(size, network, address, username, password, keyPairs...)
	if err != nil {
		return nil, err
	}
	return &store{s}, nil
}

// NewStoreWithDB is like NewStore but selects a database.
func NewStoreWithDB(size int, network, address, username, password, db string, keyPairs ...[]byte) (Store, error) {
	s, err := redistore.NewRediStoreWithDB(size, network, address, username, password, db, keyPairs...)
	if err != nil {
		return nil, err
	}
	return &store{s}, nil
}

// NewStoreWithPool instantiates a RediStore with a *redis.Pool passed in.
func NewStoreWithPool(pool *redis.Pool, keyPairs ...[]byte) (Store, error) {
	s, err := redistore.NewRediStoreWithPool(pool, keyPairs...)
	if err != nil {
		return nil, err
	}
	return &store{s}, nil
}

type store struct {
	*redistore.RediStore
}

// GetRedisStore get the actual woking store.
func GetRedisStore(s Store) (rediStore *redistore.RediStore, err error) {
	realStore, ok := s.(*store)
	if !ok {
		return nil, errors.New("unable to get the redis store: Store isn't *store")
	}
	return realStore.RediStore, nil
}

// SetKeyPrefix sets the key prefix in the redis database.
func SetKeyPrefix(s Store, prefix string) error {
	rs, err := GetRedisStore(s)
	if err != nil {
		return err
	}
	rs.SetKeyPrefix(prefix)
	return nil
}

func (c *store) Options(options sessions.Options) {
	c.RediStore.Options = options.ToGorillaOptions()
}
