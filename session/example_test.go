package session_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/redisstore"
)

// A production setup: sessions in Redis, CSRF protection in front, and the
// session middleware around the application's routes.
func Example() {
	client := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	defer client.Close()
	sessions, err := session.New(session.Options{
		Store: redisstore.New(client, redisstore.Options{}),
		// IdleTimeout and AbsoluteTimeout default to 30m and 12h.
	})
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		user, err := session.UserID(r.Context())
		if err != nil || user == "" {
			http.Error(w, "not logged in", http.StatusUnauthorized)
			return
		}
		fmt.Fprintln(w, user)
	})
	handler := http.NewCrossOriginProtection().Handler(sessions.Handler(mux))
	_ = handler // http.ListenAndServeTLS(":443", "cert.pem", "key.pem", handler)
}

// client is a tiny cookie-carrying client for the examples.
type exampleClient struct {
	h  http.Handler
	id string
}

func (c *exampleClient) do(method, path string) *http.Response {
	req := httptest.NewRequest(method, "https://example.com"+path, nil)
	if c.id != "" {
		req.Header.Set("Cookie", session.DefaultCookieName+"="+c.id)
	}
	rec := httptest.NewRecorder()
	c.h.ServeHTTP(rec, req)
	resp := rec.Result()
	for _, ck := range resp.Cookies() {
		if ck.Name == session.DefaultCookieName {
			c.id = ck.Value
		}
	}
	return resp
}

// Login after checking credentials, Logout to end the session. Login issues
// a new session ID every time; Logout deletes the session in the store.
func ExampleLogin() {
	store := memstore.New(memstore.Options{}) // tests and development only
	defer store.Close()
	sessions, _ := session.New(session.Options{Store: store, Logger: slog.New(slog.DiscardHandler)})

	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		// ... verify the password with package password first ...
		if err := session.Login(r.Context(), "alice"); err != nil {
			return // the middleware answers with its error handler
		}
		http.Redirect(w, r, "/me", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		user, _ := session.UserID(r.Context())
		if user == "" {
			http.Error(w, "not logged in", http.StatusUnauthorized)
			return
		}
		fmt.Fprint(w, user)
	})
	mux.HandleFunc("POST /logout", func(w http.ResponseWriter, r *http.Request) {
		if err := session.Logout(r.Context()); err != nil {
			return
		}
		http.Redirect(w, r, "/", http.StatusSeeOther)
	})

	c := &exampleClient{h: http.NewCrossOriginProtection().Handler(sessions.Handler(mux))}
	resp := c.do("POST", "/login")
	setCookie := resp.Header.Get("Set-Cookie")
	fmt.Println(resp.StatusCode, setCookie[strings.Index(setCookie, ";")+2:])
	fmt.Println(c.do("GET", "/me").StatusCode)
	old := c.id
	c.do("POST", "/login")
	fmt.Println("new ID on login:", c.id != old)
	loggedIn := c.id
	c.do("POST", "/logout")
	c.id = loggedIn // replaying the cookie after logout does not work
	fmt.Println(c.do("GET", "/me").StatusCode)
	// Output:
	// 303 Path=/; Max-Age=43200; HttpOnly; Secure; SameSite=Lax
	// 200
	// new ID on login: true
	// 401
}

// Values are typed: Put stores any JSON-encodable value, Get decodes it.
func ExampleGet() {
	type Cart struct{ Items []string }
	store := memstore.New(memstore.Options{}) // tests and development only
	defer store.Close()
	sessions, _ := session.New(session.Options{Store: store, Logger: slog.New(slog.DiscardHandler)})
	c := &exampleClient{h: sessions.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		cart, _, err := session.Get[Cart](ctx, "cart")
		if err != nil {
			http.Error(w, "bad session", http.StatusInternalServerError)
			return
		}
		cart.Items = append(cart.Items, r.URL.Query().Get("add"))
		if err := session.Put(ctx, "cart", cart); err != nil {
			http.Error(w, "bad value", http.StatusInternalServerError)
			return
		}
		fmt.Println(cart.Items)
	}))}
	c.do("POST", "/?add=tea")
	c.do("POST", "/?add=milk")
	// Output:
	// [tea]
	// [tea milk]
}

// End every session of a user, for instance after a password change. It
// works outside requests, too.
func ExampleManager_LogoutAll() {
	store := memstore.New(memstore.Options{}) // tests and development only
	defer store.Close()
	sessions, _ := session.New(session.Options{Store: store, Logger: slog.New(slog.DiscardHandler)})
	if err := sessions.LogoutAll(context.Background(), "alice"); err != nil {
		fmt.Println("store failure:", err)
		return
	}
	fmt.Println("all of alice's sessions ended")
	// Output: all of alice's sessions ended
}

// Relaxing the cookie takes options that say what they do. This one is for
// local development without TLS.
func ExampleOptions_dangerouslyAllowHTTP() {
	store := memstore.New(memstore.Options{}) // tests and development only
	defer store.Close()
	_, err := session.New(session.Options{Store: store, DangerouslyAllowHTTP: true, Logger: slog.New(slog.DiscardHandler)})
	fmt.Println(err)
	_, err = session.New(session.Options{Store: store, DangerouslyAllowHTTP: true, CookieName: "dev-session", Logger: slog.New(slog.DiscardHandler)})
	fmt.Println(err)
	// Output:
	// session: a "__Host-session" cookie must be Secure with Path=/ and no Domain; choose another CookieName to relax these
	// <nil>
}

// Update changes a value atomically, so concurrent requests do not lose
// increments as Get followed by Put would.
func ExampleUpdate() {
	store := memstore.New(memstore.Options{}) // tests and development only
	defer store.Close()
	sessions, _ := session.New(session.Options{Store: store, Logger: slog.New(slog.DiscardHandler)})
	c := &exampleClient{h: sessions.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, err := session.Update(r.Context(), "visits", func(n int) (int, error) { return n + 1, nil })
		if err != nil {
			return // the middleware answers with its error handler
		}
		fmt.Println("visit", n)
	}))}
	c.do("GET", "/")
	c.do("GET", "/")
	// Output:
	// visit 1
	// visit 2
}

// Remember-me: a separate token that starts a fresh session when the
// browser comes back without one.
func ExampleRemember() {
	store := memstore.New(memstore.Options{})  // tests and development only
	tokens := memstore.New(memstore.Options{}) // a store of its own
	defer store.Close()
	defer tokens.Close()
	sessions, _ := session.New(session.Options{Store: store, RememberStore: tokens, Logger: slog.New(slog.DiscardHandler)})
	h := sessions.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/login" {
			// ... verify the password first ...
			if session.Login(r.Context(), "alice") != nil || session.Remember(r.Context()) != nil {
				return
			}
		}
		user, _ := session.UserID(r.Context())
		fmt.Printf("%s: %q\n", r.URL.Path, user)
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "https://example.com/login", nil))
	var token *http.Cookie
	for _, c := range rec.Result().Cookies() {
		if c.Name == session.DefaultRememberCookieName {
			token = c
		}
	}
	// Days later: the session cookie is gone, the token is not.
	req := httptest.NewRequest("GET", "https://example.com/", nil)
	req.AddCookie(token)
	h.ServeHTTP(httptest.NewRecorder(), req)
	// Output:
	// /login: "alice"
	// /: "alice"
}
