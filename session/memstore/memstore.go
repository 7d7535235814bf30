// Package memstore is an in-memory session.Store for tests and local
// development.
//
// It is NOT for production: sessions vanish on restart, are not shared
// between instances, and the store's size bound turns into a denial of
// service under load (once full, new sessions are refused until old ones
// expire). Use a shared store such as session/redisstore or
// session/pgstore in production.
//
// Every operation is O(log n) or better in the number of sessions held:
// records are kept in a heap ordered by expiry, so a full store refuses a
// new session, and the sweeper removes expired ones, without scanning.
package memstore

import (
	"bytes"
	"container/heap"
	"context"
	"errors"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/sessionlint/sessionlint/session"
)

// ErrFull is returned by Create when the store holds MaxEntries live
// sessions.
var ErrFull = errors.New("memstore: store is full")

// Options configure a Store.
type Options struct {
	// MaxEntries bounds the number of records held (default 100000).
	MaxEntries int
	// SweepInterval is how often expired sessions are removed (default one
	// minute). Expired sessions are never returned in between.
	SweepInterval time.Duration
	// Now is the clock, for tests (default time.Now).
	Now func() time.Time
}

// entry is a record and its place in the expiry heap.
type entry struct {
	key  string
	rec  session.Record
	exp  time.Time // rec.Expiry(), cached for the heap
	size int       // rec.Size(), cached for the size limits
	pos  int       // index in Store.heap
}

// Store is an in-memory session.Store. Call Close to stop its sweeper.
type Store struct {
	mu      sync.Mutex
	max     int
	now     func() time.Time
	records map[string]*entry
	heap    expiryHeap
	users   map[string]map[string]struct{} // user ID → keys of live sessions
	stop    chan struct{}
	stopped sync.Once
	wg      sync.WaitGroup
}

var _ session.Store = (*Store)(nil)

// New returns a store with a background sweeper.
func New(opts Options) *Store {
	s := &Store{
		max:     opts.MaxEntries,
		now:     opts.Now,
		records: make(map[string]*entry),
		users:   make(map[string]map[string]struct{}),
		stop:    make(chan struct{}),
	}
	if s.max <= 0 {
		s.max = 100000
	}
	if s.now == nil {
		s.now = time.Now
	}
	interval := opts.SweepInterval
	if interval <= 0 {
		interval = time.Minute
	}
	s.wg.Add(1)
	go s.sweepLoop(interval)
	return s
}

// Close stops the sweeper. The store stays usable.
func (s *Store) Close() error {
	s.stopped.Do(func() { close(s.stop) })
	s.wg.Wait()
	return nil
}

func (s *Store) sweepLoop(interval time.Duration) {
	defer s.wg.Done()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.Sweep()
		}
	}
}

// Sweep removes expired sessions now and returns how many it removed. It
// only visits expired records (the heap yields them earliest first), so
// the lock is held in proportion to the work done, not to the store's size.
func (s *Store) Sweep() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sweepLocked()
}

func (s *Store) sweepLocked() int {
	now := s.now()
	n := 0
	for len(s.heap) > 0 && !now.Before(s.heap[0].exp) {
		s.remove(s.heap[0])
		n++
	}
	return n
}

// Len returns the number of records held, expired ones included until they
// are swept.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.records)
}

// put inserts or replaces the record under key; mu must be held.
func (s *Store) put(key string, rec session.Record) {
	if old, ok := s.records[key]; ok {
		s.remove(old)
	}
	e := &entry{key: key, rec: rec, exp: rec.Expiry(), size: rec.Size()}
	s.records[key] = e
	heap.Push(&s.heap, e)
	if rec.UserID != "" && rec.ForwardTo == "" {
		keys := s.users[rec.UserID]
		if keys == nil {
			keys = make(map[string]struct{})
			s.users[rec.UserID] = keys
		}
		keys[key] = struct{}{}
	}
}

