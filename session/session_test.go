package session_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
)

// --- test store wrapper ----------------------------------------------------

// spyStore counts calls and can be switched to fail, like Redis going down.
type spyStore struct {
	session.Store
	fail    atomic.Bool
	loads   atomic.Int64
	writes  atomic.Int64
	lastKey atomic.Value
}

var errDown = errors.New("store is down")

func (s *spyStore) Load(ctx context.Context, key string) (session.Record, error) {
	s.loads.Add(1)
	s.lastKey.Store(key)
	if s.fail.Load() {
		return session.Record{}, errDown
	}
	return s.Store.Load(ctx, key)
}

func (s *spyStore) Create(ctx context.Context, key string, r session.Record, o session.CreateOptions) error {
	s.writes.Add(1)
	if s.fail.Load() {
		return errDown
	}
	return s.Store.Create(ctx, key, r, o)
}

func (s *spyStore) Update(ctx context.Context, key string, c session.Change) error {
	s.writes.Add(1)
	if s.fail.Load() {
		return errDown
	}
	return s.Store.Update(ctx, key, c)
}

func (s *spyStore) UpdateValue(ctx context.Context, key, name string, max int, fn func([]byte) ([]byte, error)) ([]byte, error) {
	s.writes.Add(1)
	if s.fail.Load() {
		return nil, errDown
	}
	return s.Store.UpdateValue(ctx, key, name, max, fn)
}

func (s *spyStore) ListUser(ctx context.Context, user string) ([]session.Listed, error) {
	if s.fail.Load() {
		return nil, errDown
	}
	return s.Store.ListUser(ctx, user)
}

func (s *spyStore) Delete(ctx context.Context, key string) error {
	s.writes.Add(1)
	if s.fail.Load() {
		return errDown
	}
	return s.Store.Delete(ctx, key)
}

func (s *spyStore) DeleteUser(ctx context.Context, user string) (int, error) {
	s.writes.Add(1)
	if s.fail.Load() {
		return 0, errDown
	}
	return s.Store.DeleteUser(ctx, user)
}

// --- harness -------------------------------------------------------------

type harness struct {
	t     *testing.T
	m     *session.Manager
	store *spyStore
	mem   *memstore.Store
	logs  *syncBuffer
	h     http.Handler
	now   time.Time
	real  bool // the store runs on the real clock: advance sleeps
	mu    sync.Mutex
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func (h *harness) clock() time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.now
}

