package redisstore_test

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/redisstore"
	"github.com/sessionlint/sessionlint/session/redisstore/redistest"
	"github.com/sessionlint/sessionlint/session/storetest"
)

var prefixes atomic.Int64

// newStore returns a store with its own prefix, so subtests sharing one
// server cannot see each other's keys.
func newStore(c *redis.Client) *redisstore.Store {
	return redisstore.New(c, redisstore.Options{Prefix: fmt.Sprintf("t%d:", prefixes.Add(1))})
}

func TestContract(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client()
	storetest.Run(t, func(t *testing.T) session.Store { return newStore(c) })
}

func TestTTLFollowsDeadlines(t *testing.T) {
	srv := redistest.Start(t)
	c := srv.Client()
	s := newStore(c)
	ctx := context.Background()
	k := storetest.NewKey()
	now := time.Now()
	rec := session.Record{UserID: "alice", IdleDeadline: now.Add(30 * time.Minute), AbsoluteDeadline: now.Add(12 * time.Hour)}
	if err := s.Create(ctx, k, rec, session.CreateOptions{}); err != nil {
		t.Fatal(err)
	}
	ttl := c.PTTL(ctx, s.SessionKey(k)).Val()
	if ttl < 29*time.Minute || ttl > 30*time.Minute {
		t.Fatalf("record TTL %v, want about 30m (idle)", ttl)
	}
	idx := c.PTTL(ctx, s.UserKey("alice")).Val()
	if idx < 11*time.Hour || idx > 12*time.Hour {
		t.Fatalf("user index TTL %v, want about 12h (absolute)", idx)
	}
	// Moving the idle deadline past the absolute one caps the TTL there.
	if err := s.Update(ctx, k, session.Change{IdleDeadline: now.Add(13 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	ttl = c.PTTL(ctx, s.SessionKey(k)).Val()
	if ttl < 11*time.Hour || ttl > 12*time.Hour {
		t.Fatalf("record TTL %v after update, want about 12h (absolute)", ttl)
	}
	// The index holds hashes of session keys, the key holds a user hash.
	members := c.ZRange(ctx, s.UserKey("alice"), 0, -1).Val()
	if len(members) != 1 || members[0] != k {
		t.Fatalf("user index = %q, want [%s]", members, k)
	}
}

// TestOutage stops Redis in the middle of use: every operation must fail
// with an error (not ErrNotFound, which would read as "no session"), and
// the store must work again once Redis is back.
func TestOutage(t *testing.T) {
	srv := redistest.Start(t)
	c := redis.NewClient(&redis.Options{Addr: srv.Addr, MaxRetries: 1, DialTimeout: 500 * time.Millisecond})
	defer c.Close()
	s := newStore(c)
	ctx := context.Background()
	k := storetest.NewKey()
	now := time.Now()
	rec := session.Record{UserID: "alice", IdleDeadline: now.Add(time.Hour), AbsoluteDeadline: now.Add(2 * time.Hour)}
	if err := s.Create(ctx, k, rec, session.CreateOptions{}); err != nil {
		t.Fatal(err)
	}

	srv.Stop()
	checks := map[string]error{}
	_, checks["Load"] = s.Load(ctx, k)
	checks["Create"] = s.Create(ctx, storetest.NewKey(), rec, session.CreateOptions{})
	checks["Update"] = s.Update(ctx, k, session.Change{IdleDeadline: now.Add(time.Hour)})
	checks["Delete"] = s.Delete(ctx, k)
	_, checks["DeleteUser"] = s.DeleteUser(ctx, "alice")
	for op, err := range checks {
		if err == nil || errors.Is(err, session.ErrNotFound) {
			t.Errorf("%s during outage = %v, want a store error", op, err)
		}
	}

	srv.Restart()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, err := s.Load(ctx, k)
		if err == nil {
			if got.UserID != "alice" {
				t.Fatalf("record after restart: %+v", got)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("store did not recover within 10s: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := s.Update(ctx, k, session.Change{IdleDeadline: time.Now().Add(time.Hour)}); err != nil {
		t.Fatalf("Update after recovery: %v", err)
	}
}