// remove deletes a record and its index entries; mu must be held.
func (s *Store) remove(e *entry) {
	delete(s.records, e.key)
	heap.Remove(&s.heap, e.pos)
	s.unindex(e)
}

func (s *Store) unindex(e *entry) {
	if e.rec.UserID == "" {
		return
	}
	if keys := s.users[e.rec.UserID]; keys != nil {
		delete(keys, e.key)
		if len(keys) == 0 {
			delete(s.users, e.rec.UserID)
		}
	}
}

// live returns the entry under key if it exists and has not expired,
// removing it if it has; mu must be held.
func (s *Store) live(key string) (*entry, error) {
	e, ok := s.records[key]
	if !ok {
		return nil, session.ErrNotFound
	}
	if !s.now().Before(e.exp) {
		s.remove(e)
		return nil, session.ErrExpired
	}
	return e, nil
}

// session returns the live, non-forwarding entry under key; mu must be held.
func (s *Store) session(key string) (*entry, error) {
	e, err := s.live(key)
	if err != nil {
		return nil, session.ErrNotFound
	}
	if e.rec.ForwardTo != "" {
		return nil, session.ErrNotFound
	}
	return e, nil
}

// Load implements session.Store.
func (s *Store) Load(ctx context.Context, key string) (session.Record, error) {
	if err := ctx.Err(); err != nil {
		return session.Record{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.live(key)
	if err != nil {
		return session.Record{}, err
	}
	r := e.rec
	r.Values = cloneValues(r.Values)
	return r, nil
}

// Create implements session.Store.
func (s *Store) Create(ctx context.Context, key string, rec session.Record, opts session.CreateOptions) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var old *entry
	if opts.Replace != "" {
		var err error
		if old, err = s.session(opts.Replace); err != nil {
			return session.ErrNotFound
		}
	}
	// Check for room before changing anything: a refused Create writes
	// nothing. Expired records are dropped first, earliest first, and
	// each only once, so this costs O(log n) per record ever removed.
	if _, exists := s.records[key]; !exists && len(s.records) >= s.max {
		s.sweepLocked()
		freed := old != nil && opts.ForwardUntil.IsZero()
		if len(s.records) >= s.max && !freed {
			return ErrFull
		}
	}
	if old != nil {
		if opts.ForwardUntil.IsZero() {
			s.remove(old)
		} else {
			s.forward(old, key, opts.ForwardUntil)
		}
	}
	rec.Values = cloneValues(rec.Values)
	rec.ForwardTo = ""
	s.put(key, rec)
	if rec.UserID != "" && opts.MaxPerUser > 0 {
		s.evict(rec.UserID, opts.MaxPerUser)
	}
	return nil
}

// forward turns e into a forwarding record to key until until; mu must be
// held.
func (s *Store) forward(e *entry, key string, until time.Time) {
	s.unindex(e)
	e.rec.ForwardTo = key
	if until.Before(e.rec.IdleDeadline) {
		e.rec.IdleDeadline = until
	}
	e.exp = e.rec.Expiry()
	heap.Fix(&s.heap, e.pos)
}

// evict keeps the max newest live sessions of user; mu must be held.
func (s *Store) evict(user string, max int) {
	var live []*entry
	for k := range s.users[user] {
		if e, err := s.live(k); err == nil {
			live = append(live, e)
		}
	}
	if len(live) <= max {
		return
	}
	slices.SortFunc(live, func(a, b *entry) int { return a.rec.AbsoluteDeadline.Compare(b.rec.AbsoluteDeadline) })
	for _, e := range live[:len(live)-max] {
		s.remove(e)
	}
}

// Update implements session.Store.
func (s *Store) Update(ctx context.Context, key string, c session.Change) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.session(key)
	if err != nil {
		return err
	}
	r := e.rec
	size := e.size
	if len(c.Set) > 0 || len(c.Delete) > 0 {
		v := maps.Clone(r.Values)
		if v == nil {
			v = make(map[string][]byte, len(c.Set))
		}
		for _, k := range c.Delete {
			delete(v, k)
		}
		for k, b := range c.Set {
			v[k] = bytes.Clone(b)
		}
		size = session.Record{Values: v}.Size()
		if c.MaxSize > 0 && size > c.MaxSize && size > e.size {
			return session.ErrTooLarge
		}
		r.Values = v
	}
	if !c.IdleDeadline.IsZero() {
		r.IdleDeadline = c.IdleDeadline
	}
	e.rec, e.size = r, size
	if exp := r.Expiry(); !exp.Equal(e.exp) {
		e.exp = exp
		heap.Fix(&s.heap, e.pos)
	}
	return nil
}

