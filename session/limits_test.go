package session_test

import (
	"net/http"
	"strings"
	"testing"
)

// Point 3 of issue 13: values and sessions have a size limit.
func TestValueSizeLimit(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	big := strings.Repeat("x", 8<<20)
	rec, _ := h.do("/put?big="+big, id)
	if rec.Code == http.StatusOK {
		t.Fatalf("an 8 MB value was accepted: %d", rec.Code)
	}
	if got, _ := h.do("/get?k=big", id); got.Body.String() != "false:" {
		t.Fatal("the 8 MB value was stored")
	}
	// Many values below the per-value limit add up to the session limit.
	var failed bool
	for i := range 40 {
		rec, _ := h.do("/put?v"+strings.Repeat("i", i+1)+"="+strings.Repeat("y", 30<<10), id)
		if rec.Code != http.StatusOK {
			failed = true
			break
		}
	}
	if !failed {
		t.Fatal("a session grew to 1.2 MB")
	}
	if h.whoami(id) != "alice" {
		t.Fatal("session damaged by refused values")
	}
}
