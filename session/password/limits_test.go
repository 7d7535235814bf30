package password_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/session/password"
)

// Point 10 of issue 13: hashing is bounded by memory, not by core count,
// and waiting honours the request's context.

func TestLimitsBoundMemory(t *testing.T) {
	t.Cleanup(func() { password.SetLimits(password.DefaultLimits) })
	p := password.Params{Memory: 1024, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}
	password.SetLimits(password.Limits{Memory: 1024 << 10}) // one such hash at a time
	password.Peak()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := p.Hash("pw"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if n := password.Peak(); n != 1 {
		t.Fatalf("%d hashes ran at once within a budget for one", n)
	}
	// A hash larger than the whole budget still runs, alone.
	password.SetLimits(password.Limits{Memory: 512 << 10})
	if _, err := p.Hash("pw"); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyHonoursContext(t *testing.T) {
	t.Cleanup(func() { password.SetLimits(password.DefaultLimits) })
	h, err := cheap.Hash("pw")
	if err != nil {
		t.Fatal(err)
	}
	password.SetLimits(password.Limits{Memory: 64 << 10})
	release, err := password.Hold(64)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	ok, err := password.VerifyContext(ctx, "pw", h)
	if ok || !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 2*time.Second {
		t.Fatalf("VerifyContext with the budget taken = %v, %v after %v; want the context's error", ok, err, time.Since(start))
	}
	if err := password.DummyVerifyContext(ctx, "pw"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("DummyVerifyContext = %v", err)
	}
	release()
	if ok, err := password.VerifyContext(context.Background(), "pw", h); !ok || err != nil {
		t.Fatalf("after release: %v, %v", ok, err)
	}
}

func TestBusy(t *testing.T) {
	t.Cleanup(func() { password.SetLimits(password.DefaultLimits) })
	password.SetLimits(password.Limits{Memory: 64 << 10, Waiting: 1})
	release, err := password.Hold(64)
	if err != nil {
		t.Fatal(err)
	}
	waiting := make(chan error, 1)
	go func() {
		_, err := cheap.HashContext(context.Background(), "pw")
		waiting <- err
	}()
	// Once one call waits, the next fails at once.
	deadline := time.Now().Add(5 * time.Second)
	for password.Waiting() < 1 {
		if time.Now().After(deadline) {
			t.Fatal("the first call never waited")
		}
		time.Sleep(time.Millisecond)
	}
	if _, err := cheap.HashContext(context.Background(), "pw"); !errors.Is(err, password.ErrBusy) {
		t.Fatalf("HashContext with a full queue = %v, want ErrBusy", err)
	}
	release()
	if err := <-waiting; err != nil {
		t.Fatalf("the waiting call: %v", err)
	}
}