func (h *harness) advance(d time.Duration) {
	if h.real {
		time.Sleep(d)
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.now = h.now.Add(d)
}

// newHarness serves test routes through a Manager on a memory store with a
// fake clock shared by both.
func newHarness(t *testing.T, configure func(*session.Options)) *harness {
	h := &harness{t: t, logs: &syncBuffer{}, now: time.Unix(1_700_000_000, 0)}
	h.mem = memstore.New(memstore.Options{Now: h.clock})
	t.Cleanup(func() { h.mem.Close() })
	h.store = &spyStore{Store: h.mem}
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
	session.SetClock(m, h.clock)
	h.m = m
	h.h = m.Handler(routes())
	return h
}

func fail(w http.ResponseWriter, err error) {
	http.Error(w, "handler: "+err.Error(), http.StatusTeapot)
}

func routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/put", func(w http.ResponseWriter, r *http.Request) {
		for k, v := range r.URL.Query() {
			if err := session.Put(r.Context(), k, v[0]); err != nil {
				fail(w, err)
				return
			}
		}
		w.Header().Set("X-Handler", "put")
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("/get", func(w http.ResponseWriter, r *http.Request) {
		v, ok, err := session.Get[string](r.Context(), r.URL.Query().Get("k"))
		if err != nil {
			fail(w, err)
			return
		}
		fmt.Fprintf(w, "%v:%s", ok, v)
	})
	mux.HandleFunc("/whoami", func(w http.ResponseWriter, r *http.Request) {
		u, err := session.UserID(r.Context())
		if err != nil {
			fail(w, err)
			return
		}
		io.WriteString(w, u)
	})
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		// Deliberately ignores the error: the middleware must still fail
		// the response when the store could not record the login.
		_ = session.Login(r.Context(), r.URL.Query().Get("user"))
		w.Header().Set("Location", "/whoami")
		w.WriteHeader(http.StatusSeeOther)
	})
	mux.HandleFunc("/renew", func(w http.ResponseWriter, r *http.Request) {
		if err := session.Renew(r.Context()); err != nil {
			fail(w, err)
		}
	})
	mux.HandleFunc("/logout", func(w http.ResponseWriter, r *http.Request) {
		if err := session.Logout(r.Context()); err != nil {
			fail(w, err)
		}
	})
	mux.HandleFunc("/incr", func(w http.ResponseWriter, r *http.Request) {
		n, err := session.Update(r.Context(), "n", func(old int) (int, error) { return old + 1, nil })
		if err != nil {
			fail(w, err)
			return
		}
		fmt.Fprint(w, n)
	})
	mux.HandleFunc("/pop", func(w http.ResponseWriter, r *http.Request) {
		v, ok, err := session.Pop[string](r.Context(), r.URL.Query().Get("k"))
		if err != nil {
			fail(w, err)
			return
		}
		fmt.Fprintf(w, "%v:%s", ok, v)
	})
	mux.HandleFunc("/remember", func(w http.ResponseWriter, r *http.Request) {
		_ = session.Login(r.Context(), r.URL.Query().Get("user"))
		if err := session.Remember(r.Context()); err != nil {
			fail(w, err)
		}
	})
	mux.HandleFunc("/password-changed", func(w http.ResponseWriter, r *http.Request) {
		if err := session.PasswordChanged(r.Context()); err != nil {
			fail(w, err)
		}
	})
	mux.HandleFunc("/sessions", func(w http.ResponseWriter, r *http.Request) {
		list, err := session.Sessions(r.Context())
		if err != nil {
			fail(w, err)
			return
		}
		for _, i := range list {
			fmt.Fprintf(w, "%s %v\n", i.Handle, i.Current)
		}
	})
	mux.HandleFunc("/end", func(w http.ResponseWriter, r *http.Request) {
		if err := session.EndSession(r.Context(), r.URL.Query().Get("h")); err != nil {
			fail(w, err)
		}
	})
	mux.HandleFunc("/logout-all", func(w http.ResponseWriter, r *http.Request) {
		u, _ := session.UserID(r.Context())
		if err := session.LogoutAll(r.Context(), u); err != nil {
			fail(w, err)
		}
	})
	return mux
}

// do sends a request carrying id (if not empty) as the session cookie and
// returns the response and the session cookie it set, if any.
func (h *harness) do(path, id string) (*httptest.ResponseRecorder, *http.Cookie) {
	h.t.Helper()
	req := httptest.NewRequest(http.MethodPost, "https://example.test"+path, nil)
	if id != "" {
		req.Header.Set("Cookie", session.DefaultCookieName+"="+id)
	}
	rec := httptest.NewRecorder()
	h.h.ServeHTTP(rec, req)
	var got *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == session.DefaultCookieName {
			if got != nil {
				h.t.Fatalf("%s: more than one session cookie set", path)
			}
			got = c
		}
	}
	return rec, got
}

// login returns the ID of a fresh session of user.
func (h *harness) login(user, id string) string {
	h.t.Helper()
	rec, c := h.do("/login?user="+user, id)
	if rec.Code != http.StatusSeeOther || c == nil || c.MaxAge <= 0 {
		h.t.Fatalf("login: status %d, cookie %v", rec.Code, c)
	}
	return c.Value
}

func (h *harness) whoami(id string) string {
	h.t.Helper()
	rec, _ := h.do("/whoami", id)
	if rec.Code != http.StatusOK {
		h.t.Fatalf("whoami: status %d: %s", rec.Code, rec.Body)
	}
	return rec.Body.String()
}

// --- tests ---------------------------------------------------------------

func TestCookieAttributes(t *testing.T) {
	h := newHarness(t, nil)
	rec, _ := h.do("/login?user=alice", "")
	raw := rec.Header().Values("Set-Cookie")
	if len(raw) != 1 {
		t.Fatalf("Set-Cookie = %q, want one", raw)
	}
	for _, want := range []string{"__Host-session=", "Path=/", "HttpOnly", "Secure", "SameSite=Lax", "Max-Age=43200"} {
		if !strings.Contains(raw[0], want) {
			t.Errorf("Set-Cookie %q lacks %q", raw[0], want)
		}
	}
	if strings.Contains(strings.ToLower(raw[0]), "domain") {
		t.Errorf("Set-Cookie %q has a Domain", raw[0])
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control = %q, want no-store on a response that sets the cookie", cc)
	}
	rec, _ = h.do("/whoami", "")
	if v := rec.Header().Values("Vary"); len(v) != 1 || v[0] != "Cookie" {
		t.Errorf("Vary = %q, want Cookie on every response", v)
	}
}

