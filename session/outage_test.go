package session_test

import (
	"io"
	"net/http"
	"testing"
)

// Point 8 of issue 13: a page that does not use the session is served while
// the store is down.
func TestPublicPageDuringOutage(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	h.h = h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/public" {
			io.WriteString(w, "public")
			return
		}
		routes().ServeHTTP(w, r)
	}))
	h.store.fail.Store(true)
	rec, c := h.do("/public", id)
	if rec.Code != http.StatusOK || rec.Body.String() != "public" || c != nil {
		t.Fatalf("public page with the store down: %d %q, cookie %v", rec.Code, rec.Body, c)
	}
	// A page that needs the session still fails by default.
	if rec, _ := h.do("/whoami", id); rec.Code != http.StatusInternalServerError {
		t.Fatalf("whoami with the store down: %d", rec.Code)
	}
	h.store.fail.Store(false)
	if h.whoami(id) != "alice" {
		t.Fatal("session lost")
	}
}
