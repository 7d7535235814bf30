// Package redisstore is a third-party gorilla store keeping sessions in Redis.
package redisstore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type RediStore struct{}

func NewRediStore(size int, network, address, password string, keyPairs ...[]byte) (*RediStore, error) {
	return &RediStore{}, nil
}

func (s *RediStore) Get(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }
func (s *RediStore) New(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }
func (s *RediStore) Save(r *http.Request, w http.ResponseWriter, ss *sessions.Session) error {
	return nil
}
