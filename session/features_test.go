package session_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
)

// Point 2 of issue 13: 500 parallel increments of one counter keep 500,
// on every store.
func TestConcurrentIncrements(t *testing.T) {
	eachBackend(t, nil, func(t *testing.T, h *harness) {
		id := h.login("alice", "")
		srv := httptest.NewServer(h.h)
		defer srv.Close()
		const n = 500
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				req, _ := http.NewRequest("POST", srv.URL+"/incr", nil)
				req.Header.Set("Cookie", session.DefaultCookieName+"="+id)
				resp, err := srv.Client().Do(req)
				if err != nil {
					errs <- err
					return
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					errs <- fmt.Errorf("status %d: %s", resp.StatusCode, body)
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if rec, _ := h.do("/incr", id); rec.Body.String() != strconv.Itoa(n+1) {
			t.Fatalf("counter after %d concurrent increments and one more: %s", n, rec.Body)
		}
	})
}

func TestUpdate(t *testing.T) {
	h := newHarness(t, nil)
	// On an anonymous request, Update starts a session.
	rec, c := h.do("/incr", "")
	if rec.Body.String() != "1" || c == nil {
		t.Fatalf("first Update: %q, cookie %v", rec.Body, c)
	}
	id := c.Value
	if rec, _ := h.do("/incr", id); rec.Body.String() != "2" {
		t.Fatalf("second Update: %q", rec.Body)
	}
	var got []string
	h.h = h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		// fn's error aborts: nothing is written.
		boom := errors.New("boom")
		if _, err := session.Update(ctx, "n", func(int) (int, error) { return 99, boom }); !errors.Is(err, boom) {
			t.Errorf("Update with failing fn = %v", err)
		}
		v, _, _ := session.Get[int](ctx, "n")
		got = append(got, fmt.Sprint(v))
		// After a Put in the same request, Update works on the Put.
		_ = session.Put(ctx, "n", 10)
		v, err := session.Update(ctx, "n", func(old int) (int, error) { return old + 1, nil })
		got = append(got, fmt.Sprint(v, err))
		// A value over the limit is refused.
		_, err = session.Update(ctx, "big", func(string) (string, error) { return strings.Repeat("x", 64<<10), nil })
		got = append(got, fmt.Sprint(errors.Is(err, session.ErrTooLarge)))
		// fn may use the session itself.
		_, err = session.Update(ctx, "copy", func(int) (int, error) {
			n, _, err := session.Get[int](ctx, "n")
			return n, err
		})
		got = append(got, fmt.Sprint(err))
	}))
	h.do("/", id)
	h.h = h.m.Handler(routes())
	if s := strings.Join(got, " "); s != "2 11 <nil> true <nil>" {
		t.Fatalf("Update semantics: %s", s)
	}
	if rec, _ := h.do("/get?k=n", id); rec.Body.String() != "false:" { // Get[string] of an int fails
		if rec.Code != http.StatusTeapot {
			t.Fatalf("value n: %d %q", rec.Code, rec.Body)
		}
	}
	if rec, _ := h.do("/incr", id); rec.Body.String() != "12" {
		t.Fatalf("after Put+Update committed: %q", rec.Body)
	}
}

// Update of a session that a concurrent request ended reports ErrEnded.
func TestUpdateAfterLogout(t *testing.T) {
	h := newHarness(t, nil)
	id := h.login("alice", "")
	slow := newSlow("")
	var err error
	h.h = h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/slow" {
			routes().ServeHTTP(w, r)
			return
		}
		_, _ = session.UserID(r.Context())
		close(slow.loaded)
		<-slow.release
		_, err = session.Update(r.Context(), "n", func(old int) (int, error) { return old + 1, nil })
	}))
	finish := h.inFlight(slow, id)
	h.do("/logout", id)
	finish()
	if !errors.Is(err, session.ErrEnded) {
		t.Fatalf("Update after a concurrent logout = %v, want ErrEnded", err)
	}
	if h.whoami(id) != "" {
		t.Fatal("Update revived a logged-out session")
	}
}

