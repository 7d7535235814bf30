// Package storetest checks a session.Store against the contract documented
// on session.Store. Every store in this module runs it; run it on yours:
//
//	func TestContract(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) session.Store { return newEmptyStore(t) })
//	}
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
		err := s.Update(ctx, k, session.Change{IdleDeadline: idle, Set: map[string][]byte{"c": []byte("3"), "a": []byte("9")}, Delete: []string{"b"}})
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
		err := s.Update(ctx, k, session.Change{IdleDeadline: time.Now().Add(time.Hour), Set: map[string][]byte{"a": []byte("1")}})
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
			if err := s.Update(ctx, k, session.Change{IdleDeadline: time.Now().Add(2 * time.Second)}); err != nil {
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
		if err := s.Update(ctx, capped, session.Change{IdleDeadline: time.Now().Add(time.Second)}); !errors.Is(err, session.ErrNotFound) {
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
					errs <- s.Update(ctx, k, session.Change{IdleDeadline: time.Now().Add(time.Hour), Set: map[string][]byte{name: []byte("1")}})
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

	t.Run("MaxSize", func(t *testing.T) {
		s := newStore(t)
		k := NewKey()
		if err := s.Create(ctx, k, record("", time.Hour, 2*time.Hour, map[string]string{"a": "12345"}), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		// a=12345 is 6 bytes; b=123 brings it to 10.
		idle := time.Now().Add(time.Hour)
		if err := s.Update(ctx, k, session.Change{IdleDeadline: idle, Set: map[string][]byte{"b": []byte("123")}, MaxSize: 10}); err != nil {
			t.Fatalf("change up to the limit: %v", err)
		}
		err := s.Update(ctx, k, session.Change{IdleDeadline: idle, Set: map[string][]byte{"c": []byte("1")}, MaxSize: 10})
		if !errors.Is(err, session.ErrTooLarge) {
			t.Fatalf("change over the limit = %v, want ErrTooLarge", err)
		}
		_, err = s.UpdateValue(ctx, k, "b", 10, func([]byte) ([]byte, error) { return []byte("1234"), nil })
		if !errors.Is(err, session.ErrTooLarge) {
			t.Fatalf("UpdateValue over the limit = %v, want ErrTooLarge", err)
		}
		got, err := s.Load(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Values) != 2 || string(got.Values["b"]) != "123" || got.Size() != 10 {
			t.Fatalf("refused changes were written: %q", got.Values)
		}
		// Shrinking is always allowed, even below a lower limit.
		if err := s.Update(ctx, k, session.Change{IdleDeadline: idle, Delete: []string{"a"}, Set: map[string][]byte{"b": []byte("1")}, MaxSize: 3}); err != nil {
			t.Fatalf("shrinking change: %v", err)
		}
	})

	t.Run("UpdateValue", func(t *testing.T) {
		s := newStore(t)
		k := NewKey()
		if err := s.Create(ctx, k, record("", time.Hour, 2*time.Hour, map[string]string{"keep": "1"}), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		got, err := s.UpdateValue(ctx, k, "n", 0, func(old []byte) ([]byte, error) {
			if old != nil {
				return nil, fmt.Errorf("missing value read as %q", old)
			}
			return []byte("1"), nil
		})
		if err != nil || string(got) != "1" {
			t.Fatalf("UpdateValue(new) = %q, %v", got, err)
		}
		got, err = s.UpdateValue(ctx, k, "n", 0, func(old []byte) ([]byte, error) { return append(old, '0'), nil })
		if err != nil || string(got) != "10" {
			t.Fatalf("UpdateValue(existing) = %q, %v", got, err)
		}
		boom := errors.New("boom")
		if _, err := s.UpdateValue(ctx, k, "n", 0, func([]byte) ([]byte, error) { return []byte("99"), boom }); !errors.Is(err, boom) {
			t.Fatalf("UpdateValue with failing fn = %v, want its error", err)
		}
		r, err := s.Load(ctx, k)
		if err != nil || string(r.Values["n"]) != "10" || string(r.Values["keep"]) != "1" {
			t.Fatalf("after UpdateValue: %q, %v", r.Values, err)
		}
		if _, err := s.UpdateValue(ctx, k, "n", 0, func([]byte) ([]byte, error) { return nil, nil }); err != nil {
			t.Fatal(err)
		}
		if r, _ := s.Load(ctx, k); len(r.Values) != 1 {
			t.Fatalf("UpdateValue returning nil did not delete: %q", r.Values)
		}
		if _, err := s.UpdateValue(ctx, NewKey(), "n", 0, func([]byte) ([]byte, error) { return []byte("1"), nil }); !errors.Is(err, session.ErrNotFound) {
			t.Fatalf("UpdateValue(missing record) = %v, want ErrNotFound", err)
		}
	})

	t.Run("UpdateValueIsAtomic", func(t *testing.T) {
		s := newStore(t)
		k := NewKey()
		if err := s.Create(ctx, k, record("", time.Hour, 2*time.Hour, nil), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		const workers, each = 16, 25
		var wg sync.WaitGroup
		errs := make(chan error, workers)
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range each {
					_, err := s.UpdateValue(ctx, k, "n", 0, func(old []byte) ([]byte, error) {
						n := 0
						if old != nil {
							if _, err := fmt.Sscan(string(old), &n); err != nil {
								return nil, err
							}
						}
						return fmt.Appendf(nil, "%d", n+1), nil
					})
					if err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		r, err := s.Load(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprint(workers * each); string(r.Values["n"]) != want {
			t.Fatalf("counter = %s after %s concurrent increments", r.Values["n"], want)
		}
	})

	t.Run("ReplaceForwards", func(t *testing.T) {
		s := newStore(t)
		old, nu := NewKey(), NewKey()
		if err := s.Create(ctx, old, record("erin", time.Hour, 2*time.Hour, map[string]string{"a": "1"}), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		until := time.Now().Add(500 * time.Millisecond)
		if err := s.Create(ctx, nu, record("erin", time.Hour, 2*time.Hour, map[string]string{"a": "1"}), session.CreateOptions{Replace: old, ForwardUntil: until}); err != nil {
			t.Fatal(err)
		}
		fwd, err := s.Load(ctx, old)
		if err != nil {
			t.Fatalf("forwarding record: %v", err)
		}
		if fwd.ForwardTo != nu || fwd.UserID != "erin" || string(fwd.Values["a"]) != "1" {
			t.Fatalf("forwarding record = %+v", fwd)
		}
		if d := fwd.Expiry().Sub(until); d < -time.Millisecond || d > time.Millisecond {
			t.Errorf("forwarding record expires %v after ForwardUntil", d)
		}
		if err := s.Update(ctx, old, session.Change{IdleDeadline: time.Now().Add(time.Hour), Set: map[string][]byte{"b": []byte("2")}}); !errors.Is(err, session.ErrNotFound) {
			t.Errorf("Update(forwarding) = %v, want ErrNotFound", err)
		}
		if _, err := s.UpdateValue(ctx, old, "b", 0, func([]byte) ([]byte, error) { return []byte("2"), nil }); !errors.Is(err, session.ErrNotFound) {
			t.Errorf("UpdateValue(forwarding) = %v, want ErrNotFound", err)
		}
		if err := s.Create(ctx, NewKey(), record("erin", time.Hour, 2*time.Hour, nil), session.CreateOptions{Replace: old}); !errors.Is(err, session.ErrNotFound) {
			t.Errorf("Create(Replace: forwarding) = %v, want ErrNotFound", err)
		}
		list, err := s.ListUser(ctx, "erin")
		if err != nil || len(list) != 1 || list[0].Key != nu {
			t.Errorf("ListUser lists the forwarding record: %v, %v", list, err)
		}
		if n, err := s.DeleteUser(ctx, "erin"); err != nil || n != 1 {
			t.Errorf("DeleteUser counted %d, %v; want 1 (forwarding records are not sessions)", n, err)
		}
		time.Sleep(time.Until(until) + 100*time.Millisecond)
		if _, err := s.Load(ctx, old); !errors.Is(err, session.ErrNotFound) {
			t.Errorf("forwarding record outlived ForwardUntil: %v", err)
		}
	})

	t.Run("ListUser", func(t *testing.T) {
		s := newStore(t)
		var keys []string
		for i := range 3 {
			k := NewKey()
			keys = append(keys, k)
			rec := record("frank", time.Hour, 2*time.Hour+time.Duration(3-i)*time.Second, map[string]string{"i": fmt.Sprint(i)})
			if err := s.Create(ctx, k, rec, session.CreateOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Create(ctx, NewKey(), record("gina", time.Hour, 2*time.Hour, nil), session.CreateOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := s.Delete(ctx, keys[1]); err != nil {
			t.Fatal(err)
		}
		list, err := s.ListUser(ctx, "frank")
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].Key != keys[2] || list[1].Key != keys[0] {
			t.Fatalf("ListUser = %v, want keys 2 and 0, oldest absolute deadline first", list)
		}
		if list[0].Record.UserID != "frank" || string(list[0].Record.Values["i"]) != "2" {
			t.Fatalf("listed record = %+v", list[0].Record)
		}
		if list, err := s.ListUser(ctx, "nobody"); err != nil || len(list) != 0 {
			t.Fatalf("ListUser(unknown) = %v, %v", list, err)
		}
	})
}
