package pgstore_test

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/pgstore"
	"github.com/sessionlint/sessionlint/session/pgstore/pgtest"
	"github.com/sessionlint/sessionlint/session/storetest"
)

var tables atomic.Int64

// newStore returns a store on a table of its own, so subtests sharing one
// server cannot see each other's rows.
func newStore(t *testing.T, pool *pgxpool.Pool) *pgstore.Store {
	t.Helper()
	s, err := pgstore.New(pool, pgstore.Options{Table: fmt.Sprintf("sessions_%d", tables.Add(1))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if err := s.CreateTable(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestContract(t *testing.T) {
	srv := pgtest.Start(t)
	pool := srv.Pool()
	storetest.Run(t, func(t *testing.T) session.Store { return newStore(t, pool) })
}

func TestTableNames(t *testing.T) {
	for _, bad := range []string{"Sessions", "a;drop", "x.y.z", `"q"`, ""} {
		if bad == "" {
			continue
		}
		if _, err := pgstore.New(nil, pgstore.Options{Table: bad, CleanupInterval: -1}); err == nil {
			t.Errorf("table name %q accepted", bad)
		}
	}
	s, err := pgstore.New(nil, pgstore.Options{Table: "app.sessions", CleanupInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	if want := `CREATE TABLE IF NOT EXISTS "app"."sessions"`; s.Schema()[:len(want)] != want {
		t.Fatalf("schema: %s", s.Schema())
	}
}

func TestCleanup(t *testing.T) {
	srv := pgtest.Start(t)
	pool := srv.Pool()
	s := newStore(t, pool)
	ctx := context.Background()
	now := time.Now()
	for i := range 5 {
		idle := time.Hour
		if i < 3 {
			idle = 200 * time.Millisecond
		}
		rec := session.Record{UserID: "u", IdleDeadline: now.Add(idle), AbsoluteDeadline: now.Add(2 * time.Hour)}
		if err := s.Create(ctx, storetest.NewKey(), rec, session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(300 * time.Millisecond)
	n, err := s.Cleanup(ctx)
	if err != nil || n != 3 {
		t.Fatalf("Cleanup = %d, %v; want 3 expired rows deleted", n, err)
	}
	var left int
	if err := pool.QueryRow(ctx, "SELECT count(*) FROM sessions_"+fmt.Sprint(tables.Load())).Scan(&left); err != nil || left != 2 {
		t.Fatalf("%d rows left, %v; want 2", left, err)
	}
}

// TestOutage stops PostgreSQL in the middle of use: every operation must
// fail with an error (not ErrNotFound, which would read as "no session"),
// and the store must work again once the server is back.
func TestOutage(t *testing.T) {
	srv := pgtest.Start(t)
	pool := srv.Pool()
	s := newStore(t, pool)
	ctx := context.Background()
	k := storetest.NewKey()
	now := time.Now()
	rec := session.Record{UserID: "alice", IdleDeadline: now.Add(time.Hour), AbsoluteDeadline: now.Add(2 * time.Hour),
		Values: map[string][]byte{"n": []byte("1")}}
	if err := s.Create(ctx, k, rec, session.CreateOptions{}); err != nil {
		t.Fatal(err)
	}

	srv.Stop()
	checks := map[string]error{}
	_, checks["Load"] = s.Load(ctx, k)
	checks["Create"] = s.Create(ctx, storetest.NewKey(), rec, session.CreateOptions{})
	checks["Create(Replace)"] = s.Create(ctx, storetest.NewKey(), rec, session.CreateOptions{Replace: k})
	checks["Update"] = s.Update(ctx, k, session.Change{IdleDeadline: now.Add(time.Hour)})
	_, checks["UpdateValue"] = s.UpdateValue(ctx, k, "n", 0, func([]byte) ([]byte, error) { return []byte("2"), nil })
	checks["Delete"] = s.Delete(ctx, k)
	_, checks["DeleteUser"] = s.DeleteUser(ctx, "alice")
	_, checks["ListUser"] = s.ListUser(ctx, "alice")
	for op, err := range checks {
		if err == nil || errors.Is(err, session.ErrNotFound) {
			t.Errorf("%s during outage = %v, want a store error", op, err)
		}
	}

	srv.Restart()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got, err := s.Load(ctx, k)
		if err == nil {
			if got.UserID != "alice" || string(got.Values["n"]) != "1" {
				t.Fatalf("record after restart: %+v", got)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("store did not recover within 20s: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := s.Update(ctx, k, session.Change{IdleDeadline: time.Now().Add(time.Hour)}); err != nil {
		t.Fatalf("Update after recovery: %v", err)
	}
}
