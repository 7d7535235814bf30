package lsp

import (
	"context"
	"sync"
	"time"
)

// A queue holds the analyses to run, by key (a package directory or a
// file), each at most once: scheduling a key that already waits only moves
// its deadline. A key scheduled while its analysis runs waits for the next
// turn, so the latest contents are always analysed last.
type queue struct {
	mu     sync.Mutex
	timers map[string]*time.Timer
	ready  []string
	queued map[string]bool
	wake   chan struct{}
}

func newQueue() *queue {
	return &queue{timers: map[string]*time.Timer{}, queued: map[string]bool{}, wake: make(chan struct{}, 1)}
}

// schedule runs key's analysis after delay (at once when delay is 0),
// replacing any earlier schedule that has not yet fired.
func (q *queue) schedule(key string, delay time.Duration) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if t := q.timers[key]; t != nil {
		t.Stop()
		delete(q.timers, key)
	}
	if delay <= 0 {
		q.pushLocked(key)
		return
	}
	var t *time.Timer
	t = time.AfterFunc(delay, func() {
		q.mu.Lock()
		defer q.mu.Unlock()
		if q.timers[key] != t {
			return // replaced
		}
		delete(q.timers, key)
		q.pushLocked(key)
	})
	q.timers[key] = t
}

func (q *queue) pushLocked(key string) {
	if q.queued[key] {
		return
	}
	q.queued[key] = true
	q.ready = append(q.ready, key)
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// next waits for a key to analyse; ok is false once ctx is done.
func (q *queue) next(ctx context.Context) (key string, ok bool) {
	for {
		q.mu.Lock()
		if len(q.ready) > 0 {
			key = q.ready[0]
			q.ready = q.ready[1:]
			delete(q.queued, key)
			q.mu.Unlock()
			return key, true
		}
		q.mu.Unlock()
		select {
		case <-q.wake:
		case <-ctx.Done():
			return "", false
		}
	}
}

// stop cancels the pending timers.
func (q *queue) stop() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for k, t := range q.timers {
		t.Stop()
		delete(q.timers, k)
	}
}
