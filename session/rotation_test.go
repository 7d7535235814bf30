package session_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
)

// slowRoute runs beside the test routes: it reads the session (so it is
// loaded), signals on loaded, waits for release, then optionally puts a
// value and answers 200 "slow".
type slowRoute struct {
	loaded  chan struct{}
	release chan struct{}
	put     string // "k=v" to put after release, "" for a read-only request
}

func newSlow(put string) *slowRoute {
	return &slowRoute{loaded: make(chan struct{}), release: make(chan struct{}), put: put}
}

func (h *harness) withSlow(s *slowRoute) {
	h.h = h.m.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/slow" {
			routes().ServeHTTP(w, r)
			return
		}
		if _, err := session.UserID(r.Context()); err != nil {
			fail(w, err)
			return
		}
		close(s.loaded)
		<-s.release
		if s.put != "" {
			k, v, _ := cutEq(s.put)
			if err := session.Put(r.Context(), k, v); err != nil {
				fail(w, err)
				return
			}
		}
		io.WriteString(w, "slow")
	}))
}

func cutEq(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// inFlight starts the slow request with id and returns a function that
// releases it and returns its response.
func (h *harness) inFlight(s *slowRoute, id string) func() *httptest.ResponseRecorder {
	done := make(chan *httptest.ResponseRecorder, 1)
	go func() {
		req := httptest.NewRequest(http.MethodPost, "https://example.test/slow", nil)
		req.Header.Set("Cookie", session.DefaultCookieName+"="+id)
		rec := httptest.NewRecorder()
		h.h.ServeHTTP(rec, req)
		done <- rec
	}()
	<-s.loaded
	return func() *httptest.ResponseRecorder {
		close(s.release)
		return <-done
	}
}

// sessionCookieIn returns the session cookie a response set, or nil.
func sessionCookieIn(rec *httptest.ResponseRecorder) *http.Cookie {
	for _, c := range rec.Result().Cookies() {
		if c.Name == session.DefaultCookieName {
			return c
		}
	}
	return nil
}

// Point 1 of issue 13: a request that loaded the old ID and finishes after
// Renew or Login must neither delete the browser's (new) cookie nor lose
// its write while answering 200.
func TestInFlightRequestDuringRotation(t *testing.T) {
	for _, c := range []struct {
		name   string
		rotate func(h *harness, id string) string // returns the new ID
		user   string
	}{
		{"renew", func(h *harness, id string) string {
			_, ck := h.do("/renew", id)
			if ck == nil {
				h.t.Fatal("renew set no cookie")
			}
			return ck.Value
		}, "alice"},
		{"login again", func(h *harness, id string) string { return h.login("alice", id) }, "alice"},
		{"login from anonymous", func(h *harness, id string) string { return h.login("alice", id) }, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			eachBackend(t, nil, func(t *testing.T, h *harness) {
				var id string
				if c.user != "" {
					id = h.login(c.user, "")
				} else {
					_, ck := h.do("/put?cart=3", "")
					id = ck.Value
				}
				slow := newSlow("late=1")
				h.withSlow(slow)
				finish := h.inFlight(slow, id)
				nu := c.rotate(h, id)
				rec := finish()
				if ck := sessionCookieIn(rec); ck != nil {
					t.Fatalf("in-flight request answered %d with session cookie %v: it overwrites the new cookie", rec.Code, ck)
				}
				if rec.Code == http.StatusOK {
					// Success must mean the write landed, in the new session.
					if got, _ := h.do("/get?k=late", nu); got.Body.String() != "true:1" {
						t.Fatalf("in-flight Put answered 200 but is lost: %q", got.Body)
					}
				}
				if rec.Code != http.StatusOK {
					t.Fatalf("in-flight request: %d %q", rec.Code, rec.Body)
				}
				if u := h.whoami(nu); u != "alice" {
					t.Fatalf("new session: user %q", u)
				}
			})
		})
	}
}