func TestIDShape(t *testing.T) {
	h := newHarness(t, nil)
	seen := map[string]bool{}
	var ones, bits int
	for range 200 {
		id := h.login("alice", "")
		if len(id) != 43 {
			t.Fatalf("ID %q has length %d, want 43", id, len(id))
		}
		b, err := base64.RawURLEncoding.DecodeString(id)
		if err != nil || len(b) != 32 {
			t.Fatalf("ID %q is not 32 bytes of base64url: %v", id, err)
		}
		if seen[id] {
			t.Fatalf("ID issued twice: %q", id)
		}
		seen[id] = true
		for _, c := range b {
			for ; c != 0; c &= c - 1 {
				ones++
			}
		}
		bits += 256
	}
	// Random bits are set half of the time: 51200 bits, σ ≈ 113.
	if r := float64(ones) / float64(bits); r < 0.49 || r > 0.51 {
		t.Fatalf("share of set bits %.4f, want about 0.5", r)
	}
}

func TestStoreNeverSeesRawID(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	h.whoami(id)
	key, _ := h.store.lastKey.Load().(string)
	if key == "" || strings.Contains(key, id) || len(key) != 64 {
		t.Fatalf("store key %q: want a 64-char hash unrelated to the ID", key)
	}
	if strings.Contains(h.logs.String(), id) {
		t.Fatal("a session ID was logged")
	}
}

func TestAnonymousRequestsCreateNothing(t *testing.T) {
	h := newHarness(t, nil)
	rec, c := h.do("/get?k=x", "")
	if rec.Body.String() != "false:" || c != nil || h.store.writes.Load() != 0 {
		t.Fatalf("read-only anonymous request: body %q, cookie %v, %d writes", rec.Body, c, h.store.writes.Load())
	}
	_, c = h.do("/put?cart=3", "")
	if c == nil {
		t.Fatal("first write did not start a session")
	}
	rec, _ = h.do("/get?k=cart", c.Value)
	if rec.Body.String() != "true:3" {
		t.Fatalf("value not kept: %q", rec.Body)
	}
	if u := h.whoami(c.Value); u != "" {
		t.Fatalf("anonymous session has user %q", u)
	}
}

func TestRejectedIDs(t *testing.T) {
	h := newHarness(t, nil)
	valid := h.login("alice", "")
	b, _ := base64.RawURLEncoding.DecodeString(valid)
	b[0] ^= 1
	tampered := base64.RawURLEncoding.EncodeToString(b)
	planted := base64.RawURLEncoding.EncodeToString(bytes.Repeat([]byte{7}, 32))
	cases := map[string]struct {
		id     string
		lookup bool
	}{
		"tampered":         {tampered, true},
		"planted":          {planted, true},
		"oversized":        {strings.Repeat("A", 10000), false},
		"one char more":    {valid + "A", false},
		"one char less":    {valid[:42], false},
		"bad alphabet":     {valid[:42] + "+", false},
		"non-canonical":    {valid[:42] + "B", false}, // trailing bits set
		"padded":           {valid + "=", false},
		"standard base64":  {strings.ReplaceAll(strings.ReplaceAll(valid, "-", "+"), "_", "/") + "+", false},
		"empty-ish spaces": {"   ", false},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if c.id == valid {
				t.Skip("mutation produced the valid ID")
			}
			before := h.store.loads.Load()
			rec, cookie := h.do("/whoami", c.id)
			if rec.Code != http.StatusOK || rec.Body.String() != "" {
				t.Fatalf("status %d, user %q; want anonymous", rec.Code, rec.Body)
			}
			if looked := h.store.loads.Load() > before; looked != c.lookup {
				t.Errorf("store lookup = %v, want %v", looked, c.lookup)
			}
			if cookie == nil || cookie.MaxAge >= 0 {
				t.Errorf("rejected cookie not expired: %v", cookie)
			}
			// A write after rejection gets a new ID, never the one sent.
			_, cookie = h.do("/put?a=1", c.id)
			if cookie == nil || cookie.Value == c.id || cookie.MaxAge <= 0 {
				t.Fatalf("write after rejected ID: cookie %v", cookie)
			}
		})
	}
	if u := h.whoami(valid); u != "alice" {
		t.Fatalf("valid session lost: %q", u)
	}
}

