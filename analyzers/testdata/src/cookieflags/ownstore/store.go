// Package ownstore implements a gorilla session store over a key-value
// cache: the Options its constructor fills in are the store's defaults,
// which the app sets when it uses the store.
package ownstore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type kvStore struct {
	Options *sessions.Options
	data    map[string][]byte
}

func newKVStore() *kvStore {
	return &kvStore{
		data: map[string][]byte{},
		Options: &sessions.Options{
			Path:   "/",
			MaxAge: 86400 * 30,
		},
	}
}

func (s *kvStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

func (s *kvStore) New(r *http.Request, name string) (*sessions.Session, error) {
	sess := sessions.NewSession(s, name)
	opts := *s.Options
	sess.Options = &opts
	return sess, nil
}

func (s *kvStore) Save(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	http.SetCookie(w, sessions.NewCookie(sess.Name(), sess.ID, sess.Options))
	return nil
}

// An app's own holder of options that is no store is judged as usual.
type settings struct {
	Cookie *sessions.Options
}

var appSettings = settings{
	Cookie: &sessions.Options{Path: "/", MaxAge: 3600}, // want `sent without Secure, HttpOnly and SameSite`
}
