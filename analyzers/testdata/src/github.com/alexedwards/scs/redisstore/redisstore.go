// Package redisstore is a test stub of github.com/alexedwards/scs/redisstore@v0.0.0-20251002162104-209de6e426de for sessionlint's analyzer tests.
package redisstore

import (
	"time"

	"github.com/gomodule/redigo/redis"
)

// RedisStore represents the session store (server-side).
type RedisStore struct {
	pool   *redis.Pool
	prefix string
}

// New returns a new RedisStore instance with key prefix "scs:session:".
func New(pool *redis.Pool) *RedisStore {
	return NewWithPrefix(pool, "scs:session:") // real default prefix
}

// NewWithPrefix returns a new RedisStore instance with the given key prefix.
func NewWithPrefix(pool *redis.Pool, prefix string) *RedisStore {
	return &RedisStore{pool: pool, prefix: prefix}
}

func (r *RedisStore) Find(token string) (b []byte, exists bool, err error)  { return nil, false, nil }
func (r *RedisStore) Commit(token string, b []byte, expiry time.Time) error { return nil }
func (r *RedisStore) Delete(token string) error                             { return nil }
func (r *RedisStore) All() (map[string][]byte, error)                       { return nil, nil }
