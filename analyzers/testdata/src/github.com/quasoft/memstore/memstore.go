// Package memstore is a test stub of github.com/quasoft/memstore@v0.0.0-20191010062613-2bce066d2b0b for sessionlint's analyzer tests.
package memstore

import (
	"net/http"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// MemStore is an in-memory implementation of gorilla/sessions (server-side;
// the cookie holds the signed session ID).
type MemStore struct {
	Codecs  []securecookie.Codec
	Options *sessions.Options
}

// NewMemStore returns a new MemStore.
func NewMemStore(keyPairs ...[]byte) *MemStore {
	// real defaults (memstore.go:42): Options{Path:"/", MaxAge:86400*30}
	// (Secure=false, HttpOnly=false, SameSite unset).
	store := MemStore{
		Codecs: securecookie.CodecsFromPairs(keyPairs...),
		Options: &sessions.Options{
			Path:   "/",
			MaxAge: 86400 * 30,
		},
	}
	store.MaxAge(store.Options.MaxAge)
	return &store
}

func (m *MemStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(m, name)
}
func (m *MemStore) New(r *http.Request, name string) (*sessions.Session, error) {
	session := sessions.NewSession(m, name)
	opts := *m.Options
	session.Options = &opts
	session.IsNew = true
	return session, nil
}
func (m *MemStore) Save(r *http.Request, w http.ResponseWriter, s *sessions.Session) error {
	return nil
}
func (m *MemStore) MaxAge(age int) { m.Options.MaxAge = age }
