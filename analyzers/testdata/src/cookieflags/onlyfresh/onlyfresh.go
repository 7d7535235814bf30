package onlyfresh

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// The store's defaults never reach a cookie: every session saved here is
// made by NewSession, and judged there.
type Users struct {
	Lookup  map[string]string
	timeout int
	store   *sessions.CookieStore
}

func New(secret []byte, timeout int) (*Users, error) {
	u := &Users{
		Lookup:  map[string]string{},
		timeout: timeout,
		store:   sessions.NewCookieStore(secret),
	}
	return u, nil
}

func (u *Users) Login(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(u.store, "user") // want `the cookie of a session made by sessions.NewSession`
	s.IsNew = true
	s.Options.MaxAge = u.timeout
	s.Values["user"] = "alice"
	_ = u.store.Save(r, w, s)
}

func (u *Users) Current(r *http.Request) string {
	s, _ := u.store.Get(r, "user")
	name, _ := s.Values["user"].(string)
	return name
}
