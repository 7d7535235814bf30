package session_test

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/pgstore"
	"github.com/sessionlint/sessionlint/session/pgstore/pgtest"
	"github.com/sessionlint/sessionlint/session/redisstore"
	"github.com/sessionlint/sessionlint/session/redisstore/redistest"
)

// The benchmarks measure the per-request cost of the session middleware:
// a request that carries an existing session cookie goes through the
// middleware to a handler that reads one value (Read), writes one (Write)
// or increments a counter with the atomic Update (Update), on each store.
// "none" is the handler without any session middleware. The comparison
// with alexedwards/scs lives in the module session/internal/compare, so
// that this module does not depend on scs.

type benchOp int

const (
	opRead benchOp = iota
	opWrite
	opUpdate
)

func benchMiddleware(b *testing.B, wrap func(http.Handler) http.Handler, op benchOp) {
	var n int
	h := wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		switch {
		case r.URL.Path == "/init" || op == opWrite:
			n++
			if err := session.Put(ctx, "k", strconv.Itoa(n)); err != nil {
				b.Fatal(err)
			}
		case op == opRead:
			if v, _, err := session.Get[string](ctx, "k"); err != nil || v == "" {
				b.Fatal("value missing", err)
			}
		case op == opUpdate:
			if _, err := session.Update(ctx, "n", func(old int) (int, error) { return old + 1, nil }); err != nil {
				b.Fatal(err)
			}
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	// Start a session and keep its cookie.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/init", nil))
	var cookie string
	for _, c := range rec.Result().Cookies() {
		if c.Name == session.DefaultCookieName {
			cookie = c.Name + "=" + c.Value
		}
	}
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Cookie", cookie)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNoContent {
			b.Fatalf("status %d", rec.Code)
		}
	}
}

func manager(b *testing.B, store session.Store) func(http.Handler) http.Handler {
	m, err := session.New(session.Options{Store: store, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	return m.Handler
}

func benchAll(b *testing.B, op benchOp) {
	if op == opRead {
		b.Run("none", func(b *testing.B) {
			h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })
			req := httptest.NewRequest("GET", "/", nil)
			b.ReportAllocs()
			for b.Loop() {
				h.ServeHTTP(httptest.NewRecorder(), req)
			}
		})
	}
	b.Run("memstore", func(b *testing.B) {
		s := memstore.New(memstore.Options{}) // benchmark only
		defer s.Close()
		benchMiddleware(b, manager(b, s), op)
	})
	b.Run("redis", func(b *testing.B) {
		srv := redistest.Start(b)
		c := redis.NewClient(&redis.Options{Addr: srv.Addr})
		defer c.Close()
		benchMiddleware(b, manager(b, redisstore.New(c, redisstore.Options{})), op)
	})
	b.Run("postgres", func(b *testing.B) {
		srv := pgtest.Start(b)
		s, err := pgstore.New(srv.Pool(), pgstore.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		if err := s.CreateTable(context.Background()); err != nil {
			b.Fatal(err)
		}
		benchMiddleware(b, manager(b, s), op)
	})
}

func BenchmarkRead(b *testing.B)   { benchAll(b, opRead) }
func BenchmarkWrite(b *testing.B)  { benchAll(b, opWrite) }
func BenchmarkUpdate(b *testing.B) { benchAll(b, opUpdate) }