func TestPop(t *testing.T) {
	eachBackend(t, nil, func(t *testing.T, h *harness) {
		id := h.login("alice", "")
		h.do("/put?flash=saved", id)
		if rec, _ := h.do("/pop?k=flash", id); rec.Body.String() != "true:saved" {
			t.Fatalf("first Pop: %q", rec.Body)
		}
		if rec, _ := h.do("/pop?k=flash", id); rec.Body.String() != "false:" {
			t.Fatalf("second Pop: %q", rec.Body)
		}
		// Of concurrent requests, exactly one gets the flash.
		h.do("/put?flash=once", id)
		var wg sync.WaitGroup
		var mu sync.Mutex
		got := 0
		for range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rec, _ := h.do("/pop?k=flash", id)
				if rec.Body.String() == "true:once" {
					mu.Lock()
					got++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if got != 1 {
			t.Fatalf("%d requests popped the flash, want 1", got)
		}
	})
}

func TestSizeLimitOptions(t *testing.T) {
	h := newHarness(t, func(o *session.Options) { o.MaxValueSize = 10; o.MaxSessionSize = 30 })
	var errs []error
	h.h = h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		errs = append(errs,
			session.Put(ctx, "a", "12345678"), // 10 bytes encoded: at the limit
			session.Put(ctx, "b", "123456789"),
			session.Put(ctx, "c", "12345678"),
			session.Put(ctx, "d", "12345678"), // 3×11 > 30
		)
	}))
	h.do("/", "")
	if errs[0] != nil || !errors.Is(errs[1], session.ErrTooLarge) || errs[2] != nil || !errors.Is(errs[3], session.ErrTooLarge) {
		t.Fatalf("Put errors = %v", errs)
	}
	if !strings.Contains(errs[1].Error(), "MaxValueSize") || !strings.Contains(errs[3].Error(), "MaxSessionSize") {
		t.Errorf("errors do not name the limit: %v", errs)
	}
	if _, err := session.New(session.Options{Store: h.store, MaxValueSize: -1}); err == nil {
		t.Error("negative limit accepted")
	}
}

// Concurrent requests that each stay within the limit cannot together
// grow a session past it: the store refuses the commit that would.
func TestSessionLimitHoldsAcrossRequests(t *testing.T) {
	h := newHarness(t, func(o *session.Options) { o.MaxSessionSize = 40 })
	id := h.login("alice", "")
	a := newSlow("a=" + strings.Repeat("x", 20))
	h.withSlow(a)
	finish := h.inFlight(a, id)
	if rec, _ := h.do("/put?b="+strings.Repeat("y", 20), id); rec.Code != http.StatusOK {
		t.Fatalf("first write within the limit: %d", rec.Code)
	}
	rec := finish()
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("the write that would exceed the limit answered %d %q", rec.Code, rec.Body)
	}
}

// Point 8 of issue 13: the ErrorHandler can tell a load failure from a
// save failure, and a route can choose to continue anonymously.
func TestOutageChoices(t *testing.T) {
	var handled []error
	var mu sync.Mutex
	h := newHarness(t, func(o *session.Options) {
		o.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
			mu.Lock()
			handled = append(handled, err)
			mu.Unlock()
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
		}
	})
	id := h.login("alice", "")
	mux := http.NewServeMux()
	mux.Handle("/home", session.AnonymousOnLoadError(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := session.UserID(r.Context())
		if err != nil {
			fail(w, err)
			return
		}
		fmt.Fprintf(w, "hello %q", u)
	})))
	mux.Handle("/home-put", session.AnonymousOnLoadError(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = session.Put(r.Context(), "seen", true) // error ignored: the response must still fail
		io.WriteString(w, "ok")
	})))
	mux.HandleFunc("/save-fails", func(w http.ResponseWriter, r *http.Request) {
		_, _ = session.UserID(r.Context())
		h.store.fail.Store(true)
		_ = session.Put(r.Context(), "a", 1)
	})
	mux.Handle("/", routes())
	h.h = h.m.Handler(mux)

	h.store.fail.Store(true)
	rec, c := h.do("/home", id)
	if rec.Code != http.StatusOK || rec.Body.String() != `hello ""` || c != nil {
		t.Fatalf("tolerant page during outage: %d %q, cookie %v", rec.Code, rec.Body, c)
	}
	if rec, _ := h.do("/home-put", id); rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("tolerant page that writes during outage: %d %q", rec.Code, rec.Body)
	}
	if rec, _ := h.do("/whoami", id); rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("page that needs the session during outage: %d", rec.Code)
	}
	h.store.fail.Store(false)
	if rec, _ := h.do("/save-fails", id); rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("failed save: %d", rec.Code)
	}
	h.store.fail.Store(false)
	mu.Lock()
	defer mu.Unlock()
	if len(handled) != 3 {
		t.Fatalf("error handler called %d times: %v", len(handled), handled)
	}
	for i, want := range []error{session.ErrLoadFailed, session.ErrLoadFailed, session.ErrSaveFailed} {
		other := session.ErrSaveFailed
		if want == other {
			other = session.ErrLoadFailed
		}
		if !errors.Is(handled[i], want) || errors.Is(handled[i], other) || !errors.Is(handled[i], errDown) {
			t.Errorf("error %d = %v, want %v wrapping the store error", i, handled[i], want)
		}
	}
	if h.whoami(id) != "alice" {
		t.Fatal("session lost")
	}
}

