// Package redistore is a test stub of github.com/boj/redistore@v1.4.1 for sessionlint's analyzer tests.
package redistore

import (
	"net/http"

	"github.com/gomodule/redigo/redis"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// SessionSerializer provides an interface hook for alternative serializers.
type SessionSerializer interface {
	Deserialize(d []byte, ss *sessions.Session) error
	Serialize(ss *sessions.Session) ([]byte, error)
}

// GobSerializer uses gob package to encode the session map.
type GobSerializer struct{}

func (s GobSerializer) Serialize(ss *sessions.Session) ([]byte, error)   { return nil, nil }
func (s GobSerializer) Deserialize(d []byte, ss *sessions.Session) error { return nil }

// JSONSerializer encodes the session map to JSON.
type JSONSerializer struct{}

func (s JSONSerializer) Serialize(ss *sessions.Session) ([]byte, error)   { return nil, nil }
func (s JSONSerializer) Deserialize(d []byte, ss *sessions.Session) error { return nil }

// RediStore stores sessions in a redis backend (server-side; the cookie holds
// the signed session ID).
type RediStore struct {
	Pool          *redis.Pool
	Codecs        []securecookie.Codec
	Options       *sessions.Options // default configuration
	DefaultMaxAge int               // default Redis TTL for a MaxAge == 0 session
	maxLength     int
	keyPrefix     string
	serializer    SessionSerializer
}

func (s *RediStore) SetMaxLength(l int)                 {}
func (s *RediStore) SetKeyPrefix(p string)              { s.keyPrefix = p }
func (s *RediStore) SetSerializer(ss SessionSerializer) { s.serializer = ss }
func (s *RediStore) SetMaxAge(v int)                    { s.Options.MaxAge = v }
func (s *RediStore) Close() error                       { return nil }

// NewRediStore returns a new RediStore. size: maximum number of idle
// connections.
func NewRediStore(size int, network, address, username, password string, keyPairs ...[]byte) (*RediStore, error) {
	return NewRediStoreWithPool(&redis.Pool{MaxIdle: size}, keyPairs...)
}

// NewRediStoreWithDB is like NewRediStore but selects a database.
func NewRediStoreWithDB(size int, network, address, username, password, DB string, keyPairs ...[]byte) (*RediStore, error) {
	return NewRediStoreWithPool(&redis.Pool{MaxIdle: size}, keyPairs...)
}

// NewRediStoreWithPool instantiates a RediStore with a *redis.Pool passed in.
func NewRediStoreWithPool(pool *redis.Pool, keyPairs ...[]byte) (*RediStore, error) {
	// real defaults in v1.4.1 (redistore.go:294): Options{Path:"/",
	// MaxAge:86400*30} (Secure=false, HttpOnly=false, SameSite unset),
	// DefaultMaxAge 20min, maxLength 4096, keyPrefix "session_".
	return &RediStore{
		Pool:   pool,
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		Options: &sessions.Options{
			Path:   "/",
			MaxAge: 86400 * 30,
		},
		DefaultMaxAge: 60 * 20,
		maxLength:     4096,
		keyPrefix:     "session_",
		serializer:    GobSerializer{},
	}, nil
}

// NewRediStoreWithURL instantiates a RediStore with a Redis URL.
func NewRediStoreWithURL(size int, url string, keyPairs ...[]byte) (*RediStore, error) {
	return NewRediStoreWithPool(&redis.Pool{MaxIdle: size}, keyPairs...)
}

func (s *RediStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}
func (s *RediStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(s, name)
	opts := *s.Options
	session.Options = &opts
	session.IsNew = true
	return session, nil
}

// Save adds a single session to the response. MaxAge <= 0 deletes it. A new
// ID is generated only when session.ID == "".
func (s *RediStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}

// Delete removes the session from redis, and sets the cookie to expire.
func (s *RediStore) Delete(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}
