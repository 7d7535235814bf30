package memstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) session.Store {
		s := memstore.New(memstore.Options{})
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestBoundedAndSwept(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := memstore.New(memstore.Options{MaxEntries: 3, Now: func() time.Time { return now }})
	defer s.Close()
	ctx := context.Background()
	rec := func(idle time.Duration) session.Record {
		return session.Record{IdleDeadline: now.Add(idle), AbsoluteDeadline: now.Add(time.Hour)}
	}
	short := storetest.NewKey()
	if err := s.Create(ctx, short, rec(time.Minute), session.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := s.Create(ctx, storetest.NewKey(), rec(time.Hour), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Create(ctx, storetest.NewKey(), rec(time.Hour), session.CreateOptions{}); !errors.Is(err, memstore.ErrFull) {
		t.Fatalf("Create on a full store = %v, want ErrFull", err)
	}
	now = now.Add(2 * time.Minute)
	if _, err := s.Load(ctx, short); !errors.Is(err, session.ErrExpired) {
		t.Fatalf("Load(expired) = %v, want ErrExpired", err)
	}
	if err := s.Create(ctx, storetest.NewKey(), rec(time.Hour), session.CreateOptions{}); err != nil {
		t.Fatalf("Create after expiry freed room: %v", err)
	}
	now = now.Add(2 * time.Hour)
	if n := s.Sweep(); n != 3 || s.Len() != 0 {
		t.Fatalf("Sweep removed %d, %d left; want 3 removed, 0 left", n, s.Len())
	}
}

func TestSweeperRuns(t *testing.T) {
	s := memstore.New(memstore.Options{SweepInterval: 10 * time.Millisecond})
	defer s.Close()
	now := time.Now()
	rec := session.Record{IdleDeadline: now.Add(20 * time.Millisecond), AbsoluteDeadline: now.Add(time.Hour)}
	if err := s.Create(context.Background(), storetest.NewKey(), rec, session.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for s.Len() != 0 {
		if time.Now().After(deadline) {
			t.Fatal("sweeper did not remove the expired record within 5s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
