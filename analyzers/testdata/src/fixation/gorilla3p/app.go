package gorilla3p

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"

	"fixation/gorilla3p/redisstore"
)

type server struct {
	store sessions.Store
}

func newServer() (*server, error) {
	st, err := redisstore.NewRediStore(10, "tcp", ":6379", "", []byte(os.Getenv("KEY")))
	if err != nil {
		return nil, err
	}
	return &server{store: st}, nil
}

type credentialChecker interface{ VerifyCredentials(user, pass string) bool }

var checker credentialChecker

func (s *server) handleLogin(w http.ResponseWriter, r *http.Request) {
	sess, err := s.store.Get(r, "sid")
	if err != nil {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	if !checker.VerifyCredentials(r.FormValue("user"), r.FormValue("password")) {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sess.Values["username"] = r.FormValue("user") // want `identity written to the session without a new session ID`
	_ = sess.Save(r, w)
}