func TestLoginRenews(t *testing.T) {
	h := newHarness(t, nil)
	_, c := h.do("/put?cart=3", "")
	anon := c.Value
	id := h.login("alice", anon)
	if id == anon {
		t.Fatal("login kept the pre-login ID")
	}
	// For the rotation grace, the pre-login ID forwards value writes but
	// stays anonymous: it never gains the user.
	if u := h.whoami(anon); u != "" {
		t.Fatalf("pre-login ID is logged in as %q", u)
	}
	h.advance(session.DefaultRotationGrace + time.Second)
	if rec, _ := h.do("/get?k=cart", anon); rec.Body.String() != "false:" {
		t.Fatalf("pre-login ID still works after the grace window: %q", rec.Body)
	}
	if rec, _ := h.do("/get?k=cart", id); rec.Body.String() != "true:3" {
		t.Fatalf("anonymous data not carried over: %q", rec.Body)
	}
	if u := h.whoami(id); u != "alice" {
		t.Fatalf("whoami = %q", u)
	}
	// Logging in again, even as the same user, issues another ID.
	id2 := h.login("alice", id)
	h.advance(session.DefaultRotationGrace + time.Second)
	if id2 == id || h.whoami(id) != "" || h.whoami(id2) != "alice" {
		t.Fatal("re-login did not replace the ID")
	}
	// Logging in as someone else drops the previous user's data.
	id3 := h.login("bob", id2)
	if rec, _ := h.do("/get?k=cart", id3); rec.Body.String() != "false:" {
		t.Fatalf("alice's data leaked into bob's session: %q", rec.Body)
	}
	if h.whoami(id2) != "" || h.whoami(id3) != "bob" {
		t.Fatal("switching users did not end the old session (even within the grace window, alice's ID must not reach bob)")
	}
}

func TestPlantedIDIsNeverAdopted(t *testing.T) {
	h := newHarness(t, nil)
	planted := base64.RawURLEncoding.EncodeToString(bytes.Repeat([]byte{42}, 32))
	id := h.login("alice", planted)
	if id == planted || h.whoami(planted) != "" {
		t.Fatal("planted ID adopted")
	}
}

func TestRenew(t *testing.T) {
	h := newHarness(t, func(o *session.Options) { o.IdleTimeout = 2 * time.Hour })
	id := h.login("alice", "")
	h.do("/put?role=admin", id)
	h.advance(time.Hour)
	rec, c := h.do("/renew", id)
	if rec.Code != http.StatusOK || c == nil || c.Value == id {
		t.Fatalf("renew: status %d, cookie %v", rec.Code, c)
	}
	if c.MaxAge != int((11 * time.Hour).Seconds()) {
		t.Errorf("renewed cookie Max-Age %d, want the remaining 11h: Renew keeps the absolute deadline", c.MaxAge)
	}
	if h.whoami(id) != "alice" {
		t.Fatal("old ID does not forward within the rotation grace")
	}
	h.advance(session.DefaultRotationGrace + time.Second)
	if h.whoami(id) != "" {
		t.Fatal("old ID works after Renew and the grace window")
	}
	if h.whoami(c.Value) != "alice" {
		t.Fatal("user lost on Renew")
	}
	if rec, _ := h.do("/get?k=role", c.Value); rec.Body.String() != "true:admin" {
		t.Fatalf("value lost on Renew: %q", rec.Body)
	}
	// Renewing without a session does nothing.
	if rec, c := h.do("/renew", ""); rec.Code != http.StatusOK || c != nil {
		t.Fatalf("anonymous renew: %d %v", rec.Code, c)
	}
}

