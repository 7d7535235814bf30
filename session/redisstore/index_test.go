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
	short := session.Record{UserID: "bob", IdleDeadline: now.Add(300 * time.Millisecond), AbsoluteDeadline: now.Add(2 * time.Hour)}
	for range 50 {
		if err := s.Create(ctx, storetest.NewKey(), short, session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(400 * time.Millisecond)
	later := time.Now()
	long = session.Record{UserID: "bob", IdleDeadline: later.Add(time.Hour), AbsoluteDeadline: later.Add(2 * time.Hour)}
	if err := s.Create(ctx, storetest.NewKey(), long, session.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := c.ZCard(ctx, s.UserKey("bob")).Val(); n != 1 {
		t.Fatalf("user index holds %d entries with 1 live session, want 1", n)
	}
}
