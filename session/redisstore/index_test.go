package redisstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/redisstore/redistest"
	"github.com/sessionlint/sessionlint/session/storetest"
)

// Point 5 of issue 13: the per-user index must not keep an entry for every
// login; logged-out and expired sessions leave it.
func TestUserIndexIsCleaned(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client()
	s := newStore(c)
	ctx := context.Background()
	now := time.Now()
	long := session.Record{UserID: "alice", IdleDeadline: now.Add(time.Hour), AbsoluteDeadline: now.Add(2 * time.Hour)}
	for range 200 { // login, logout
		k := storetest.NewKey()
		if err := s.Create(ctx, k, long, session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := s.Delete(ctx, k); err != nil {
			t.Fatal(err)
		}
	}
	if n := c.ZCard(ctx, s.UserKey("alice")).Val(); n != 0 {
		t.Fatalf("user index holds %d entries after 200 logins and logouts, want 0", n)
	}
	// Sessions that expire while idle leave the index at the next login.
	// Each deadline is taken at its own Create: on a busy machine 50
	// creates can outlast a deadline taken once before the loop.
	var lastDeadline time.Time
	for range 50 {
		at := time.Now()
		lastDeadline = at.Add(300 * time.Millisecond)
		short := session.Record{UserID: "bob", IdleDeadline: lastDeadline, AbsoluteDeadline: at.Add(2 * time.Hour)}
		if err := s.Create(ctx, storetest.NewKey(), short, session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(time.Until(lastDeadline) + 100*time.Millisecond)
	later := time.Now()
	long = session.Record{UserID: "bob", IdleDeadline: later.Add(time.Hour), AbsoluteDeadline: later.Add(2 * time.Hour)}
	if err := s.Create(ctx, storetest.NewKey(), long, session.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := c.ZCard(ctx, s.UserKey("bob")).Val(); n != 1 {
		t.Fatalf("user index holds %d entries with 1 live session, want 1", n)
	}
}