func TestLogout(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	other := h.login("alice", "")
	rec, c := h.do("/logout", id)
	if rec.Code != http.StatusOK || c == nil || c.MaxAge >= 0 || c.Value != "" {
		t.Fatalf("logout: status %d, cookie %v; want an expired cookie", rec.Code, c)
	}
	if !c.Secure || !c.HttpOnly || c.Path != "/" {
		t.Errorf("expiring cookie lacks attributes: %v", c)
	}
	if h.whoami(id) != "" {
		t.Fatal("session still valid after logout")
	}
	if h.whoami(other) != "alice" {
		t.Fatal("logout ended another session of the user")
	}
	// A new login after logout gets a new ID; the old one stays dead.
	again := h.login("alice", id)
	if again == id || h.whoami(id) != "" {
		t.Fatal("re-login revived the old ID")
	}
}

func TestLogoutAll(t *testing.T) {
	h := newHarness(t, nil)
	a1, a2, a3 := h.login("alice", ""), h.login("alice", ""), h.login("alice", "")
	b := h.login("bob", "")
	rec, c := h.do("/logout-all", a1)
	if rec.Code != http.StatusOK || c == nil || c.MaxAge >= 0 {
		t.Fatalf("logout-all: status %d, cookie %v", rec.Code, c)
	}
	for _, id := range []string{a1, a2, a3} {
		if h.whoami(id) != "" {
			t.Fatal("a session of alice survived LogoutAll")
		}
	}
	if h.whoami(b) != "bob" {
		t.Fatal("LogoutAll ended bob's session")
	}
	if !strings.Contains(h.logs.String(), "reason=logout_all user=alice count=3") {
		t.Errorf("LogoutAll not logged as expected:\n%s", h.logs)
	}
	// Manager.LogoutAll works outside requests.
	if err := h.m.LogoutAll(context.Background(), "bob"); err != nil || h.whoami(b) != "" {
		t.Fatalf("Manager.LogoutAll: %v", err)
	}
}

func TestMaxSessionsPerUser(t *testing.T) {
	h := newHarness(t, func(o *session.Options) { o.MaxSessionsPerUser = 2 })
	var ids []string
	for range 3 {
		ids = append(ids, h.login("alice", ""))
		h.advance(time.Second)
	}
	if h.whoami(ids[0]) != "" {
		t.Fatal("oldest session not evicted")
	}
	if h.whoami(ids[1]) != "alice" || h.whoami(ids[2]) != "alice" {
		t.Fatal("newest sessions evicted")
	}
}

func TestIdleTimeout(t *testing.T) {
	h := newHarness(t, func(o *session.Options) { o.IdleTimeout = 10 * time.Minute })
	id := h.login("alice", "")
	for range 5 { // activity keeps it alive past several idle periods
		h.advance(9 * time.Minute)
		if h.whoami(id) != "alice" {
			t.Fatal("active session expired")
		}
	}
	h.advance(10*time.Minute + time.Second)
	rec, c := h.do("/whoami", id)
	if rec.Body.String() != "" || c == nil || c.MaxAge >= 0 {
		t.Fatalf("idle session still valid: %q, cookie %v", rec.Body, c)
	}
	if !strings.Contains(h.logs.String(), "session expired") {
		t.Errorf("expiry not logged:\n%s", h.logs)
	}
}

func TestAbsoluteTimeout(t *testing.T) {
	h := newHarness(t, func(o *session.Options) {
		o.IdleTimeout = 10 * time.Minute
		o.AbsoluteTimeout = time.Hour
	})
	id := h.login("alice", "")
	for range 6 {
		if h.whoami(id) != "alice" {
			t.Fatal("session ended before its absolute deadline")
		}
		h.advance(9*time.Minute + 59*time.Second)
	}
	h.advance(time.Minute)
	if h.whoami(id) != "" {
		t.Fatal("session outlived the absolute timeout despite activity")
	}
	if !strings.Contains(h.logs.String(), "reason=absolute_timeout") && !strings.Contains(h.logs.String(), "session expired") {
		t.Errorf("absolute expiry not logged:\n%s", h.logs)
	}
}

func TestShortAbsoluteTimeoutAlone(t *testing.T) {
	// Only AbsoluteTimeout set, below the default idle timeout.
	h := newHarness(t, func(o *session.Options) { o.AbsoluteTimeout = 5 * time.Minute })
	id := h.login("alice", "")
	h.advance(4 * time.Minute)
	if h.whoami(id) != "alice" {
		t.Fatal("session ended early")
	}
	h.advance(61 * time.Second)
	if h.whoami(id) != "" {
		t.Fatal("session outlived a short absolute timeout")
	}
}