// A read-only request in flight during Renew, whose idle refresh is due at
// commit, must not log the user out either.
func TestInFlightReadDuringRenewWithIdleRefresh(t *testing.T) {
	// Idle 10s: a refresh is due every 100 ms.
	eachBackend(t, func(o *session.Options) { o.IdleTimeout = 10 * time.Second }, func(t *testing.T, h *harness) {
		id := h.login("alice", "")
		h.advance(200 * time.Millisecond) // an idle refresh is due on the next request
		slow := newSlow("")
		h.withSlow(slow)
		finish := h.inFlight(slow, id)
		_, ck := h.do("/renew", id)
		rec := finish()
		if c := sessionCookieIn(rec); c != nil {
			t.Fatalf("read-only in-flight request set session cookie %v (status %d)", c, rec.Code)
		}
		if rec.Code != http.StatusOK {
			t.Fatalf("read-only in-flight request: %d", rec.Code)
		}
		if h.whoami(ck.Value) != "alice" {
			t.Fatal("renewed session lost")
		}
	})
}

// A request sent with the old ID just after the rotation (the browser had
// not yet received the new cookie) must not log the user out.
func TestRequestWithOldIDJustAfterRenew(t *testing.T) {
	eachBackend(t, nil, func(t *testing.T, h *harness) {
		id := h.login("alice", "")
		_, ck := h.do("/renew", id)
		rec, c := h.do("/whoami", id)
		if c != nil {
			t.Fatalf("request with the pre-renew ID got session cookie %v", c)
		}
		if rec.Body.String() != "alice" {
			t.Fatalf("request with the pre-renew ID, right after renew: user %q", rec.Body)
		}
		if h.whoami(ck.Value) != "alice" {
			t.Fatal("renewed session lost")
		}
	})
}

// Within the grace window a pre-login ID stays what it was: it cannot read
// the user, cannot log the user out, and a Login as another user leaves it
// nothing to write to.
func TestPreLoginIDWithinGrace(t *testing.T) {
	h := newHarness(t, nil)
	_, ck := h.do("/put?cart=3", "")
	pre := ck.Value
	id := h.login("alice", pre)
	if rec, c := h.do("/whoami", pre); rec.Body.String() != "" || c != nil {
		t.Fatalf("pre-login ID: user %q, cookie %v", rec.Body, c)
	}
	if rec, c := h.do("/logout", pre); rec.Code != http.StatusOK || c != nil {
		t.Fatalf("logout with the pre-login ID: %d, cookie %v (must not expire the new cookie)", rec.Code, c)
	}
	if h.whoami(id) != "alice" {
		t.Fatal("the pre-login ID logged the user out")
	}
	// Logout through the renewed ID of the same user does expire the
	// cookie and end the session.
	_, ck = h.do("/renew", id)
	if rec, c := h.do("/logout", id); rec.Code != http.StatusOK || c == nil || c.MaxAge >= 0 {
		t.Fatalf("logout with the pre-renew ID: %d, cookie %v", rec.Code, c)
	}
	if h.whoami(ck.Value) != "" {
		t.Fatal("logout through a forwarded ID left the session alive")
	}
	// After a login as another user, the old user's ID has nothing left.
	a := h.login("alice", "")
	b := h.login("bob", a)
	if rec, c := h.do("/put?x=1", a); rec.Code == http.StatusOK || c != nil {
		t.Fatalf("write with alice's replaced ID after bob's login: %d, cookie %v", rec.Code, c)
	}
	if rec, _ := h.do("/get?k=x", b); rec.Body.String() != "false:" {
		t.Fatal("alice's old ID wrote into bob's session")
	}
}

// With Options.Bind, a replaced ID forwards only for the client it
// belonged to.
func TestForwardingRespectsBinding(t *testing.T) {
	h := newHarness(t, func(o *session.Options) {
		o.Bind = func(r *http.Request) string { return r.Header.Get("User-Agent") }
	})
	id := h.login("alice", "")
	_, ck := h.do("/renew", id)
	if h.whoami(id) != "alice" {
		t.Fatal("the same client lost its session within the grace")
	}
	req := httptest.NewRequest("GET", "/whoami", nil)
	req.Header.Set("Cookie", session.DefaultCookieName+"="+id)
	req.Header.Set("User-Agent", "other/1")
	rec := httptest.NewRecorder()
	h.h.ServeHTTP(rec, req)
	if rec.Body.String() != "" || sessionCookieIn(rec) != nil {
		t.Fatalf("another client used the replaced ID: %q", rec.Body)
	}
	if h.whoami(ck.Value) != "alice" {
		t.Fatal("renewed session lost")
	}
}