func TestSessionsAndEndSession(t *testing.T) {
	eachBackend(t, nil, func(t *testing.T, h *harness) {
		a1 := h.login("alice", "")
		a2 := h.login("alice", "")
		b := h.login("bob", "")
		rec, _ := h.do("/sessions", a2)
		lines := strings.Fields(rec.Body.String())
		// Two logins in the same instant tie on login time, so the order
		// of the list is not asserted: one entry is the current session.
		if len(lines) == 4 && lines[1] == "true" && lines[3] == "false" {
			lines = []string{lines[2], lines[3], lines[0], lines[1]}
		}
		if len(lines) != 4 || lines[1] != "false" || lines[3] != "true" {
			t.Fatalf("alice's sessions from her second one:\n%s", rec.Body)
		}
		for _, id := range []string{a1, a2, b} {
			if strings.Contains(rec.Body.String(), id) {
				t.Fatal("a handle contains a session ID")
			}
		}
		bobs, _ := h.do("/sessions", b)
		bobHandle := strings.Fields(bobs.Body.String())[0]
		// Ending another user's session by its handle ends nothing.
		if rec, _ := h.do("/end?h="+bobHandle, a2); rec.Code != http.StatusTeapot || h.whoami(b) != "bob" {
			t.Fatalf("alice ended bob's session: %d", rec.Code)
		}
		if rec, _ := h.do("/end?h="+lines[0], a2); rec.Code != http.StatusOK {
			t.Fatalf("ending alice's first session: %d %q", rec.Code, rec.Body)
		}
		if h.whoami(a1) != "" || h.whoami(a2) != "alice" {
			t.Fatal("EndSession ended the wrong session")
		}
		// Ending the current session is a logout.
		if rec, c := h.do("/end?h="+lines[2], a2); rec.Code != http.StatusOK || c == nil || c.MaxAge >= 0 {
			t.Fatalf("ending the current session: %d, cookie %v", rec.Code, c)
		}
		if h.whoami(a2) != "" {
			t.Fatal("current session survived EndSession")
		}
		if list, err := h.m.Sessions(context.Background(), "bob"); err != nil || len(list) != 1 {
			t.Fatalf("Manager.Sessions(bob) = %v, %v", list, err)
		}
	})
}

func TestBrowserSessionCookie(t *testing.T) {
	h := newHarness(t, func(o *session.Options) { o.BrowserSessionCookie = true })
	rec, _ := h.do("/login?user=alice", "")
	sc := rec.Header().Get("Set-Cookie")
	if strings.Contains(sc, "Max-Age") || strings.Contains(sc, "Expires") || !strings.Contains(sc, "Secure") {
		t.Fatalf("browser-session cookie: %q", sc)
	}
}

// --- remember-me -------------------------------------------------------

const rememberCookie = session.DefaultRememberCookieName

// doWith sends a request with the given cookies and returns the response
// and the cookies it set, by name.
func (h *harness) doWith(path string, cookies map[string]string) (*httptest.ResponseRecorder, map[string]*http.Cookie) {
	h.t.Helper()
	req := httptest.NewRequest(http.MethodPost, "https://example.test"+path, nil)
	for k, v := range cookies {
		if v != "" {
			req.AddCookie(&http.Cookie{Name: k, Value: v})
		}
	}
	rec := httptest.NewRecorder()
	h.h.ServeHTTP(rec, req)
	set := map[string]*http.Cookie{}
	for _, c := range rec.Result().Cookies() {
		set[c.Name] = c
	}
	return rec, set
}

func newRememberHarness(t *testing.T) (*harness, *memstore.Store) {
	var h *harness
	tokens := memstore.New(memstore.Options{Now: func() time.Time { return h.clock() }})
	t.Cleanup(func() { tokens.Close() })
	h = newHarness(t, func(o *session.Options) { o.RememberStore = tokens })
	return h, tokens
}

