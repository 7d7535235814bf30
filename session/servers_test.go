package session_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/pgstore/pgtest"
	"github.com/sessionlint/sessionlint/session/redisstore/redistest"
)

// dump returns every key and value in Redis as text.
func dump(t *testing.T, c *redis.Client) string {
	ctx := context.Background()
	var b strings.Builder
	for _, k := range c.Keys(ctx, "*").Val() {
		b.WriteString(k + "\n")
		switch c.Type(ctx, k).Val() {
		case "hash":
			for f, v := range c.HGetAll(ctx, k).Val() {
				b.WriteString(f + "=" + v + "\n")
			}
		case "zset":
			b.WriteString(strings.Join(c.ZRange(ctx, k, 0, -1).Val(), "\n") + "\n")
		default:
			t.Errorf("unexpected key type for %s", k)
		}
	}
	return b.String()
}

func TestRedisEndToEnd(t *testing.T) {
	srv := redistest.Start(t)
	h, c := newRedisHarness(t, srv, func(o *session.Options) { o.MaxSessionsPerUser = 3 })
	_, ck := h.do("/put?cart=3", "")
	anon := ck.Value
	a1 := h.login("alice", anon)
	a2 := h.login("alice", "")
	b := h.login("bob", "")
	if h.whoami(a1) != "alice" || h.whoami(anon) != "" {
		t.Fatal("login did not renew")
	}
	if rec, _ := h.do("/get?k=cart", a1); rec.Body.String() != "true:3" {
		t.Fatalf("data not carried over: %q", rec.Body)
	}
	d := dump(t, c)
	for _, id := range []string{anon, a1, a2, b} {
		if strings.Contains(d, id) {
			t.Fatalf("raw session ID stored in Redis:\n%s", d)
		}
	}
	if !strings.Contains(d, "session:s:") || !strings.Contains(d, "session:u:") {
		t.Fatalf("unexpected layout:\n%s", d)
	}

	// Logout everywhere for alice, bob untouched.
	h.do("/logout-all", a2)
	if h.whoami(a1) != "" || h.whoami(a2) != "" || h.whoami(b) != "bob" {
		t.Fatal("logout-all on Redis")
	}
	// Limit: a fourth session evicts the first.
	var ids []string
	for range 4 {
		ids = append(ids, h.login("carol", ""))
		time.Sleep(2 * time.Millisecond) // distinct absolute deadlines (ms)
	}
	if h.whoami(ids[0]) != "" || h.whoami(ids[3]) != "carol" {
		t.Fatal("oldest session not evicted on Redis")
	}

	// A second Manager on the same Redis (an app restart) sees the session.
	h2, _ := newRedisHarness(t, srv, nil)
	if h2.whoami(b) != "bob" {
		t.Fatal("session did not survive an app restart")
	}
}

func TestRedisTimeouts(t *testing.T) {
	srv := redistest.Start(t)
	h, c := newRedisHarness(t, srv, func(o *session.Options) {
		o.IdleTimeout = 600 * time.Millisecond
		o.AbsoluteTimeout = 1500 * time.Millisecond
	})
	ctx := context.Background()
	idle := h.login("alice", "")
	busy := h.login("bob", "")
	for range 4 { // 4×250 ms of activity keeps bob alive past the idle timeout
		time.Sleep(250 * time.Millisecond)
		if h.whoami(busy) != "bob" {
			t.Fatal("active session expired")
		}
	}
	if h.whoami(idle) != "" {
		t.Fatal("idle session survived")
	}
	if n := c.Keys(ctx, "session:s:*").Val(); len(n) != 1 {
		t.Fatalf("Redis still holds %d records, want 1 (TTL must drop the idle one)", len(n))
	}
	time.Sleep(600 * time.Millisecond) // past the 1.5 s absolute deadline
	if h.whoami(busy) != "" {
		t.Fatal("session outlived its absolute timeout")
	}
	if n := c.Keys(ctx, "session:s:*").Val(); len(n) != 0 {
		t.Fatalf("Redis still holds %d records after the absolute timeout", len(n))
	}
}

