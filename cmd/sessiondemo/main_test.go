package main

import (
	"context"
	"encoding/base64"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/password"
	"github.com/sessionlint/sessionlint/session/pgstore"
	"github.com/sessionlint/sessionlint/session/pgstore/pgtest"
	"github.com/sessionlint/sessionlint/session/redisstore"
	"github.com/sessionlint/sessionlint/session/redisstore/redistest"
)

const demoPassphrase = "correct horse battery staple"

// testGrace is the rotation grace in these tests: short, so that they can
// wait for a replaced ID to die.
const testGrace = 300 * time.Millisecond

// cheapUsers has the demo users with cheap hashes: the race detector makes
// the default argon2id parameters slow, and these tests log in a lot.
func cheapUsers(t *testing.T) *userDB {
	p := password.Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}
	db := &userDB{params: p, hashes: map[string]string{}}
	for _, u := range []string{"alice", "bob"} {
		h, err := p.Hash(demoPassphrase)
		if err != nil {
			t.Fatal(err)
		}
		db.hashes[u] = h
	}
	return db
}

type backend struct {
	name  string
	store func(t *testing.T) (sessions, tokens session.Store)
}

func backends() []backend {
	return []backend{
		{"memory", func(t *testing.T) (session.Store, session.Store) {
			s, tok := memstore.New(memstore.Options{}), memstore.New(memstore.Options{})
			t.Cleanup(func() { s.Close(); tok.Close() })
			return s, tok
		}},
		{"redis", func(t *testing.T) (session.Store, session.Store) {
			c := redistest.Start(t).Client()
			return redisstore.New(c, redisstore.Options{}), redisstore.New(c, redisstore.Options{Prefix: "remember:"})
		}},
		{"postgres", func(t *testing.T) (session.Store, session.Store) {
			pool := pgtest.Start(t).Pool()
			var out [2]session.Store
			for i, table := range []string{"sessions", "remember_tokens"} {
				s, err := pgstore.New(pool, pgstore.Options{Table: table})
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(s.Close)
				if err := s.CreateTable(context.Background()); err != nil {
					t.Fatal(err)
				}
				out[i] = s
			}
			return out[0], out[1]
		}},
	}
}

type client struct {
	t    *testing.T
	base string
	http *http.Client
}

