package memstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/storetest"
)

// Point 4 of issue 13: once the store is full, refusing a new session must
// not scan every entry under the lock (which stalled all reads).
func TestFullStoreRefusesInConstantTime(t *testing.T) {
	const n = 100_000
	s := memstore.New(memstore.Options{MaxEntries: n})
	defer s.Close()
	ctx := context.Background()
	now := time.Now()
	rec := session.Record{IdleDeadline: now.Add(time.Hour), AbsoluteDeadline: now.Add(2 * time.Hour)}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = storetest.NewKey()
		if err := s.Create(ctx, keys[i], rec, session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	const tries = 2000
	start := time.Now()
	for range tries {
		if err := s.Create(ctx, storetest.NewKey(), rec, session.CreateOptions{}); !errors.Is(err, memstore.ErrFull) {
			t.Fatalf("Create on a full store = %v, want ErrFull", err)
		}
	}
	// O(1) refusals take microseconds each; a scan of 100 000 entries per
	// refusal takes milliseconds, so this bound separates them by 100x
	// even under the race detector on a loaded machine.
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("%d refusals on a full store took %v", tries, d)
	}
	if _, err := s.Load(ctx, keys[n/2]); err != nil {
		t.Fatal(err)
	}
}