// TestRedisOutage and TestPostgresOutage stop the server mid-run: pages
// that need the session get the error handler's 500 (never an anonymous
// page or a silent fresh session), pages that do not need it are served,
// nothing panics, and service resumes when the server is back.
func TestRedisOutage(t *testing.T) {
	srv := redistest.Start(t)
	h, _ := newRedisHarness(t, srv, nil)
	outage(t, h, srv.Stop, srv.Restart)
}

func TestPostgresOutage(t *testing.T) {
	srv := pgtest.Start(t)
	h, _ := newPGHarness(t, srv, nil)
	outage(t, h, srv.Stop, srv.Restart)
}

func outage(t *testing.T, h *harness, stop, restart func()) {
	var loadFailures atomic.Int64
	h.m = nil
	h.h = nil
	m, err := session.New(session.Options{
		Store:  h.store,
		Logger: slog.New(slog.NewTextHandler(h.logs, nil)),
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			if errors.Is(err, session.ErrLoadFailed) {
				loadFailures.Add(1)
			}
			http.Error(w, "store down", http.StatusInternalServerError)
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/public", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "public") })
	mux.Handle("/home", session.AnonymousOnLoadError(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, _ := session.UserID(r.Context())
		io.WriteString(w, "home:"+u)
	})))
	mux.Handle("/", routes())
	h.m, h.h = m, m.Handler(mux)
	id := h.login("alice", "")

	stop()
	for _, path := range []string{"/whoami", "/put?a=1", "/logout"} {
		rec, c := h.do(path, id)
		if rec.Code != http.StatusInternalServerError || c != nil {
			t.Errorf("%s with the store down: status %d, cookie %v; want 500 and no cookie", path, rec.Code, c)
		}
	}
	if n := loadFailures.Load(); n != 3 {
		t.Errorf("%d of 3 failures reached the error handler as load failures", n)
	}
	rec, c := h.do("/login?user=bob", "")
	if rec.Code != http.StatusInternalServerError || c != nil {
		t.Errorf("login with the store down: %d %v", rec.Code, c)
	}
	if rec, c := h.do("/public", id); rec.Code != http.StatusOK || c != nil {
		t.Errorf("public page with the store down: %d %v", rec.Code, c)
	}
	if rec, c := h.do("/home", id); rec.Code != http.StatusOK || rec.Body.String() != "home:" || c != nil {
		t.Errorf("anonymous-on-outage page with the store down: %d %q %v", rec.Code, rec.Body, c)
	}
	if !strings.Contains(h.logs.String(), "session store error") {
		t.Error("outage not logged")
	}

	restart()
	deadline := time.Now().Add(20 * time.Second)
	for {
		rec, _ := h.do("/whoami", id)
		if rec.Code == http.StatusOK {
			if rec.Body.String() != "alice" {
				t.Fatalf("after restart: %q", rec.Body)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("service did not resume within 20s: %d", rec.Code)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if h.whoami(h.login("bob", "")) != "bob" {
		t.Fatal("login after recovery")
	}
}

func TestRedisHandlerUnderLoad(t *testing.T) {
	srv := redistest.Start(t)
	h, _ := newRedisHarness(t, srv, nil)
	id := h.login("alice", "")
	srvHTTP := httptest.NewServer(h.h)
	defer srvHTTP.Close()
	errs := make(chan error, 64)
	for i := range 64 {
		go func() {
			req, _ := http.NewRequest("GET", srvHTTP.URL+"/put?k"+strings.Repeat("x", i%4)+"=v", nil)
			req.Header.Set("Cookie", session.DefaultCookieName+"="+id)
			resp, err := srvHTTP.Client().Do(req)
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					err = &statusError{resp.StatusCode}
				}
			}
			errs <- err
		}()
	}
	for range 64 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if h.whoami(id) != "alice" {
		t.Fatal("session damaged by concurrent requests")
	}
}

type statusError struct{ code int }

func (e *statusError) Error() string { return http.StatusText(e.code) }
