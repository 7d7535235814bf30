package session_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/pgstore"
	"github.com/sessionlint/sessionlint/session/pgstore/pgtest"
	"github.com/sessionlint/sessionlint/session/redisstore"
	"github.com/sessionlint/sessionlint/session/redisstore/redistest"
)

// backend builds a harness on one store. Memory uses the harness's fake
// clock; Redis and PostgreSQL run real servers on the real clock, so for
// them advance sleeps.
type backend struct {
	name string
	new  func(t *testing.T, configure func(*session.Options)) *harness
}

var pgTables atomic.Int64

func backends() []backend {
	return []backend{
		{"memory", newHarness},
		{"redis", func(t *testing.T, configure func(*session.Options)) *harness {
			h, _ := newRedisHarness(t, redistest.Start(t), configure)
			return h
		}},
		{"postgres", func(t *testing.T, configure func(*session.Options)) *harness {
			h, _ := newPGHarness(t, pgtest.Start(t), configure)
			return h
		}},
	}
}

// newStoreHarness runs the test routes through a Manager on store.
func newStoreHarness(t *testing.T, store session.Store, configure func(*session.Options)) *harness {
	h := &harness{t: t, logs: &syncBuffer{}, real: true}
	h.store = &spyStore{Store: store}
	opts := session.Options{
		Store:  h.store,
		Logger: slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if configure != nil {
		configure(&opts)
	}
	m, err := session.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	h.m = m
	h.h = m.Handler(routes())
	return h
}

// newRedisHarness runs the test routes on a real redis-server.
func newRedisHarness(t *testing.T, srv *redistest.Server, configure func(*session.Options)) (*harness, *redis.Client) {
	c := redis.NewClient(&redis.Options{Addr: srv.Addr, MaxRetries: 1, DialTimeout: 500 * time.Millisecond})
	t.Cleanup(func() { c.Close() })
	return newStoreHarness(t, redisstore.New(c, redisstore.Options{}), configure), c
}

// newPGHarness runs the test routes on a real PostgreSQL server, in a
// table of their own.
func newPGHarness(t *testing.T, srv *pgtest.Server, configure func(*session.Options)) (*harness, *pgstore.Store) {
	store, err := pgstore.New(srv.Pool(), pgstore.Options{Table: fmt.Sprintf("sessions_%d", pgTables.Add(1))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(store.Close)
	if err := store.CreateTable(context.Background()); err != nil {
		t.Fatal(err)
	}
	return newStoreHarness(t, store, configure), store
}

// eachBackend runs f as a subtest per store.
func eachBackend(t *testing.T, configure func(*session.Options), f func(t *testing.T, h *harness)) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) { f(t, b.new(t, configure)) })
	}
}
