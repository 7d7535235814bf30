package session_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/alexedwards/scs/v2"
	scsmem "github.com/alexedwards/scs/v2/memstore"
	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/redisstore"
	"github.com/sessionlint/sessionlint/session/redisstore/redistest"
)

// The benchmarks measure the per-request cost of the session middleware:
// a request that carries an existing session cookie goes through the
// middleware to a handler that reads one value (Read) or writes one (Write).
// The same handlers run on this package (memory and Redis stores) and on
// alexedwards/scs v2 with its memory store, configured alike (30 min idle,
// 12 h absolute). "none" is the handler without any session middleware.

type sessionAPI struct {
	wrap  func(http.Handler) http.Handler
	read  func(r *http.Request) string
	write func(r *http.Request, v string)
	name  string // cookie name
}

func ours(b *testing.B, store session.Store) sessionAPI {
	m, err := session.New(session.Options{Store: store, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	return sessionAPI{
		wrap: m.Handler,
		read: func(r *http.Request) string {
			v, _, _ := session.Get[string](r.Context(), "k")
			return v
		},
		write: func(r *http.Request, v string) { _ = session.Put(r.Context(), "k", v) },
		name:  session.DefaultCookieName,
	}
}

func scsAPI() sessionAPI {
	sm := scs.New()
	sm.Store = scsmem.New()
	sm.IdleTimeout = 30 * time.Minute
	sm.Lifetime = 12 * time.Hour
	sm.Cookie.Secure = true
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	return sessionAPI{
		wrap:  sm.LoadAndSave,
		read:  func(r *http.Request) string { return sm.GetString(r.Context(), "k") },
		write: func(r *http.Request, v string) { sm.Put(r.Context(), "k", v) },
		name:  sm.Cookie.Name,
	}
}

func benchMiddleware(b *testing.B, api sessionAPI, write bool) {
	var n int
	h := api.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if write || r.URL.Path == "/init" {
			n++
			api.write(r, strconv.Itoa(n))
		} else if api.read(r) == "" {
			b.Fatal("value missing")
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	// Start a session and keep its cookie.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/init", nil))
	var cookie string
	for _, c := range rec.Result().Cookies() {
		if c.Name == api.name {
			cookie = c.Name + "=" + c.Value
		}
	}
	if cookie == "" && api.name != "none" {
		b.Fatal("no session cookie")
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

func benchAll(b *testing.B, write bool) {
	b.Run("none", func(b *testing.B) {
		benchMiddleware(b, sessionAPI{
			wrap:  func(h http.Handler) http.Handler { return h },
			read:  func(*http.Request) string { return "x" },
			write: func(*http.Request, string) {},
			name:  "none",
		}, write)
	})
	b.Run("session-memstore", func(b *testing.B) {
		s := memstore.New(memstore.Options{}) // benchmark only
		defer s.Close()
		benchMiddleware(b, ours(b, s), write)
	})
	b.Run("session-redis", func(b *testing.B) {
		srv := redistest.Start(b)
		c := redis.NewClient(&redis.Options{Addr: srv.Addr})
		defer c.Close()
		benchMiddleware(b, ours(b, redisstore.New(c, redisstore.Options{})), write)
	})
	b.Run("scs-memstore", func(b *testing.B) {
		benchMiddleware(b, scsAPI(), write)
	})
}

func BenchmarkRead(b *testing.B)  { benchAll(b, false) }
func BenchmarkWrite(b *testing.B) { benchAll(b, true) }
