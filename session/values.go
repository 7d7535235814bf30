package session

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
)

// Get returns the value stored under key, decoded as T. ok is false when
// there is no such value. An error means there is no session middleware,
// the session could not be loaded, or the stored value does not decode as T.
func Get[T any](ctx context.Context, key string) (value T, ok bool, err error) {
	s, err := from(ctx)
	if err != nil {
		return value, false, err
	}
	s.mu.Lock()
	if err := s.ensure(ctx); err != nil {
		s.mu.Unlock()
		return value, false, err
	}
	raw, ok := s.lookup(key)
	s.mu.Unlock()
	if !ok {
		return value, false, nil
	}
	if err := json.Unmarshal(raw, &value); err != nil {
		return value, false, fmt.Errorf("session: value %q does not decode as %T: %w", key, value, err)
	}
	return value, true, nil
}

// valueWritable is writable for Put, Delete, Update and Pop: they also fail
// when the cookie's session was replaced by a login as another user, since
// there is no session left for their changes.
func (s *state) valueWritable(ctx context.Context) error {
	if err := s.writable(ctx); err != nil {
		return err
	}
	if s.rotated && s.key == "" && s.fwd == "" {
		return ErrEnded
	}
	return nil
}

// lookup returns the value under key as this request sees it; mu must be
// held.
func (s *state) lookup(key string) ([]byte, bool) {
	if raw, ok := s.set[key]; ok {
		return raw, true
	}
	if _, deleted := s.del[key]; deleted {
		return nil, false
	}
	raw, ok := s.rec.Values[key]
	return raw, ok
}

// encode checks a value's name and size and returns its JSON encoding.
func (m *Manager) encode(key string, value any) ([]byte, error) {
	if key == "" || len(key) > maxValueKeyLen {
		return nil, fmt.Errorf("session: value key must be 1 to %d bytes", maxValueKeyLen)
	}
	b, err := json.Marshal(value)
	if err != nil {
		return nil, fmt.Errorf("session: encoding value %q: %w", key, err)
	}
	if m.maxValue > 0 && len(b) > m.maxValue {
		return nil, tooLarge(fmt.Sprintf("value %q", key), len(b), "MaxValueSize", m.maxValue)
	}
	return b, nil
}

// fits checks that setting key to b keeps the session within
// MaxSessionSize, as far as this request can see; mu must be held. The
// store checks again when the change is written, against what it holds.
func (s *state) fits(key string, b []byte) error {
	limit := s.m.maxSession
	if limit <= 0 {
		return nil
	}
	v := s.values()
	n := valuesSize(v) + len(key) + len(b)
	if old, ok := v[key]; ok {
		n -= len(key) + len(old)
	}
	if n > limit {
		return tooLarge("the session", n, "MaxSessionSize", limit)
	}
	return nil
}

// Put stores value (JSON encoded) under key. The store is written once,
// when the response is committed; if that write fails the client gets the
// error handler's response, not the handler's. Putting a value into an
// anonymous request starts a new session. Concurrent requests that put the
// same key overwrite each other (the last commit wins); use Update for
// read-modify-write changes such as counters.
//
// A value over Options.MaxValueSize, or one that would take the session
// over Options.MaxSessionSize, is refused with an error wrapping
// ErrTooLarge.
//
// Never put passwords or other credentials into a session.
func Put(ctx context.Context, key string, value any) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	b, err := s.m.encode(key, value)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.valueWritable(ctx); err != nil {
		return err
	}
	if err := s.fits(key, b); err != nil {
		return err
	}
	if s.set == nil {
		s.set = make(map[string][]byte)
	}
	s.set[key] = b
	delete(s.del, key)
	return nil
}

// Delete removes the value stored under key (written at commit, like Put).
func Delete(ctx context.Context, key string) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.valueWritable(ctx); err != nil {
		return err
	}
	delete(s.set, key)
	if s.key != "" || s.fwd != "" {
		if s.del == nil {
			s.del = make(map[string]struct{})
		}
		s.del[key] = struct{}{}
	}
	return nil
}

// Update changes the value under key atomically: fn receives the current
// value (the zero value of T when there is none) and returns the new one,
// and no other write to that value can come in between. Use it for
// counters, attempt limits and lists that concurrent requests extend, where
// Get followed by Put would lose updates.
//
// Unlike Put, Update writes to the store at once and returns the new value.
// fn may run more than once (stores that detect a conflicting write retry),
// so it must not have side effects; if it returns an error, nothing is
// written and Update returns that error. If this request already has an
// uncommitted Put or Delete of key, fn is applied to that and the result is
// committed like a Put. On an anonymous request Update starts a session.
func Update[T any](ctx context.Context, key string, fn func(old T) (T, error)) (T, error) {
	var result T
	s, err := from(ctx)
	if err != nil {
		return result, err
	}
	m := s.m
	apply := func(old []byte) ([]byte, error) {
		var v T
		if old != nil {
			if err := json.Unmarshal(old, &v); err != nil {
				return nil, fmt.Errorf("session: value %q does not decode as %T: %w", key, v, err)
			}
		}
		v, err := fn(v)
		if err != nil {
			return nil, err
		}
		b, err := m.encode(key, v)
		if err != nil {
			return nil, err
		}
		result = v
		return b, nil
	}
	// Validate the name before anything is written.
	if _, err := m.encode(key, nil); err != nil {
		return result, err
	}

	s.mu.Lock()
	if err := s.valueWritable(ctx); err != nil {
		s.mu.Unlock()
		return result, err
	}
	_, pending := s.set[key]
	_, deleted := s.del[key]
	if pending || deleted || s.key == "" && s.fwd == "" {
		// Apply locally: to this request's own uncommitted change, or to a
		// session that starts now.
		defer s.mu.Unlock()
		old, _ := s.lookup(key)
		b, err := apply(old)
		if err != nil {
			return result, err
		}
		if err := s.fits(key, b); err != nil {
			return result, err
		}
		if s.set == nil {
			s.set = make(map[string][]byte)
		}
		s.set[key] = b
		delete(s.del, key)
		if s.key == "" && s.fwd == "" {
			return result, s.start(ctx)
		}
		return result, nil
	}
	target := s.key
	if target == "" {
		target = s.fwd
	}
	// fn is caller code: it must be free to use the session, so mu is not
	// held while the store runs it.
	s.mu.Unlock()
	b, err := s.updateValue(ctx, target, key, apply)
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case errors.Is(err, ErrNotFound):
		m.event(ctx, slog.LevelInfo, "session ended during request", target, s.rec.UserID)
		s.forget(false)
		return result, fmt.Errorf("session: update %q: %w", key, ErrEnded)
	case errors.Is(err, errStore):
		return result, s.failed(ctx, "update value", errors.Unwrap(err))
	case err != nil:
		return result, err
	}
	s.setSeen(key, b)
	return result, nil
}