func TestIdleExtensionIsThrottled(t *testing.T) {
	h := newHarness(t, func(o *session.Options) { o.IdleTimeout = 100 * time.Second })
	id := h.login("alice", "")
	w := h.store.writes.Load()
	h.whoami(id)
	h.advance(500 * time.Millisecond)
	h.whoami(id)
	if got := h.store.writes.Load() - w; got != 0 {
		t.Fatalf("%d store writes for reads within 1%% of the idle timeout, want 0", got)
	}
	h.advance(time.Second)
	h.whoami(id)
	if got := h.store.writes.Load() - w; got != 1 {
		t.Fatalf("%d store writes after 1.5s, want 1 (idle extension)", got)
	}
}

func TestStoreDownOnLoad(t *testing.T) {
	var handled error
	h := newHarness(t, func(o *session.Options) {
		o.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
			handled = err
			http.Error(w, "try later", http.StatusServiceUnavailable)
		}
	})
	id := h.login("alice", "")
	h.store.fail.Store(true)
	rec, c := h.do("/whoami", id)
	if rec.Code != http.StatusServiceUnavailable || !errors.Is(handled, errDown) || c != nil {
		t.Fatalf("status %d, handled %v, cookie %v; want the error handler and no cookie change", rec.Code, handled, c)
	}
	if !strings.Contains(h.logs.String(), "session store error") {
		t.Errorf("store error not logged:\n%s", h.logs)
	}
	h.store.fail.Store(false)
	if h.whoami(id) != "alice" {
		t.Fatal("session lost after the store recovered")
	}
}

func TestStoreDownOnWrite(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	// The store fails after the load: Put cannot be saved.
	inner := h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.store.fail.Store(false)
		if _, err := session.UserID(r.Context()); err != nil {
			t.Error(err)
		}
		h.store.fail.Store(true)
		routes().ServeHTTP(w, r)
	}))
	h.h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Outer", "kept")
		inner.ServeHTTP(w, r)
	})
	rec, _ := h.do("/put?a=1", id)
	if rec.Code != http.StatusInternalServerError || rec.Header().Get("X-Handler") != "" || strings.Contains(rec.Body.String(), "ok") {
		t.Fatalf("lost write reported as: %d %q %q", rec.Code, rec.Header(), rec.Body)
	}
	if rec.Header().Get("X-Outer") != "kept" {
		t.Errorf("headers of outer middleware dropped: %q", rec.Header())
	}
	// A login whose error the handler ignored still fails the response.
	rec, c := h.do("/login?user=bob", id)
	if rec.Code != http.StatusInternalServerError || c != nil || rec.Header().Get("Location") != "" {
		t.Fatalf("failed login reported as: %d, cookie %v, %q", rec.Code, c, rec.Header())
	}
	// Logout must not pretend to succeed either.
	rec, c = h.do("/logout", id)
	if rec.Code != http.StatusInternalServerError || c != nil {
		t.Fatalf("failed logout reported as: %d, cookie %v", rec.Code, c)
	}
	h.store.fail.Store(false)
	h.h = h.m.Handler(routes())
	if h.whoami(id) != "alice" {
		t.Fatal("session damaged by failed writes")
	}
}

func TestNoMiddleware(t *testing.T) {
	ctx := context.Background()
	if _, _, err := session.Get[string](ctx, "a"); !errors.Is(err, session.ErrNoMiddleware) {
		t.Errorf("Get: %v", err)
	}
	for name, err := range map[string]error{
		"Put":       session.Put(ctx, "a", 1),
		"Delete":    session.Delete(ctx, "a"),
		"Login":     session.Login(ctx, "alice"),
		"Renew":     session.Renew(ctx),
		"Logout":    session.Logout(ctx),
		"LogoutAll": session.LogoutAll(ctx, "alice"),
	} {
		if !errors.Is(err, session.ErrNoMiddleware) {
			t.Errorf("%s: %v, want ErrNoMiddleware", name, err)
		}
	}
	if _, err := session.UserID(ctx); !errors.Is(err, session.ErrNoMiddleware) {
		t.Errorf("UserID: %v", err)
	}
}