func newClient(t *testing.T, stores func(t *testing.T) (session.Store, session.Store), idle, absolute time.Duration) *client {
	store, tokens := stores(t)
	m, err := session.New(session.Options{Store: store, RememberStore: tokens, IdleTimeout: idle, AbsoluteTimeout: absolute,
		RotationGrace: testGrace, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newApp(m, cheapUsers(t), slog.New(slog.DiscardHandler)))
	t.Cleanup(srv.Close)
	hc := srv.Client()
	hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &client{t: t, base: srv.URL, http: hc}
}

// do sends a request with the session cookie id (if any) and returns the
// status, body and the session cookie the response set.
func (c *client) do(method, path, id string, form url.Values, header ...string) (int, string, *http.Cookie) {
	c.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, c.base+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if id != "" {
		req.Header.Set("Cookie", "__Host-session="+id)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var ck *http.Cookie
	for _, x := range resp.Cookies() {
		if x.Name == "__Host-session" {
			ck = x
		}
	}
	return resp.StatusCode, string(b), ck
}

func (c *client) login(user, id string) string {
	c.t.Helper()
	code, _, ck := c.do("POST", "/login", id, url.Values{"username": {user}, "password": {demoPassphrase}})
	if code != http.StatusSeeOther || ck == nil || ck.Value == "" {
		c.t.Fatalf("login %s: %d %v", user, code, ck)
	}
	return ck.Value
}

func (c *client) me(id string) (int, string) {
	c.t.Helper()
	code, body, _ := c.do("GET", "/me", id, nil)
	return code, body
}

func (c *client) mustBe(id, user string) {
	c.t.Helper()
	code, body := c.me(id)
	if user == "" && code != http.StatusUnauthorized {
		c.t.Fatalf("/me = %d %q, want 401", code, body)
	}
	if user != "" && (code != http.StatusOK || strings.TrimSpace(body) != user) {
		c.t.Fatalf("/me = %d %q, want 200 %s", code, body, user)
	}
}

func TestDemo(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			c := newClient(t, b.store, 0, 0)

			t.Run("login and cookie", func(t *testing.T) {
				req, _ := http.NewRequest("POST", c.base+"/login", strings.NewReader(url.Values{"username": {"alice"}, "password": {demoPassphrase}}.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				resp, err := c.http.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/me" {
					t.Fatalf("login: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
				}
				sc := resp.Header.Get("Set-Cookie")
				for _, want := range []string{"__Host-session=", "Path=/", "Secure", "HttpOnly", "SameSite=Lax"} {
					if !strings.Contains(sc, want) {
						t.Errorf("Set-Cookie %q lacks %s", sc, want)
					}
				}
				if strings.Contains(strings.ToLower(sc), "domain=") {
					t.Errorf("Set-Cookie %q has a Domain", sc)
				}
				id := resp.Cookies()[0].Value
				if b, err := base64.RawURLEncoding.DecodeString(id); err != nil || len(b) != 32 {
					t.Fatalf("ID %q is not 32 random bytes in base64url", id)
				}
				c.mustBe(id, "alice")
			})

			t.Run("bad credentials", func(t *testing.T) {
				for _, f := range []url.Values{
					{"username": {"alice"}, "password": {"wrong"}},
					{"username": {"mallory"}, "password": {demoPassphrase}},
					{"username": {"alice"}},
					{},
				} {
					code, _, ck := c.do("POST", "/login", "", f)
					if code != http.StatusUnauthorized || ck != nil {
						t.Errorf("login %v: %d, cookie %v; want 401 and no cookie", f, code, ck)
					}
				}
				// Credentials in the URL are not accepted.
				code, _, _ := c.do("POST", "/login?username=alice&password="+url.QueryEscape(demoPassphrase), "", url.Values{})
				if code != http.StatusUnauthorized {
					t.Errorf("login with credentials in the query: %d", code)
				}
				c.mustBe("", "")
			})

			t.Run("new ID on every login", func(t *testing.T) {
				first := c.login("alice", "")
				second := c.login("alice", first)
				if first == second {
					t.Fatal("re-login kept the ID")
				}
				// The old ID forwards for the rotation grace, then dies.
				c.mustBe(first, "alice")
				time.Sleep(testGrace + 100*time.Millisecond)
				c.mustBe(first, "")
				c.mustBe(second, "alice")
			})

			t.Run("planted and forged IDs", func(t *testing.T) {
				planted := base64.RawURLEncoding.EncodeToString([]byte(strings.Repeat("p", 32)))
				c.mustBe(planted, "")
				id := c.login("alice", planted)
				if id == planted {
					t.Fatal("planted ID adopted at login")
				}
				c.mustBe(planted, "")
				raw, _ := base64.RawURLEncoding.DecodeString(id)
				raw[31] ^= 0x80
				tampered := base64.RawURLEncoding.EncodeToString(raw)
				for name, bad := range map[string]string{
					"tampered":  tampered,
					"oversized": id + strings.Repeat("A", 8000),
					"truncated": id[:40],
					"garbage":   "%%%",
				} {
					code, _, ck := c.do("GET", "/me", bad, nil)
					if code != http.StatusUnauthorized || ck == nil || ck.MaxAge >= 0 {
						t.Errorf("%s cookie: %d, cookie %v; want 401 and an expired cookie", name, code, ck)
					}
				}
				c.mustBe(id, "alice")
			})

			t.Run("logout", func(t *testing.T) {
				id := c.login("bob", "")
				code, _, ck := c.do("POST", "/logout", id, url.Values{})
				if code != http.StatusSeeOther || ck == nil || ck.MaxAge >= 0 {
					t.Fatalf("logout: %d, cookie %v", code, ck)
				}
				c.mustBe(id, "")
				again := c.login("bob", id)
				c.mustBe(id, "")
				c.mustBe(again, "bob")
			})

			t.Run("logout everywhere", func(t *testing.T) {
				a1, a2 := c.login("alice", ""), c.login("alice", "")
				b := c.login("bob", "")
				code, _, ck := c.do("POST", "/logout-everywhere", a1, url.Values{})
				if code != http.StatusSeeOther || ck == nil || ck.MaxAge >= 0 {
					t.Fatalf("logout-everywhere: %d, cookie %v", code, ck)
				}
				c.mustBe(a1, "")
				c.mustBe(a2, "")
				c.mustBe(b, "bob")
				if code, _, _ := c.do("POST", "/logout-everywhere", "", url.Values{}); code != http.StatusSeeOther {
					t.Fatalf("anonymous logout-everywhere: %d", code)
				}
			})

			t.Run("cross-origin posts rejected", func(t *testing.T) {
				id := c.login("alice", "")
				code, _, _ := c.do("POST", "/logout", id, url.Values{}, "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")
				if code != http.StatusForbidden {
					t.Fatalf("cross-site logout: %d, want 403", code)
				}
				code, _, _ = c.do("POST", "/login", "", url.Values{"username": {"alice"}, "password": {demoPassphrase}}, "Sec-Fetch-Site", "cross-site")
				if code != http.StatusForbidden {
					t.Fatalf("cross-site login: %d, want 403", code)
				}
				c.mustBe(id, "alice")
				code, _, _ = c.do("POST", "/logout", id, url.Values{}, "Sec-Fetch-Site", "same-origin")
				if code != http.StatusSeeOther {
					t.Fatalf("same-origin logout: %d", code)
				}
				c.mustBe(id, "")
			})
		})
	}
}

func TestDemoTimeouts(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			c := newClient(t, b.store, 500*time.Millisecond, 1500*time.Millisecond)
			idle := c.login("alice", "")
			busy := c.login("bob", "")
			for range 4 { // 4×250 ms: bob stays active past the idle timeout…
				time.Sleep(250 * time.Millisecond)
				c.mustBe(busy, "bob")
			}
			c.mustBe(idle, "")
			// …but not past the absolute timeout (1.5 s).
			time.Sleep(600 * time.Millisecond)
			c.mustBe(busy, "")
		})
	}
}