func TestRememberMe(t *testing.T) {
	h, tokens := newRememberHarness(t)
	rec, set := h.doWith("/remember?user=alice", nil)
	tok := set[rememberCookie]
	if rec.Code != http.StatusOK || tok == nil || set[session.DefaultCookieName] == nil {
		t.Fatalf("remember: %d, cookies %v", rec.Code, set)
	}
	if tok.MaxAge != int(session.DefaultRememberFor.Seconds()) || !tok.Secure || !tok.HttpOnly || tok.SameSite != http.SameSiteLaxMode {
		t.Fatalf("remember-me cookie: %v", tok)
	}
	if tokens.Len() != 1 {
		t.Fatalf("%d tokens stored", tokens.Len())
	}
	// A later visit with only the token logs in with a fresh session and
	// a new token; the old one is used up.
	h.advance(time.Hour)
	rec, set = h.doWith("/whoami", map[string]string{rememberCookie: tok.Value})
	if rec.Body.String() != "alice" || set[session.DefaultCookieName] == nil || set[rememberCookie] == nil {
		t.Fatalf("visit with the token: %q, cookies %v", rec.Body, set)
	}
	next := set[rememberCookie]
	if next.Value == tok.Value || next.MaxAge != int((session.DefaultRememberFor-time.Hour).Seconds()) {
		t.Fatalf("token not rotated, or its lifetime extended: %v", next)
	}
	if !strings.Contains(h.logs.String(), "reason=remember_me") {
		t.Error("remembered login not logged")
	}
	// Within the rotation grace, the used token is ignored (a second tab);
	// after it, rejected and its cookie expired.
	rec, set = h.doWith("/whoami", map[string]string{rememberCookie: tok.Value})
	if rec.Body.String() != "" || set[rememberCookie] != nil {
		t.Fatalf("used token within the grace: %q, cookies %v", rec.Body, set)
	}
	h.advance(session.DefaultRotationGrace + time.Second)
	rec, set = h.doWith("/whoami", map[string]string{rememberCookie: tok.Value})
	if rec.Body.String() != "" || set[rememberCookie] == nil || set[rememberCookie].MaxAge >= 0 {
		t.Fatalf("replayed token: %q, cookies %v", rec.Body, set)
	}
	// A tampered validator is rejected.
	bad := next.Value[:len(next.Value)-2] + "AA"
	if bad != next.Value {
		if rec, _ := h.doWith("/whoami", map[string]string{rememberCookie: bad}); rec.Body.String() != "" {
			t.Fatal("tampered token accepted")
		}
	}
	// Logout revokes the browser's token.
	rec, set = h.doWith("/whoami", map[string]string{rememberCookie: next.Value})
	sid := set[session.DefaultCookieName].Value
	third := set[rememberCookie].Value
	_, set = h.doWith("/logout", map[string]string{session.DefaultCookieName: sid, rememberCookie: third})
	if set[rememberCookie] == nil || set[rememberCookie].MaxAge >= 0 {
		t.Fatalf("logout did not expire the remember-me cookie: %v", set)
	}
	if rec, _ := h.doWith("/whoami", map[string]string{rememberCookie: third}); rec.Body.String() != "" {
		t.Fatal("token works after logout")
	}
	// Nothing is left once the used tokens' grace has passed.
	h.advance(session.DefaultRotationGrace + time.Second)
	tokens.Sweep()
	if tokens.Len() != 0 {
		t.Fatalf("%d tokens left after logout", tokens.Len())
	}
	if rec.Code != http.StatusOK {
		t.Fatal(rec.Code)
	}
}

func TestRememberMeRevokedEverywhere(t *testing.T) {
	for _, how := range []string{"/logout-all", "/password-changed"} {
		t.Run(how, func(t *testing.T) {
			h, _ := newRememberHarness(t)
			_, set := h.doWith("/remember?user=alice", nil)
			laptop := set[rememberCookie].Value
			_, set = h.doWith("/remember?user=alice", nil)
			phone, phoneSID := set[rememberCookie].Value, set[session.DefaultCookieName].Value
			rec, set := h.doWith(how, map[string]string{session.DefaultCookieName: phoneSID, rememberCookie: phone})
			if rec.Code != http.StatusOK || set[rememberCookie] == nil || set[rememberCookie].MaxAge >= 0 {
				t.Fatalf("%s: %d, cookies %v", how, rec.Code, set)
			}
			for _, tok := range []string{laptop, phone} {
				if rec, _ := h.doWith("/whoami", map[string]string{rememberCookie: tok}); rec.Body.String() != "" {
					t.Fatalf("a token survived %s", how)
				}
			}
			kept := set[session.DefaultCookieName]
			if how == "/password-changed" {
				if kept == nil || kept.Value == phoneSID || h.whoami(kept.Value) != "alice" {
					t.Fatalf("PasswordChanged did not keep the user logged in with a new ID: %v", kept)
				}
				h.advance(session.DefaultRotationGrace + time.Second)
				if h.whoami(phoneSID) != "" {
					t.Fatal("the pre-change session ID still works")
				}
			}
		})
	}
}

func TestRememberNeedsStoreAndLogin(t *testing.T) {
	h := newHarness(t, nil)
	if rec, _ := h.do("/remember?user=alice", ""); rec.Code != http.StatusTeapot {
		t.Fatalf("Remember without RememberStore: %d", rec.Code)
	}
	h2, _ := newRememberHarness(t)
	h2.h = h2.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := session.Remember(r.Context()); err == nil {
			t.Error("Remember on an anonymous request succeeded")
		}
	}))
	h2.do("/", "")
	if _, err := session.New(session.Options{Store: h.store, RememberStore: h.store, CookieName: "s",
		DangerouslyAllowHTTP: true, Logger: slog.New(slog.DiscardHandler)}); err == nil {
		t.Error("__Host-remember accepted without Secure")
	}
}