// errStore marks store failures of updateValue, as opposed to fn's errors.
var errStore = errors.New("store failure")

type storeErr struct{ err error }

func (e storeErr) Error() string        { return e.err.Error() }
func (e storeErr) Unwrap() error        { return e.err }
func (e storeErr) Is(target error) bool { return target == errStore }

// updateValue runs Store.UpdateValue on key, following the session if Login
// or Renew replaced it meanwhile. Store failures are wrapped in storeErr.
func (s *state) updateValue(ctx context.Context, key, name string, fn func([]byte) ([]byte, error)) ([]byte, error) {
	m := s.m
	var fnErr error
	wrapped := func(old []byte) ([]byte, error) {
		b, err := fn(old)
		fnErr = err
		return b, err
	}
	for range 2 {
		fnErr = nil
		b, err := m.store.UpdateValue(ctx, key, name, m.maxSession, wrapped)
		switch {
		case err == nil:
			return b, nil
		case fnErr != nil && errors.Is(err, fnErr):
			return nil, err
		case errors.Is(err, ErrTooLarge):
			return nil, fmt.Errorf("session: value %q: %w (MaxSessionSize %d)", name, err, m.maxSession)
		case !errors.Is(err, ErrNotFound):
			return nil, storeErr{err}
		}
		stub, err := m.store.Load(ctx, key)
		if errors.Is(err, ErrNotFound) || err == nil && stub.ForwardTo == "" {
			return nil, ErrNotFound
		}
		if err != nil {
			return nil, storeErr{err}
		}
		fw, err := m.follow(ctx, stub)
		if err != nil {
			return nil, storeErr{err}
		}
		if !fw.carry {
			return nil, ErrNotFound
		}
		key = fw.key
	}
	return nil, ErrNotFound
}

// setSeen records a value written to the store, so that later reads in this
// request see it; mu must be held.
func (s *state) setSeen(key string, b []byte) {
	if _, pending := s.set[key]; pending {
		return
	}
	if _, deleted := s.del[key]; deleted {
		return
	}
	v := make(map[string][]byte, len(s.rec.Values)+1)
	for k, x := range s.rec.Values {
		v[k] = x
	}
	if b == nil {
		delete(v, key)
	} else {
		v[key] = b
	}
	s.rec.Values = v
}

// Pop returns the value under key and removes it, for flash messages: of
// concurrent requests that pop the same value, exactly one gets it. ok is
// false when there is no such value.
func Pop[T any](ctx context.Context, key string) (value T, ok bool, err error) {
	s, err := from(ctx)
	if err != nil {
		return value, false, err
	}
	s.mu.Lock()
	if err := s.valueWritable(ctx); err != nil {
		s.mu.Unlock()
		return value, false, err
	}
	raw, ok := s.lookup(key)
	if !ok {
		s.mu.Unlock()
		return value, false, nil
	}
	if _, pending := s.set[key]; pending || s.key == "" && s.fwd == "" {
		// Put in this same request: it has not reached the store, and a
		// stored value under the same name goes too.
		delete(s.set, key)
		if _, stored := s.rec.Values[key]; stored {
			if s.del == nil {
				s.del = make(map[string]struct{})
			}
			s.del[key] = struct{}{}
		}
		s.mu.Unlock()
		return decodeInto(key, raw, value)
	}
	target := s.key
	if target == "" {
		target = s.fwd
	}
	s.mu.Unlock()
	var popped []byte
	_, err = s.updateValue(ctx, target, key, func(old []byte) ([]byte, error) {
		popped = old
		return nil, nil
	})
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case errors.Is(err, ErrNotFound):
		return value, false, nil
	case errors.Is(err, errStore):
		return value, false, s.failed(ctx, "pop", errors.Unwrap(err))
	case err != nil:
		return value, false, err
	}
	s.setSeen(key, nil)
	if popped == nil {
		return value, false, nil // popped by a concurrent request
	}
	return decodeInto(key, popped, value)
}

func decodeInto[T any](key string, raw []byte, value T) (T, bool, error) {
	if err := json.Unmarshal(raw, &value); err != nil {
		return value, false, fmt.Errorf("session: value %q does not decode as %T: %w", key, value, err)
	}
	return value, true, nil
}
