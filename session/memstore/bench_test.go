package memstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/storetest"
)

// fullStore returns a store holding its maximum of n live sessions and the
// key of one of them.
func fullStore(b *testing.B, n int) (*memstore.Store, string) {
	s := memstore.New(memstore.Options{MaxEntries: n})
	b.Cleanup(func() { s.Close() })
	now := time.Now()
	rec := session.Record{IdleDeadline: now.Add(time.Hour), AbsoluteDeadline: now.Add(2 * time.Hour),
		Values: map[string][]byte{"k": []byte(`"v"`)}}
	var key string
	for range n {
		key = storetest.NewKey()
		if err := s.Create(context.Background(), key, rec, session.CreateOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	return s, key
}

// BenchmarkCreateOnFullStore is the cost of refusing a new session when
// 100 000 are held (issue 13, point 4).
func BenchmarkCreateOnFullStore(b *testing.B) {
	s, _ := fullStore(b, 100_000)
	now := time.Now()
	rec := session.Record{IdleDeadline: now.Add(time.Hour), AbsoluteDeadline: now.Add(2 * time.Hour)}
	keys := make([]string, 1024)
	for i := range keys {
		keys[i] = storetest.NewKey()
	}
	i := 0
	for b.Loop() {
		_ = s.Create(context.Background(), keys[i%len(keys)], rec, session.CreateOptions{})
		i++
	}
}

// BenchmarkLoadWhileFull is the cost of loading an existing session while
// another goroutine keeps trying to start sessions on the full store.
func BenchmarkLoadWhileFull(b *testing.B) {
	s, key := fullStore(b, 100_000)
	now := time.Now()
	rec := session.Record{IdleDeadline: now.Add(time.Hour), AbsoluteDeadline: now.Add(2 * time.Hour)}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		k := storetest.NewKey()
		for {
			select {
			case <-stop:
				return
			default:
				_ = s.Create(context.Background(), k, rec, session.CreateOptions{})
			}
		}
	}()
	for b.Loop() {
		if _, err := s.Load(context.Background(), key); err != nil {
			b.Fatal(err)
		}
	}
	close(stop)
	<-done
}
