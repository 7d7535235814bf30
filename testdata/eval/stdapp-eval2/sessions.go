package main

import (
	"fmt"
	"math/rand"
	"net/http"
	"sync"
	"time"
)

const sessionCookie = "sid"

type session struct {
	userID  string
	created time.Time
}

type sessionStore struct {
	mu       sync.Mutex
	sessions map[string]*session
	maxAge   time.Duration
}

func newSessionStore() *sessionStore {
	return &sessionStore{sessions: make(map[string]*session), maxAge: 12 * time.Hour}
}

// newSessionID generates the identifier stored in the sid cookie.
func newSessionID() string {
	return fmt.Sprintf("%x%x", time.Now().UnixNano(), rand.Int63()) // WANT: predictableid
}

func (s *sessionStore) create(w http.ResponseWriter, userID string) {
	id := newSessionID()
	s.mu.Lock()
	s.sessions[id] = &session{userID: userID, created: time.Now()}
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{ // WANT: cookieflags
		Name:     sessionCookie,
		Value:    id,
		Path:     "/",
		HttpOnly: true,
	})
}

func (s *sessionStore) get(r *http.Request) (*session, bool) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return nil, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.sessions[c.Value]
	if !ok || time.Since(sess.created) > s.maxAge {
		delete(s.sessions, c.Value)
		return nil, false
	}
	return sess, true
}

func (s *sessionStore) destroy(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		s.mu.Lock()
		delete(s.sessions, c.Value)
		s.mu.Unlock()
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1})
}
