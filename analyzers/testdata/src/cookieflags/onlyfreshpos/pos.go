package onlyfreshpos

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

// The store's defaults never reach a cookie: every session saved here is
// made by NewSession, and judged there.
type users struct{ store *sessions.CookieStore }

func newUsers() *users {
	return &users{store: sessions.NewCookieStore([]byte(os.Getenv("SECRET")))} // want `the session cookie of this CookieStore .* is sent without HttpOnly`
}

func (u *users) login(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(u.store, "user") // want `the cookie of a session made by sessions.NewSession`
	s.Options.MaxAge = 3600
	s.Values["user"] = "alice"
	_ = u.store.Save(r, w, s)
}

func (u *users) current(r *http.Request) string {
	s, _ := u.store.Get(r, "user")
	name, _ := s.Values["user"].(string)
	return name
}

// A session from the store is saved too: the store's defaults apply.
func (u *users) touch(w http.ResponseWriter, r *http.Request) {
	s, _ := u.store.Get(r, "user")
	_ = s.Save(r, w)
}