func TestTypedValues(t *testing.T) {
	type cart struct {
		Items []string
		Total int
	}
	mem := memstore.New(memstore.Options{})
	defer mem.Close()
	m, err := session.New(session.Options{Store: mem, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	var id string
	step := func(f func(ctx context.Context) error) {
		t.Helper()
		req := httptest.NewRequest("GET", "/", nil)
		if id != "" {
			req.Header.Set("Cookie", session.DefaultCookieName+"="+id)
		}
		rec := httptest.NewRecorder()
		m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := f(r.Context()); err != nil {
				t.Error(err)
			}
		})).ServeHTTP(rec, req)
		for _, c := range rec.Result().Cookies() {
			id = c.Value
		}
	}
	step(func(ctx context.Context) error {
		if err := session.Put(ctx, "cart", cart{Items: []string{"tea"}, Total: 3}); err != nil {
			return err
		}
		if err := session.Put(ctx, "", 1); err == nil {
			return errors.New("empty key accepted")
		}
		if err := session.Put(ctx, "f", func() {}); err == nil {
			return errors.New("unencodable value accepted")
		}
		c, ok, err := session.Get[cart](ctx, "cart") // visible before commit
		if err != nil || !ok || c.Total != 3 {
			return fmt.Errorf("Get in same request: %v %v %v", c, ok, err)
		}
		return nil
	})
	step(func(ctx context.Context) error {
		c, ok, err := session.Get[cart](ctx, "cart")
		if err != nil || !ok || len(c.Items) != 1 || c.Items[0] != "tea" {
			return fmt.Errorf("Get[cart] = %v %v %v", c, ok, err)
		}
		if _, _, err := session.Get[int](ctx, "cart"); err == nil {
			return errors.New("Get[int] of a struct did not fail")
		}
		if _, ok, err := session.Get[int](ctx, "missing"); ok || err != nil {
			return fmt.Errorf("missing value: %v %v", ok, err)
		}
		return session.Delete(ctx, "cart")
	})
	step(func(ctx context.Context) error {
		if _, ok, _ := session.Get[cart](ctx, "cart"); ok {
			return errors.New("deleted value still present")
		}
		return nil
	})
}

func TestChangesAfterResponseAreRefused(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	var putErr, logoutErr error
	h.h = h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "early")
		putErr = session.Put(r.Context(), "a", 1)
		logoutErr = session.Logout(r.Context())
	}))
	h.do("/", id)
	if !errors.Is(putErr, session.ErrCommitted) || !errors.Is(logoutErr, session.ErrCommitted) {
		t.Fatalf("Put = %v, Logout = %v; want ErrCommitted", putErr, logoutErr)
	}
	h.h = h.m.Handler(routes())
	if h.whoami(id) != "" {
		t.Fatal("late Logout did not delete the session server-side")
	}
}

func TestFlushCommits(t *testing.T) {
	h := newHarness(t, nil)
	h.h = h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := session.Login(r.Context(), "alice"); err != nil {
			t.Error(err)
		}
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Error(err)
		}
		io.WriteString(w, "streamed")
	}))
	_, c := h.do("/", "")
	if c == nil {
		t.Fatal("no cookie when the handler flushed first")
	}
}

func TestBinding(t *testing.T) {
	h := newHarness(t, func(o *session.Options) {
		o.Bind = func(r *http.Request) string { return r.Header.Get("User-Agent") }
	})
	id := h.login("alice", "") // httptest requests have no User-Agent
	if h.whoami(id) != "alice" {
		t.Fatal("bound session rejected with the same client")
	}
	req := httptest.NewRequest("GET", "/whoami", nil)
	req.Header.Set("Cookie", session.DefaultCookieName+"="+id)
	req.Header.Set("User-Agent", "curl/8")
	rec := httptest.NewRecorder()
	h.h.ServeHTTP(rec, req)
	if rec.Body.String() != "" {
		t.Fatalf("session used from another client: %q", rec.Body)
	}
	if !strings.Contains(h.logs.String(), "reason=binding_mismatch") {
		t.Errorf("binding mismatch not logged:\n%s", h.logs)
	}
	if h.whoami(id) != "alice" {
		t.Fatal("mismatch destroyed the victim's session")
	}
}

