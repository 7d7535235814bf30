// Package memstore is an in-memory session.Store for tests and local
// development.
//
// It is NOT for production: sessions vanish on restart, are not shared
// between instances, and the store's size bound turns into a denial of
// service under load (once full, new sessions are refused until old ones
// expire). Use a shared store such as session/redisstore in production.
package memstore

import (
	"context"
	"errors"
	"maps"
	"sort"
	"sync"
	"time"

	"github.com/sessionlint/sessionlint/session"
)

// ErrFull is returned by Create when the store holds MaxEntries live
// sessions.
var ErrFull = errors.New("memstore: store is full")

// Options configure a Store.
type Options struct {
	// MaxEntries bounds the number of sessions held (default 100000).
	MaxEntries int
	// SweepInterval is how often expired sessions are removed (default one
	// minute). Expired sessions are never returned in between.
	SweepInterval time.Duration
	// Now is the clock, for tests (default time.Now).
	Now func() time.Time
}

// Store is an in-memory session.Store. Call Close to stop its sweeper.
type Store struct {
	mu      sync.Mutex
	max     int
	now     func() time.Time
	records map[string]session.Record
	users   map[string]map[string]struct{} // user ID → keys
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
		records: make(map[string]session.Record),
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

// Sweep removes expired sessions now and returns how many it removed.
func (s *Store) Sweep() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	n := 0
	for k, r := range s.records {
		if !now.Before(r.Expiry()) {
			s.remove(k, r)
			n++
		}
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

// remove deletes a record and its index entry; mu must be held.
func (s *Store) remove(key string, r session.Record) {
	delete(s.records, key)
	if r.UserID == "" {
		return
	}
	if keys := s.users[r.UserID]; keys != nil {
		delete(keys, key)
		if len(keys) == 0 {
			delete(s.users, r.UserID)
		}
	}
}

// live returns the record under key if it exists and has not expired,
// removing it if it has; mu must be held.
func (s *Store) live(key string) (session.Record, error) {
	r, ok := s.records[key]
	if !ok {
		return r, session.ErrNotFound
	}
	if !s.now().Before(r.Expiry()) {
		s.remove(key, r)
		return session.Record{}, session.ErrExpired
	}
	return r, nil
}

// Load implements session.Store.
func (s *Store) Load(ctx context.Context, key string) (session.Record, error) {
	if err := ctx.Err(); err != nil {
		return session.Record{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r, err := s.live(key)
	if err != nil {
		return r, err
	}
	r.Values = maps.Clone(r.Values)
	return r, nil
}

// Create implements session.Store.
func (s *Store) Create(ctx context.Context, key string, rec session.Record, opts session.CreateOptions) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if opts.Replace != "" {
		old, err := s.live(opts.Replace)
		if err != nil {
			return session.ErrNotFound
		}
		s.remove(opts.Replace, old)
	}
	if _, exists := s.records[key]; !exists && len(s.records) >= s.max {
		s.sweepLocked()
		if len(s.records) >= s.max {
			return ErrFull
		}
	}
	if old, ok := s.records[key]; ok {
		s.remove(key, old)
	}
	rec.Values = cloneValues(rec.Values)
	s.records[key] = rec
	if rec.UserID == "" {
		return nil
	}
	keys := s.users[rec.UserID]
	if keys == nil {
		keys = make(map[string]struct{})
		s.users[rec.UserID] = keys
	}
	keys[key] = struct{}{}
	if opts.MaxPerUser > 0 {
		s.evict(rec.UserID, opts.MaxPerUser)
	}
	return nil
}

func (s *Store) sweepLocked() {
	now := s.now()
	for k, r := range s.records {
		if !now.Before(r.Expiry()) {
			s.remove(k, r)
		}
	}
}

// evict keeps the max newest live sessions of user; mu must be held.
func (s *Store) evict(user string, max int) {
	type entry struct {
		key string
		abs time.Time
	}
	var live []entry
	for k := range s.users[user] {
		r, err := s.live(k)
		if err == nil {
			live = append(live, entry{k, r.AbsoluteDeadline})
		}
	}
	if len(live) <= max {
		return
	}
	sort.Slice(live, func(i, j int) bool { return live[i].abs.Before(live[j].abs) })
	for _, e := range live[:len(live)-max] {
		s.remove(e.key, s.records[e.key])
	}
}

// Update implements session.Store.
func (s *Store) Update(ctx context.Context, key string, u session.Update) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	r, err := s.live(key)
	if err != nil {
		return session.ErrNotFound
	}
	if len(u.Set) > 0 || len(u.Delete) > 0 {
		v := maps.Clone(r.Values)
		if v == nil {
			v = make(map[string][]byte, len(u.Set))
		}
		for _, k := range u.Delete {
			delete(v, k)
		}
		for k, b := range u.Set {
			v[k] = append([]byte(nil), b...)
		}
		r.Values = v
	}
	if !u.IdleDeadline.IsZero() {
		r.IdleDeadline = u.IdleDeadline
	}
	s.records[key] = r
	return nil
}

// Delete implements session.Store.
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.records[key]; ok {
		s.remove(key, r)
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
		if _, err := s.live(k); err == nil {
			n++
		}
		delete(s.records, k)
	}
	delete(s.users, userID)
	return n, nil
}

func cloneValues(v map[string][]byte) map[string][]byte {
	out := make(map[string][]byte, len(v))
	for k, b := range v {
		out[k] = append([]byte(nil), b...)
	}
	return out
}
