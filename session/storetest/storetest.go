// Package storetest checks a session.Store against the contract documented
// on session.Store. Every store in this module runs it.
package storetest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session"
)

// NewKey returns a random key of the shape the Manager uses.
func NewKey() string {
	var b [32]byte
	_, _ = rand.Read(b[:])
	sum := sha256.Sum256(b[:])
	return hex.EncodeToString(sum[:])
}

func record(user string, idle, absolute time.Duration, values map[string]string) session.Record {
	now := time.Now()
	r := session.Record{
		UserID:           user,
		IdleDeadline:     now.Add(idle),
		AbsoluteDeadline: now.Add(absolute),
		Values:           map[string][]byte{},
	}
	for k, v := range values {
		r.Values[k] = []byte(v)
	}
	return r
}

// Run runs the conformance tests. newStore returns an empty store.
func Run(t *testing.T, newStore func(t *testing.T) session.Store) {
	ctx := context.Background()

	t.Run("LoadUnknown", func(t *testing.T) {
		s := newStore(t)
		_, err := s.Load(ctx, NewKey())
		if !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("Load(unknown) = %v, want ErrNotFound", err)
		}
	})

	t.Run("CreateLoad", func(t *testing.T) {
		s := newStore(t)
		k := NewKey()
		want := record("alice", time.Hour, 2*time.Hour, map[string]string{"a": `"x"`, "n": "42"})
		want.Binding = "bind"
		if err := s.Create(ctx, k, want, session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Load(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		if got.UserID != "alice" || got.Binding != "bind" || len(got.Values) != 2 ||
			string(got.Values["a"]) != `"x"` || string(got.Values["n"]) != "42" {
			t.Fatalf("Load = %+v, want %+v", got, want)
		}
		if d := got.IdleDeadline.Sub(want.IdleDeadline); d < -time.Millisecond || d > time.Millisecond {
			t.Errorf("idle deadline off by %v", d)
		}
		if d := got.AbsoluteDeadline.Sub(want.AbsoluteDeadline); d < -time.Millisecond || d > time.Millisecond {
			t.Errorf("absolute deadline off by %v", d)
		}
		// The returned record is a copy.
		got.Values["a"] = []byte("changed")
		again, _ := s.Load(ctx, k)
		if string(again.Values["a"]) != `"x"` {
			t.Error("mutating a loaded record changed the store")
		}
	})

	t.Run("Update", func(t *testing.T) {
		s := newStore(t)
		k := NewKey()
		if err := s.Create(ctx, k, record("", time.Hour, 2*time.Hour, map[string]string{"a": "1", "b": "2"}), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		idle := time.Now().Add(90 * time.Minute)
		err := s.Update(ctx, k, session.Update{IdleDeadline: idle, Set: map[string][]byte{"c": []byte("3"), "a": []byte("9")}, Delete: []string{"b"}})
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Load(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprintf("%d %s %s", len(got.Values), got.Values["a"], got.Values["c"]) != "2 9 3" {
			t.Fatalf("values after update: %q", got.Values)
		}
		if d := got.IdleDeadline.Sub(idle); d < -time.Millisecond || d > time.Millisecond {
			t.Errorf("idle deadline not moved: off by %v", d)
		}
	})

	t.Run("UpdateMissingDoesNotCreate", func(t *testing.T) {
		s := newStore(t)
		k := NewKey()
		err := s.Update(ctx, k, session.Update{IdleDeadline: time.Now().Add(time.Hour), Set: map[string][]byte{"a": []byte("1")}})
		if !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("Update(missing) = %v, want ErrNotFound", err)
		}
		if _, err := s.Load(ctx, k); !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("Update(missing) created a record: %v", err)
		}
	})

	t.Run("Replace", func(t *testing.T) {
		s := newStore(t)
		old, nu := NewKey(), NewKey()
		if err := s.Create(ctx, old, record("", time.Hour, 2*time.Hour, nil), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := s.Create(ctx, nu, record("bob", time.Hour, 2*time.Hour, nil), session.CreateOptions{Replace: old}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Load(ctx, old); !errors.Is(err, session.ErrNotFound) {
			t.Errorf("replaced record still loads: %v", err)
		}
		if r, err := s.Load(ctx, nu); err != nil || r.UserID != "bob" {
			t.Errorf("new record: %+v, %v", r, err)
		}
		// Replacing a record that is gone writes nothing.
		third := NewKey()
		err := s.Create(ctx, third, record("bob", time.Hour, 2*time.Hour, nil), session.CreateOptions{Replace: old})
		if !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("Create(Replace: gone) = %v, want ErrNotFound", err)
		}
		if _, err := s.Load(ctx, third); !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("Create(Replace: gone) wrote the record: %v", err)
		}
	})

	t.Run("Delete", func(t *testing.T) {
		s := newStore(t)
		k := NewKey()
		if err := s.Create(ctx, k, record("carol", time.Hour, 2*time.Hour, nil), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := s.Delete(ctx, k); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Load(ctx, k); !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("deleted record loads: %v", err)
		}
		if err := s.Delete(ctx, k); err != nil {
			t.Fatalf("deleting a missing record: %v", err)
		}
		if n, err := s.DeleteUser(ctx, "carol"); err != nil || n != 0 {
			t.Fatalf("DeleteUser after Delete = %d, %v; want 0, nil", n, err)
		}
	})

	t.Run("DeleteUser", func(t *testing.T) {
		s := newStore(t)
		var alice []string
		for range 3 {
			k := NewKey()
			alice = append(alice, k)
			if err := s.Create(ctx, k, record("alice", time.Hour, 2*time.Hour, nil), session.CreateOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		bob, anon := NewKey(), NewKey()
		if err := s.Create(ctx, bob, record("bob", time.Hour, 2*time.Hour, nil), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := s.Create(ctx, anon, record("", time.Hour, 2*time.Hour, nil), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		n, err := s.DeleteUser(ctx, "alice")
		if err != nil || n != 3 {
			t.Fatalf("DeleteUser = %d, %v; want 3, nil", n, err)
		}
		for _, k := range alice {
			if _, err := s.Load(ctx, k); !errors.Is(err, session.ErrNotFound) {
				t.Errorf("alice's session survived DeleteUser: %v", err)
			}
		}
		for _, k := range []string{bob, anon} {
			if _, err := s.Load(ctx, k); err != nil {
				t.Errorf("other session lost: %v", err)
			}
		}
		if n, err := s.DeleteUser(ctx, "nobody"); err != nil || n != 0 {
			t.Fatalf("DeleteUser(unknown) = %d, %v", n, err)
		}
	})

	t.Run("MaxPerUser", func(t *testing.T) {
		s := newStore(t)
		var keys []string
		for i := range 4 {
			k := NewKey()
			keys = append(keys, k)
			// Later sessions end later, as with a constant absolute timeout.
			rec := record("dave", time.Hour, 2*time.Hour+time.Duration(i)*time.Second, nil)
			if err := s.Create(ctx, k, rec, session.CreateOptions{MaxPerUser: 2}); err != nil {
				t.Fatal(err)
			}
		}
		for i, k := range keys {
			_, err := s.Load(ctx, k)
			if live := err == nil; live != (i >= 2) {
				t.Errorf("session %d: live=%v (err %v); want only the newest two", i, live, err)
			}
		}
		// Deleted sessions do not count against the limit.
		if err := s.Delete(ctx, keys[3]); err != nil {
			t.Fatal(err)
		}
		k := NewKey()
		if err := s.Create(ctx, k, record("dave", time.Hour, 3*time.Hour, nil), session.CreateOptions{MaxPerUser: 2}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Load(ctx, keys[2]); err != nil {
			t.Errorf("session evicted although the user had room: %v", err)
		}
	})

	t.Run("Expiry", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		idleOnly, extended, capped := NewKey(), NewKey(), NewKey()
		for _, c := range []struct {
			k              string
			idle, absolute time.Duration
		}{{idleOnly, 400 * time.Millisecond, time.Hour}, {extended, 400 * time.Millisecond, time.Hour}, {capped, 400 * time.Millisecond, 600 * time.Millisecond}} {
			if err := s.Create(ctx, c.k, record("", c.idle, c.absolute, nil), session.CreateOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(150 * time.Millisecond)
		for _, k := range []string{extended, capped} {
			if err := s.Update(ctx, k, session.Update{IdleDeadline: time.Now().Add(2 * time.Second)}); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(300 * time.Millisecond) // 450 ms in
		if _, err := s.Load(ctx, idleOnly); !errors.Is(err, session.ErrNotFound) {
			t.Errorf("idle-expired record loads: %v", err)
		}
		if _, err := s.Load(ctx, extended); err != nil {
			t.Errorf("extended record lost: %v", err)
		}
		time.Sleep(350 * time.Millisecond) // 800 ms in
		if _, err := s.Load(ctx, capped); !errors.Is(err, session.ErrNotFound) {
			t.Errorf("record outlived its absolute deadline: %v", err)
		}
		if err := s.Update(ctx, capped, session.Update{IdleDeadline: time.Now().Add(time.Second)}); !errors.Is(err, session.ErrNotFound) {
			t.Errorf("Update revived an expired record: %v", err)
		}
	})

	t.Run("ConcurrentUpdates", func(t *testing.T) {
		s := newStore(t)
		k := NewKey()
		if err := s.Create(ctx, k, record("", time.Hour, 2*time.Hour, nil), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		const workers, each = 8, 20
		var wg sync.WaitGroup
		errs := make(chan error, workers*each)
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					name := fmt.Sprintf("w%d-%d", w, i)
					errs <- s.Update(ctx, k, session.Update{IdleDeadline: time.Now().Add(time.Hour), Set: map[string][]byte{name: []byte("1")}})
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		r, err := s.Load(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Values) != workers*each {
			t.Fatalf("%d values after concurrent updates to distinct names, want %d", len(r.Values), workers*each)
		}
	})
}
