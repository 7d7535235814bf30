// The session reaches the login handler through the request context; the
// controller's field says which store made it.
package gorillactx

import (
	"context"
	"net/http"

	"github.com/gorilla/sessions"

	"fixation/gorilla3p/redisstore"
)

type ctxKey int

const ctxSession ctxKey = 0

type Controller struct {
	sessDB *redisstore.RediStore
}

func (c *Controller) withSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, _ := c.sessDB.Get(r, "gonic")
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxSession, s)))
	})
}

func (c *Controller) ServeLoginDo(w http.ResponseWriter, r *http.Request) {
	session := r.Context().Value(ctxSession).(*sessions.Session)
	if r.FormValue("password") != "secret" {
		return
	}
	session.Values["user"] = 1 // want `identity written to the session without a new session ID`
	session.Save(r, w)
}
