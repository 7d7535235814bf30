package server

import (
	"math/rand"
	"net/http"
	"net/url"
	"os"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"
)

type Server struct {
	Sessions *scs.SessionManager
	Preview  *scs.SessionManager
	Hashes   map[string][]byte
	Mirrors  []string
}

func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /admin/impersonate", s.impersonate)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("POST /sudo", s.sudo)
	mux.HandleFunc("GET /share", s.share)
	mux.HandleFunc("GET /download", s.download)
	mux.HandleFunc("DELETE /documents/{id}", s.deleteDocument)
	return s.Sessions.LoadAndSave(mux)
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	hash, ok := s.Hashes[user]
	if !ok || bcrypt.CompareHashAndPassword(hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := s.Sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	s.Sessions.Put(r.Context(), "userID", user)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Server) impersonate(w http.ResponseWriter, r *http.Request) {
	if s.Sessions.GetString(r.Context(), "role") != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	s.Sessions.Put(r.Context(), "userID", r.FormValue("target"))
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	s.Sessions.Remove(r.Context(), "userID") // WANT: logout
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// sudo re-asks for the password before dangerous operations.
func (s *Server) sudo(w http.ResponseWriter, r *http.Request) {
	pw := r.FormValue("password")
	user := s.Sessions.GetString(r.Context(), "userID")
	if bcrypt.CompareHashAndPassword(s.Hashes[user], []byte(pw)) != nil {
		http.Error(w, "invalid password", http.StatusUnauthorized)
		return
	}
	s.Sessions.Put(r.Context(), "sudo_password", pw) // WANT: sensitivedata
	s.Sessions.Put(r.Context(), "sudo_until", 300)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) share(w http.ResponseWriter, r *http.Request) {
	tok := s.Sessions.Token(r.Context())
	http.Redirect(w, r, "/viewer?sid="+url.QueryEscape(tok), http.StatusFound) // WANT: sessioninurl
}

// download picks a random mirror for load balancing.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	mirror := s.Mirrors[rand.Intn(len(s.Mirrors))]
	http.Redirect(w, r, mirror+"/"+url.PathEscape(r.URL.Query().Get("file")), http.StatusFound)
}

func (s *Server) deleteDocument(w http.ResponseWriter, r *http.Request) {
	if os.Getenv("READ_ONLY") == "1" {
		http.Error(w, "read only", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