func TestDemoActivityExtendsIdle(t *testing.T) {
	c := newClient(t, backends()[0].store, 400*time.Millisecond, time.Hour)
	id := c.login("alice", "")
	for range 4 {
		time.Sleep(150 * time.Millisecond)
		c.mustBe(id, "alice")
	}
	time.Sleep(600 * time.Millisecond)
	c.mustBe(id, "")
}

func TestDemoRedisRestartAndNoRawIDs(t *testing.T) {
	srv := redistest.Start(t)
	rc := srv.Client()
	redisStores := func(t *testing.T) (session.Store, session.Store) {
		return redisstore.New(rc, redisstore.Options{}), redisstore.New(rc, redisstore.Options{Prefix: "remember:"})
	}
	c1 := newClient(t, redisStores, 0, 0)
	ids := []string{c1.login("alice", ""), c1.login("bob", "")}
	// A second app instance (as after a restart) accepts the sessions.
	c2 := newClient(t, redisStores, 0, 0)
	c2.mustBe(ids[0], "alice")
	c2.mustBe(ids[1], "bob")

	ctx := context.Background()
	var all strings.Builder
	for _, k := range rc.Keys(ctx, "*").Val() {
		all.WriteString(k + "\n")
		switch rc.Type(ctx, k).Val() {
		case "hash":
			for f, v := range rc.HGetAll(ctx, k).Val() {
				all.WriteString(f + "=" + v + "\n")
			}
		case "zset":
			all.WriteString(strings.Join(rc.ZRange(ctx, k, 0, -1).Val(), "\n"))
		}
	}
	if all.Len() == 0 {
		t.Fatal("nothing stored in Redis")
	}
	for _, id := range ids {
		raw, _ := base64.RawURLEncoding.DecodeString(id)
		if strings.Contains(all.String(), id) || strings.Contains(all.String(), string(raw)) {
			t.Fatalf("raw session ID in Redis:\n%s", all.String())
		}
	}
}