func TestConcurrentRequests(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	const n = 32
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.do(fmt.Sprintf("/put?k%d=%d", i, i), id)
		}()
	}
	wg.Wait()
	for i := range n {
		rec, _ := h.do(fmt.Sprintf("/get?k=k%d", i), id)
		if want := fmt.Sprintf("true:%d", i); rec.Body.String() != want {
			t.Fatalf("value %d: %q, want %q (concurrent writes to distinct keys must all land)", i, rec.Body, want)
		}
	}
}

func TestLogoutWinsOverConcurrentWrite(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	loaded, loggedOut := make(chan struct{}), make(chan struct{})
	h.h = h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			close(loaded)
			<-loggedOut
			_ = session.Put(r.Context(), "a", 1)
			return
		}
		routes().ServeHTTP(w, r)
	}))
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.do("/slow", id)
	}()
	<-loaded
	h.do("/logout", id)
	close(loggedOut)
	<-done
	if h.whoami(id) != "" {
		t.Fatal("a write from a request started before logout revived the session")
	}
}

func TestEventsNeverContainIDs(t *testing.T) {
	h := newHarness(t, func(o *session.Options) { o.IdleTimeout = time.Minute })
	var ids []string
	_, c := h.do("/put?a=1", "")
	ids = append(ids, c.Value)
	id := h.login("alice", c.Value)
	ids = append(ids, id)
	_, c = h.do("/renew", id)
	ids = append(ids, c.Value)
	h.do("/logout", c.Value)
	late := h.login("bob", "")
	ids = append(ids, late)
	h.advance(2 * time.Minute)
	h.whoami(late)
	h.whoami(strings.Repeat("x", 43))
	logs := h.logs.String()
	for _, ev := range []string{"session created", "session renewed", "session destroyed", "session expired", "session rejected"} {
		if !strings.Contains(logs, ev) {
			t.Errorf("no %q event", ev)
		}
	}
	for _, id := range ids {
		if strings.Contains(logs, id) {
			t.Fatalf("ID %s appears in the logs", id)
		}
	}
}

func TestOptionsValidation(t *testing.T) {
	mem := memstore.New(memstore.Options{})
	defer mem.Close()
	quiet := slog.New(slog.DiscardHandler)
	bad := map[string]session.Options{
		"no store":                 {},
		"__Host- without Secure":   {Store: mem, DangerouslyAllowHTTP: true},
		"__Host- with Domain":      {Store: mem, DangerouslySetDomain: "example.com"},
		"__Host- with Path":        {Store: mem, DangerouslySetPath: "/app"},
		"None without Secure":      {Store: mem, CookieName: "s", DangerouslyAllowHTTP: true, DangerouslySameSiteNone: true},
		"Strict and None":          {Store: mem, SameSiteStrict: true, DangerouslySameSiteNone: true},
		"negative":                 {Store: mem, IdleTimeout: -1},
		"negative absolute":        {Store: mem, AbsoluteTimeout: -time.Second},
		"bad cookie name":          {Store: mem, CookieName: "a b"},
		"__Secure- without Secure": {Store: mem, CookieName: "__Secure-s", DangerouslyAllowHTTP: true},
	}
	for name, o := range bad {
		o.Logger = quiet
		if _, err := session.New(o); err == nil {
			t.Errorf("%s: New accepted the options", name)
		}
	}

	var logs syncBuffer
	m, err := session.New(session.Options{
		Store: mem, CookieName: "sid", SameSiteStrict: true,
		DangerouslyAllowHTTP: true, DangerouslyAllowScriptAccess: true, DangerouslySetDomain: "example.com",
		Logger: slog.New(slog.NewTextHandler(&logs, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = session.Login(r.Context(), "alice")
	})).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	sc := rec.Header().Get("Set-Cookie")
	if !strings.HasPrefix(sc, "sid=") || strings.Contains(sc, "Secure") || strings.Contains(sc, "HttpOnly") ||
		!strings.Contains(sc, "Domain=example.com") || !strings.Contains(sc, "SameSite=Strict") {
		t.Errorf("relaxed cookie = %q", sc)
	}
	for _, opt := range []string{"DangerouslyAllowHTTP", "DangerouslyAllowScriptAccess", "DangerouslySetDomain"} {
		if !strings.Contains(logs.String(), opt) {
			t.Errorf("no warning for %s", opt)
		}
	}
}
