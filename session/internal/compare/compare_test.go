package compare

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/alexedwards/scs/v2"
	scsmem "github.com/alexedwards/scs/v2/memstore"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
)

// The same handlers run on package session with its memory store and on
// scs v2 with its memory store, configured alike (30 min idle, 12 h
// absolute, Secure, HttpOnly, SameSite=Lax). A request carrying an
// existing session cookie reads one value (Read), writes one (Write), or
// increments a counter (Update: session.Update, which is atomic; scs has
// no atomic update, so its figure is GetInt followed by Put, which is not).

type api struct {
	wrap   func(http.Handler) http.Handler
	read   func(r *http.Request) string
	write  func(r *http.Request, v string)
	update func(r *http.Request)
	name   string // cookie name
}

func ours(b *testing.B) api {
	store := memstore.New(memstore.Options{}) // benchmark only
	b.Cleanup(func() { store.Close() })
	m, err := session.New(session.Options{Store: store, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	return api{
		wrap: m.Handler,
		read: func(r *http.Request) string {
			v, _, _ := session.Get[string](r.Context(), "k")
			return v
		},
		write: func(r *http.Request, v string) { _ = session.Put(r.Context(), "k", v) },
		update: func(r *http.Request) {
			_, _ = session.Update(r.Context(), "n", func(old int) (int, error) { return old + 1, nil })
		},
		name: session.DefaultCookieName,
	}
}

func scsAPI() api {
	sm := scs.New()
	sm.Store = scsmem.New()
	sm.IdleTimeout = 30 * time.Minute
	sm.Lifetime = 12 * time.Hour
	sm.Cookie.Secure = true
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	return api{
		wrap:  sm.LoadAndSave,
		read:  func(r *http.Request) string { return sm.GetString(r.Context(), "k") },
		write: func(r *http.Request, v string) { sm.Put(r.Context(), "k", v) },
		update: func(r *http.Request) {
			sm.Put(r.Context(), "n", sm.GetInt(r.Context(), "n")+1)
		},
		name: sm.Cookie.Name,
	}
}

type op int

const (
	opRead op = iota
	opWrite
	opUpdate
)

func bench(b *testing.B, a api, o op) {
	var n int
	h := a.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/init" || o == opWrite:
			n++
			a.write(r, strconv.Itoa(n))
		case o == opRead:
			if a.read(r) == "" {
				b.Fatal("value missing")
			}
		case o == opUpdate:
			a.update(r)
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/init", nil))
	var cookie string
	for _, c := range rec.Result().Cookies() {
		if c.Name == a.name {
			cookie = c.Name + "=" + c.Value
		}
	}
	if cookie == "" {
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

func both(b *testing.B, o op) {
	b.Run("session-memstore", func(b *testing.B) { bench(b, ours(b), o) })
	b.Run("scs-memstore", func(b *testing.B) { bench(b, scsAPI(), o) })
}

func BenchmarkRead(b *testing.B)   { both(b, opRead) }
func BenchmarkWrite(b *testing.B)  { both(b, opWrite) }
func BenchmarkUpdate(b *testing.B) { both(b, opUpdate) }
