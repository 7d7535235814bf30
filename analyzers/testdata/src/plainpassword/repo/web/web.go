package web

import (
	"net/http"

	"plainpassword/repo/store"

	"github.com/sessionlint/sessionlint/session/password"
)

type Server struct{ users *store.Users }

func (s *Server) signup(w http.ResponseWriter, r *http.Request) {
	s.users.Insert(r.Context(), store.NewUser{Email: r.FormValue("email"), Password: r.FormValue("password")}) // want `password written to the database in plaintext via Insert`
}

func (s *Server) signupHashed(w http.ResponseWriter, r *http.Request) {
	h, err := password.Hash(r.FormValue("password"))
	if err != nil {
		return
	}
	s.users.Insert(r.Context(), store.NewUser{Email: r.FormValue("email"), Password: h})
}
