package session

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// Info describes one session of a user, for a "your devices" page.
type Info struct {
	// Handle names the session for EndSession. It is derived from the store
	// key by a one-way hash: it is not the session ID and cannot be used as
	// one, so it can go into a page or a form.
	Handle string
	// Current is true for the session of the request that asked.
	Current bool
	// LoginTime is when the user logged in (a Renew keeps it).
	LoginTime time.Time
	// LastSeen is when the session was last used, to within 1/100 of the
	// idle timeout.
	LastSeen time.Time
	// Expires is when the session ends unless it is used again.
	Expires time.Time
	// Values holds the session's values (JSON), for example a device name
	// the application put at login.
	Values map[string]json.RawMessage
}

// handleOf derives a session's public handle from its store key.
func handleOf(key string) string {
	sum := sha256.Sum256([]byte("session handle\x00" + key))
	return base64.RawURLEncoding.EncodeToString(sum[:16])
}

// Sessions lists the live sessions of userID, oldest login first.
func (m *Manager) Sessions(ctx context.Context, userID string) ([]Info, error) {
	if userID == "" {
		return nil, errors.New("session: Sessions needs a user ID")
	}
	list, err := m.store.ListUser(ctx, userID)
	if err != nil {
		m.storeError(ctx, "list", err)
		return nil, fmt.Errorf("session: listing the sessions of a user: %w", err)
	}
	out := make([]Info, 0, len(list))
	for _, l := range list {
		r := l.Record
		login := r.AbsoluteDeadline.Add(-m.absolute)
		seen := r.IdleDeadline.Add(-m.idle)
		if seen.Before(login) {
			seen = login
		}
		info := Info{Handle: handleOf(l.Key), LoginTime: login, LastSeen: seen, Expires: r.Expiry(),
			Values: make(map[string]json.RawMessage, len(r.Values))}
		for k, v := range r.Values {
			info.Values[k] = json.RawMessage(v)
		}
		out = append(out, info)
	}
	return out, nil
}

// EndSession ends the session of userID named by handle (from Sessions).
// It returns ErrNotFound when the user has no such live session, so a
// handle of another user's session ends nothing.
func (m *Manager) EndSession(ctx context.Context, userID, handle string) error {
	if userID == "" || handle == "" {
		return ErrNotFound
	}
	list, err := m.store.ListUser(ctx, userID)
	if err != nil {
		m.storeError(ctx, "list", err)
		return fmt.Errorf("session: listing the sessions of a user: %w", err)
	}
	for _, l := range list {
		if handleOf(l.Key) != handle {
			continue
		}
		if err := m.store.Delete(ctx, l.Key); err != nil {
			m.storeError(ctx, "end session", err)
			return fmt.Errorf("session: ending a session: %w", err)
		}
		m.event(ctx, slog.LevelInfo, "session destroyed", l.Key, userID, slog.String("reason", "ended_by_user"))
		return nil
	}
	return ErrNotFound
}

// Sessions lists the live sessions of the logged-in user, with Current set
// on this one; it returns nil for an anonymous request.
func Sessions(ctx context.Context) ([]Info, error) {
	s, err := from(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if err := s.ensure(ctx); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	user, key := s.rec.UserID, s.key
	s.mu.Unlock()
	if user == "" {
		return nil, nil
	}
	list, err := s.m.Sessions(ctx, user)
	for i := range list {
		list[i].Current = list[i].Handle == handleOf(key)
	}
	return list, err
}

// EndSession ends one session of the logged-in user, named by its handle
// (see Sessions). Ending the current session is a Logout. It returns
// ErrNotFound when the user has no such session.
func EndSession(ctx context.Context, handle string) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	if err := s.ensure(ctx); err != nil {
		s.mu.Unlock()
		return err
	}
	user, key := s.rec.UserID, s.key
	s.mu.Unlock()
	if user == "" {
		return ErrNotFound
	}
	if key != "" && handle == handleOf(key) {
		return Logout(ctx)
	}
	return s.m.EndSession(ctx, user, handle)
}
