package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session/pgstore/pgtest"
)

// doAll sends a request with the given cookies and returns the status, the
// body and every cookie the response set, by name.
func (c *client) doAll(method, path string, cookies map[string]string, form url.Values, header ...string) (int, string, map[string]*http.Cookie) {
	c.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, c.base+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range cookies {
		if v != "" {
			req.AddCookie(&http.Cookie{Name: k, Value: v})
		}
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
	set := map[string]*http.Cookie{}
	for _, x := range resp.Cookies() {
		set[x.Name] = x
	}
	return resp.StatusCode, string(b), set
}

const (
	sessionCookie  = "__Host-session"
	rememberCookie = "__Host-remember"
)

func TestDemoRememberMe(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			c := newClient(t, b.store, 0, 0)
			creds := url.Values{"username": {"alice"}, "password": {demoPassphrase}}
			// Without the box ticked there is no token.
			if _, _, set := c.doAll("POST", "/login", nil, creds); set[rememberCookie] != nil {
				t.Fatal("remember-me token without the box ticked")
			}
			creds.Set("remember", "on")
			code, _, set := c.doAll("POST", "/login", nil, creds)
			tok := set[rememberCookie]
			if code != http.StatusSeeOther || tok == nil || set[sessionCookie] == nil {
				t.Fatalf("login with remember-me: %d, cookies %v", code, set)
			}
			// The browser comes back later without its session cookie.
			code, body, set := c.doAll("GET", "/me", map[string]string{rememberCookie: tok.Value}, nil)
			if code != http.StatusOK || strings.TrimSpace(body) != "alice" || set[sessionCookie] == nil || set[rememberCookie] == nil {
				t.Fatalf("return with the token: %d %q, cookies %v", code, body, set)
			}
			sid, next := set[sessionCookie].Value, set[rememberCookie].Value
			if next == tok.Value {
				t.Fatal("token not rotated")
			}
			c.mustBe(sid, "alice")
			// Logout revokes the token of this browser.
			code, _, set = c.doAll("POST", "/logout", map[string]string{sessionCookie: sid, rememberCookie: next}, url.Values{})
			if code != http.StatusSeeOther || set[rememberCookie] == nil || set[rememberCookie].MaxAge >= 0 {
				t.Fatalf("logout: %d, cookies %v", code, set)
			}
			if code, _, _ := c.doAll("GET", "/me", map[string]string{rememberCookie: next}, nil); code != http.StatusUnauthorized {
				t.Fatalf("token after logout: %d", code)
			}
			// Logout everywhere revokes the tokens of every device.
			_, _, set = c.doAll("POST", "/login", nil, creds)
			laptop := set[rememberCookie].Value
			_, _, set = c.doAll("POST", "/login", nil, creds)
			c.doAll("POST", "/logout-everywhere", map[string]string{sessionCookie: set[sessionCookie].Value}, url.Values{})
			if code, _, _ := c.doAll("GET", "/me", map[string]string{rememberCookie: laptop}, nil); code != http.StatusUnauthorized {
				t.Fatalf("another device's token after logout everywhere: %d", code)
			}
		})
	}
}

func TestDemoDevicesAndFlash(t *testing.T) {
	c := newClient(t, backends()[0].store, 0, 0)
	creds := url.Values{"username": {"alice"}, "password": {demoPassphrase}}
	_, _, set := c.doAll("POST", "/login", nil, creds, "User-Agent", "laptop-browser")
	laptop := set[sessionCookie].Value
	_, _, set = c.doAll("POST", "/login", nil, creds, "User-Agent", "phone-browser")
	phone := set[sessionCookie].Value
	bob := c.login("bob", "")
	// The flash is shown once.
	if _, body, _ := c.doAll("GET", "/", map[string]string{sessionCookie: phone}, nil); !strings.Contains(body, "Logged in as alice.") {
		t.Fatalf("no flash after login:\n%s", body)
	}
	if _, body, _ := c.doAll("GET", "/", map[string]string{sessionCookie: phone}, nil); strings.Contains(body, "Logged in as alice.") {
		t.Fatal("flash shown twice")
	}
	code, body, _ := c.doAll("GET", "/devices", map[string]string{sessionCookie: phone}, nil)
	if code != http.StatusOK || !strings.Contains(body, "laptop-browser") || !strings.Contains(body, "phone-browser") || !strings.Contains(body, "this device") {
		t.Fatalf("devices page: %d\n%s", code, body)
	}
	if strings.Contains(body, laptop) || strings.Contains(body, phone) {
		t.Fatal("the devices page shows a session ID")
	}
	handles := regexp.MustCompile(`name="handle" value="([^"]+)"`).FindAllStringSubmatch(body, -1)
	if len(handles) != 1 {
		t.Fatalf("%d end buttons, want 1 (the other device)", len(handles))
	}
	// Bob cannot end alice's session with its handle.
	if code, _, _ := c.doAll("POST", "/devices/end", map[string]string{sessionCookie: bob}, url.Values{"handle": {handles[0][1]}}); code != http.StatusNotFound {
		t.Fatalf("bob ending alice's session: %d", code)
	}
	c.mustBe(laptop, "alice")
	if code, _, _ := c.doAll("POST", "/devices/end", map[string]string{sessionCookie: phone}, url.Values{"handle": {handles[0][1]}}); code != http.StatusSeeOther {
		t.Fatalf("ending the laptop's session: %d", code)
	}
	c.mustBe(laptop, "")
	c.mustBe(phone, "alice")
}

// TestRunPostgres starts the real command wiring with -postgres and logs
// in over HTTP; a second run on the same database keeps the session.
func TestRunPostgres(t *testing.T) {
	srv := pgtest.Start(t)
	start := func() (string, func()) {
		cfg, err := parseFlags([]string{"-addr", "127.0.0.1:0", "-postgres", srv.URL, "-idle", "1m", "-absolute", "1h"}, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		ready := make(chan string, 1)
		done := make(chan error, 1)
		go func() { done <- run(ctx, cfg, slog.New(slog.DiscardHandler), ready) }()
		select {
		case addr := <-ready:
			return addr, func() {
				cancel()
				if err := <-done; err != nil {
					t.Errorf("run: %v", err)
				}
			}
		case err := <-done:
			t.Fatalf("run: %v", err)
		case <-time.After(20 * time.Second):
			t.Fatal("server did not start")
		}
		panic("unreachable")
	}
	addr, stop := start()
	c := &client{t: t, base: "http://" + addr, http: &http.Client{
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Timeout:       30 * time.Second,
	}}
	id := c.login("alice", "")
	c.mustBe(id, "alice")
	stop()
	addr, stop = start()
	defer stop()
	c.base = "http://" + addr
	c.mustBe(id, "alice")
}
