package lsp

import (
	"context"
	"sync"
	"time"
)

// A queue holds the analyses to run, by key (a package directory or a
// file), each at most once: scheduling a key that already waits only moves
// its deadline. Scheduling a key whose analysis runs cancels that analysis,
// whose result would be stale, and queues the key again, so the latest
// contents are always analysed last and nothing older is published after
// them.
type queue struct {
	mu      sync.Mutex
	timers  map[string]*time.Timer
	ready   []string
	queued  map[string]bool
	running map[string]context.CancelFunc
	wake    chan struct{}
}

func newQueue() *queue {
	return &queue{
		timers: map[string]*time.Timer{}, queued: map[string]bool{}, running: map[string]context.CancelFunc{},
		wake: make(chan struct{}, 1),
	}
}

// schedule runs key's analysis after delay (at once when delay is 0),
// replacing any earlier schedule that has not yet fired and cancelling a
// running analysis of key.
func (q *queue) schedule(key string, delay time.Duration) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if cancel := q.running[key]; cancel != nil {
		cancel()
	}
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

// next waits for a key to analyse and returns it with the context of its
// analysis, which a newer schedule of the key cancels; done must be called
// when the analysis ends. ok is false once ctx is done.
func (q *queue) next(ctx context.Context) (key string, run context.Context, done func(), ok bool) {
	for {
		q.mu.Lock()
		if len(q.ready) > 0 {
			key = q.ready[0]
			q.ready = q.ready[1:]
			delete(q.queued, key)
			rc, cancel := context.WithCancel(ctx)
			q.running[key] = cancel
			q.mu.Unlock()
			return key, rc, func() {
				q.mu.Lock()
				delete(q.running, key)
				q.mu.Unlock()
				cancel()
			}, true
		}
		q.mu.Unlock()
		select {
		case <-q.wake:
		case <-ctx.Done():
			return "", nil, nil, false
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