// UpdateValue implements session.Store. fn runs without the lock held (it
// is caller code); the result is written only if the value is still the one
// fn saw, and fn runs again otherwise.
func (s *Store) UpdateValue(ctx context.Context, key, name string, maxSize int, fn func(old []byte) ([]byte, error)) ([]byte, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s.mu.Lock()
		e, err := s.session(key)
		var old []byte
		if err == nil {
			old = bytes.Clone(e.rec.Values[name])
		}
		s.mu.Unlock()
		if err != nil {
			return nil, err
		}
		nu, err := fn(old)
		if err != nil {
			return nil, err
		}
		done, err := s.swap(key, e, name, old, nu, maxSize)
		if err != nil || done {
			return nu, err
		}
	}
}

// swap writes nu if the value under name is still old in the same entry.
func (s *Store) swap(key string, seen *entry, name string, old, nu []byte, maxSize int) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.session(key)
	if err != nil {
		return false, err
	}
	cur, ok := e.rec.Values[name]
	if e != seen || ok != (old != nil) || !bytes.Equal(cur, old) {
		return false, nil
	}
	size := e.size - len(cur) + len(nu)
	switch {
	case ok && nu == nil:
		size -= len(name)
	case !ok && nu != nil:
		size += len(name)
	}
	if maxSize > 0 && size > maxSize && size > e.size {
		return false, session.ErrTooLarge
	}
	v := maps.Clone(e.rec.Values)
	if v == nil {
		v = make(map[string][]byte, 1)
	}
	if nu == nil {
		delete(v, name)
	} else {
		v[name] = bytes.Clone(nu)
	}
	e.rec.Values, e.size = v, size
	return true, nil
}

// Delete implements session.Store.
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e, ok := s.records[key]; ok {
		s.remove(e)
	}
	return nil
}

// DeleteUser implements session.Store.
func (s *Store) DeleteUser(ctx context.Context, userID string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for k := range s.users[userID] {
		if e, err := s.live(k); err == nil {
			s.remove(e)
			n++
		}
	}
	delete(s.users, userID)
	return n, nil
}

// ListUser implements session.Store.
func (s *Store) ListUser(ctx context.Context, userID string) ([]session.Listed, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []session.Listed
	for k := range s.users[userID] {
		if e, err := s.live(k); err == nil {
			r := e.rec
			r.Values = cloneValues(r.Values)
			out = append(out, session.Listed{Key: k, Record: r})
		}
	}
	slices.SortFunc(out, func(a, b session.Listed) int {
		return a.Record.AbsoluteDeadline.Compare(b.Record.AbsoluteDeadline)
	})
	return out, nil
}

func cloneValues(v map[string][]byte) map[string][]byte {
	out := make(map[string][]byte, len(v))
	for k, b := range v {
		out[k] = bytes.Clone(b)
	}
	return out
}

// expiryHeap is a min-heap of entries by expiry.
type expiryHeap []*entry

func (h expiryHeap) Len() int           { return len(h) }
func (h expiryHeap) Less(i, j int) bool { return h[i].exp.Before(h[j].exp) }
func (h expiryHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].pos, h[j].pos = i, j
}
func (h *expiryHeap) Push(x any) {
	e := x.(*entry)
	e.pos = len(*h)
	*h = append(*h, e)
}
func (h *expiryHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return e
}