// TestRun starts the real command wiring (flags, Redis store, built-in
// users with default argon2id parameters) and logs in over HTTP.
func TestRun(t *testing.T) {
	srv := redistest.Start(t)
	cfg, err := parseFlags([]string{"-addr", "127.0.0.1:0", "-redis", srv.Addr, "-idle", "1m", "-absolute", "1h"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- run(ctx, cfg, slog.New(slog.DiscardHandler), ready) }()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("run: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("server did not start")
	}
	c := &client{t: t, base: "http://" + addr, http: &http.Client{
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Timeout:       30 * time.Second,
	}}
	id := c.login("alice", "")
	c.mustBe(id, "alice")
	if code, _, _ := c.do("POST", "/login", "", url.Values{"username": {"bob"}, "password": {"nope"}}); code != http.StatusUnauthorized {
		t.Fatalf("wrong password: %d", code)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run returned %v after shutdown", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("run did not stop")
	}
}

func TestRunMemoryStoreWarns(t *testing.T) {
	var logs strings.Builder
	log := slog.New(slog.NewTextHandler(&logs, nil))
	s, err := openStores(context.Background(), config{}, log)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	if _, ok := s.sessions.(*memstore.Store); !ok || !strings.Contains(logs.String(), "DEVELOPMENT ONLY") {
		t.Fatalf("store %T, logs %q", s.sessions, logs.String())
	}
	if _, err := openStores(context.Background(), config{redisAddr: "127.0.0.1:1"}, log); err == nil {
		t.Fatal("unreachable Redis accepted")
	}
	if _, err := openStores(context.Background(), config{postgresURL: "postgres://nobody@127.0.0.1:1/x?connect_timeout=1"}, log); err == nil {
		t.Fatal("unreachable PostgreSQL accepted")
	}
}

func TestParseFlags(t *testing.T) {
	cfg, err := parseFlags(nil, io.Discard)
	if err != nil || cfg.addr != "127.0.0.1:8080" || cfg.idle != 30*time.Minute || cfg.absolute != 12*time.Hour || cfg.redisAddr != "" {
		t.Fatalf("defaults: %+v, %v", cfg, err)
	}
	for _, bad := range [][]string{{"-idle", "x"}, {"extra"}, {"-tls-cert", "c.pem"}, {"-redis", "r:1", "-postgres", "postgres://p"}} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("parseFlags(%q) accepted", bad)
		}
	}
}

func TestRehashOnLogin(t *testing.T) {
	weak := password.Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}
	h, _ := weak.Hash(demoPassphrase)
	db := &userDB{params: weak, hashes: map[string]string{"alice": h}}
	db.params.Time = 2 // the policy was raised since the hash was made
	ctx := context.Background()
	if ok, _ := db.authenticate(ctx, "alice", "wrong"); ok || db.hashes["alice"] != h {
		t.Fatal("failed login changed the hash")
	}
	if ok, err := db.authenticate(ctx, "alice", demoPassphrase); !ok || err != nil {
		t.Fatal("login failed", err)
	}
	if got := db.hashes["alice"]; got == h || db.params.NeedsRehash(got) {
		t.Fatalf("hash not upgraded: %s", got)
	}
	if ok, _ := db.authenticate(ctx, "alice", demoPassphrase); !ok {
		t.Fatal("upgraded hash does not verify")
	}
}

func TestDemoUsersUseDocumentedPassword(t *testing.T) {
	db := demoUsers()
	for _, u := range []string{"alice", "bob"} {
		if password.NeedsRehash(db.hashes[u]) {
			t.Errorf("%s's hash does not use the default parameters", u)
		}
	}
	ok1, _ := db.authenticate(context.Background(), "bob", demoPassphrase)
	ok2, _ := db.authenticate(context.Background(), "bob", "Correct horse battery staple")
	if !ok1 || ok2 {
		t.Fatal("bob's stored hash does not match the documented password")
	}
}
