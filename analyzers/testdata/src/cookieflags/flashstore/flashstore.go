// Package flashstore keeps flash messages, not sessions, in its cookie
// store: nothing in that cookie is worth stealing.
package flashstore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type Flashes struct{ store *sessions.CookieStore }

func New(key string) Flashes {
	return Flashes{sessions.NewCookieStore([]byte(key))}
}

func (f Flashes) Add(w http.ResponseWriter, r *http.Request, msg string) error {
	s, err := f.store.Get(r, "flashMsg")
	if err != nil {
		return err
	}
	s.AddFlash(msg)
	return s.Save(r, w)
}
