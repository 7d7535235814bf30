package session

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"sync"
	"time"
)

// ErrNoMiddleware is returned by the package functions when the context
// does not come from a request wrapped with Manager.Handler.
var ErrNoMiddleware = errors.New("session: no session in context (wrap the handler with Manager.Handler)")

// ErrCommitted is returned when a session is changed after the response
// headers were written: the change could no longer reach the cookie or the
// store, so it is refused rather than silently lost.
var ErrCommitted = errors.New("session: response already written; change the session before writing the response")

// maxValueKeyLen bounds the name of a session value.
const maxValueKeyLen = 128

type ctxKey struct{}

// state is the session of one request. The handler and any goroutines it
// starts share it, so every access holds mu.
type state struct {
	m *Manager
	r *http.Request

	mu    sync.Mutex
	key   string              // store key of the live session; "" when anonymous
	rec   Record              // the record as loaded or last written
	newID string              // ID issued during this request, sent at commit
	clear bool                // send an expired cookie unless newID is set
	set   map[string][]byte   // values put during this request
	del   map[string]struct{} // values deleted during this request
	fail  error               // first store failure; the response becomes an error
	done  bool                // committed: the headers are on their way
}

func from(ctx context.Context) (*state, error) {
	s, ok := ctx.Value(ctxKey{}).(*state)
	if !ok || s == nil {
		return nil, ErrNoMiddleware
	}
	return s, nil
}

// load finds the session named by the request's cookie. A missing,
// malformed, unknown, expired or mismatched session yields an anonymous
// state; only a store failure returns an error.
func (m *Manager) load(r *http.Request) (*state, error) {
	s := &state{m: m, r: r}
	ctx := r.Context()
	cookies := r.CookiesNamed(m.cookie.name)
	if len(cookies) == 0 {
		return s, nil
	}
	key, ok := parseID(cookies[0].Value)
	if !ok {
		m.event(ctx, slog.LevelInfo, "session rejected", "", "", slog.String("reason", "malformed_id"))
		s.clear = true
		return s, nil
	}
	rec, err := m.store.Load(ctx, key)
	switch {
	case errors.Is(err, ErrExpired):
		m.event(ctx, slog.LevelInfo, "session expired", key, "")
		s.clear = true
		return s, nil
	case errors.Is(err, ErrNotFound):
		m.event(ctx, slog.LevelInfo, "session rejected", key, "", slog.String("reason", "unknown_or_expired_id"))
		s.clear = true
		return s, nil
	case err != nil:
		m.storeError(ctx, "load", err)
		return nil, fmt.Errorf("session: loading the session: %w", err)
	}
	now := m.now()
	if !now.Before(rec.IdleDeadline) || !now.Before(rec.AbsoluteDeadline) {
		reason := "idle_timeout"
		if !now.Before(rec.AbsoluteDeadline) {
			reason = "absolute_timeout"
		}
		if err := m.store.Delete(ctx, key); err != nil {
			m.storeError(ctx, "delete expired", err)
		}
		m.event(ctx, slog.LevelInfo, "session expired", key, rec.UserID, slog.String("reason", reason))
		s.clear = true
		return s, nil
	}
	if m.bind != nil && rec.Binding != m.bindingOf(r) {
		m.event(ctx, slog.LevelWarn, "session rejected", key, rec.UserID, slog.String("reason", "binding_mismatch"))
		return s, nil
	}
	s.key, s.rec = key, rec
	return s, nil
}

// bindingOf hashes the Bind value so the store holds no client details.
func (m *Manager) bindingOf(r *http.Request) string {
	if m.bind == nil {
		return ""
	}
	sum := sha256.Sum256([]byte(m.bind(r)))
	return hex.EncodeToString(sum[:])
}

// event logs a session event. key is reduced to a short hash prefix; the
// session ID itself is never logged.
func (m *Manager) event(ctx context.Context, level slog.Level, msg, key, user string, attrs ...slog.Attr) {
	if !m.log.Enabled(ctx, level) {
		return
	}
	if key != "" {
		attrs = append(attrs, slog.String("session", logRef(key)))
	}
	if user != "" {
		attrs = append(attrs, slog.String("user", user))
	}
	m.log.LogAttrs(ctx, level, msg, attrs...)
}

// usable reports why the state cannot be changed, if it cannot.
func (s *state) usable() error {
	if s.fail != nil {
		return s.fail
	}
	if s.done {
		return ErrCommitted
	}
	return nil
}

// failed records a store failure: the middleware turns the response into
// an error even if the handler ignores the returned error.
func (s *state) failed(ctx context.Context, op string, err error) error {
	s.m.storeError(ctx, op, err)
	s.fail = fmt.Errorf("session: %s: %w", op, err)
	return s.fail
}

// values returns the record's values with this request's changes applied.
func (s *state) values() map[string][]byte {
	v := make(map[string][]byte, len(s.rec.Values)+len(s.set))
	maps.Copy(v, s.rec.Values)
	for k := range s.del {
		delete(v, k)
	}
	maps.Copy(v, s.set)
	return v
}

// issue makes rec, stored under key, the request's session, to be sent
// under id when the response is committed.
func (s *state) issue(id, key string, rec Record) {
	s.key, s.rec, s.newID = key, rec, id
	s.set, s.del, s.clear = nil, nil, false
}

// forget makes the request anonymous and has the cookie expired.
func (s *state) forget() {
	s.key, s.rec, s.newID = "", Record{}, ""
	s.set, s.del, s.clear = nil, nil, true
}

func (m *Manager) idleDeadline(now, absolute time.Time) time.Time {
	d := now.Add(m.idle)
	if d.After(absolute) {
		return absolute
	}
	return d
}

// commit writes the request's changes to the store and sets the cookie
// header. It runs once, just before the response headers are written.
func (s *state) commit(ctx context.Context, h http.Header) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done {
		return s.fail
	}
	s.done = true
	if s.fail != nil {
		return s.fail
	}
	m := s.m
	now := m.now()
	switch {
	case s.key == "" && len(s.set) > 0:
		// First write of an anonymous visitor: a session starts here.
		id, key := newID()
		abs := now.Add(m.absolute)
		rec := Record{
			IdleDeadline:     m.idleDeadline(now, abs),
			AbsoluteDeadline: abs,
			Binding:          m.bindingOf(s.r),
			Values:           s.values(),
		}
		if err := m.store.Create(ctx, key, rec, CreateOptions{}); err != nil {
			return s.failed(ctx, "create", err)
		}
		m.event(ctx, slog.LevelInfo, "session created", key, "", slog.String("reason", "first_write"))
		s.issue(id, key, rec)
	case s.key != "":
		idle := m.idleDeadline(now, s.rec.AbsoluteDeadline)
		dirty := len(s.set) > 0 || len(s.del) > 0
		if dirty || idle.Sub(s.rec.IdleDeadline) >= m.touchEvery {
			u := Update{IdleDeadline: idle, Set: s.set}
			for k := range s.del {
				u.Delete = append(u.Delete, k)
			}
			err := m.store.Update(ctx, s.key, u)
			switch {
			case errors.Is(err, ErrNotFound):
				// Ended by a concurrent request (logout, LogoutAll,
				// eviction) or expired meanwhile: it must stay ended.
				m.event(ctx, slog.LevelInfo, "session ended during request", s.key, s.rec.UserID,
					slog.Bool("changes_dropped", dirty))
				s.forget()
			case err != nil:
				return s.failed(ctx, "update", err)
			}
		}
	}
	// The response depends on the cookie: a shared cache must not serve
	// it to another client.
	h.Add("Vary", "Cookie")
	switch {
	case s.newID != "":
		setCookie(h, m.sessionCookie(s.newID, s.rec.AbsoluteDeadline))
	case s.clear:
		setCookie(h, m.expiredCookie())
	}
	return nil
}

// setCookie adds the cookie and keeps the response out of every cache: a
// cached Set-Cookie would hand one user's session to the next.
func setCookie(h http.Header, c *http.Cookie) {
	if v := c.String(); v != "" {
		h.Add("Set-Cookie", v)
		h.Set("Cache-Control", "no-store")
	}
}

// Get returns the value stored under key, decoded as T. ok is false when
// there is no such value. An error means there is no session middleware or
// the stored value does not decode as T.
func Get[T any](ctx context.Context, key string) (value T, ok bool, err error) {
	s, err := from(ctx)
	if err != nil {
		return value, false, err
	}
	s.mu.Lock()
	raw, ok := s.set[key]
	if !ok {
		if _, deleted := s.del[key]; !deleted {
			raw, ok = s.rec.Values[key]
		}
	}
	s.mu.Unlock()
	if !ok {
		return value, false, nil
	}
	if err := json.Unmarshal(raw, &value); err != nil {
		return value, false, fmt.Errorf("session: value %q does not decode as %T: %w", key, value, err)
	}
	return value, true, nil
}

// Put stores value (JSON encoded) under key. The store is written once,
// when the response is committed; if that write fails the client gets the
// error handler's response, not the handler's. Putting a value into an
// anonymous request starts a new session.
//
// Never put passwords or other credentials into a session.
func Put(ctx context.Context, key string, value any) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	if key == "" || len(key) > maxValueKeyLen {
		return fmt.Errorf("session: value key must be 1 to %d bytes", maxValueKeyLen)
	}
	b, err := json.Marshal(value)
	if err != nil {
		return fmt.Errorf("session: encoding value %q: %w", key, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(); err != nil {
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
	if err := s.usable(); err != nil {
		return err
	}
	delete(s.set, key)
	if s.key != "" {
		if s.del == nil {
			s.del = make(map[string]struct{})
		}
		s.del[key] = struct{}{}
	}
	return nil
}

// UserID returns the user the session belongs to, or "" when the request
// is anonymous.
func UserID(ctx context.Context) (string, error) {
	s, err := from(ctx)
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rec.UserID, nil
}

// Login authenticates the session as userID. Call it after the credentials
// were checked. It always issues a new session ID, deleting the old one in
// the same atomic store operation, so an ID planted before login (session
// fixation) is worthless afterwards. Values of an anonymous session, or of
// a session of the same user, are carried over; a session of another user is
// ended and its values dropped. The absolute timeout restarts at login.
//
// Login writes to the store immediately. On error the request fails with
// the error handler's response even if the error is ignored.
func Login(ctx context.Context, userID string) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	if userID == "" {
		return errors.New("session: Login needs a user ID")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(); err != nil {
		return err
	}
	m := s.m
	values := map[string][]byte{}
	if s.rec.UserID == "" || s.rec.UserID == userID {
		values = s.values()
	}
	now := m.now()
	abs := now.Add(m.absolute)
	rec := Record{
		UserID:           userID,
		IdleDeadline:     m.idleDeadline(now, abs),
		AbsoluteDeadline: abs,
		Binding:          m.bindingOf(s.r),
		Values:           values,
	}
	id, key := newID()
	opts := CreateOptions{Replace: s.key, MaxPerUser: m.maxPerUser}
	err = m.store.Create(ctx, key, rec, opts)
	if errors.Is(err, ErrNotFound) && opts.Replace != "" {
		// The old session ended concurrently; the login itself stands.
		opts.Replace = ""
		err = m.store.Create(ctx, key, rec, opts)
	}
	if err != nil {
		return s.failed(ctx, "login", err)
	}
	if s.key != "" {
		m.event(ctx, slog.LevelInfo, "session renewed", key, userID,
			slog.String("reason", "login"), slog.String("previous", logRef(s.key)))
	} else {
		m.event(ctx, slog.LevelInfo, "session created", key, userID, slog.String("reason", "login"))
	}
	s.issue(id, key, rec)
	return nil
}

// Renew issues a new ID for the current session, keeping its user, values
// and absolute deadline; the old ID stops working at once. Call it on any
// privilege change other than login (which renews by itself), such as
// switching roles or confirming a second factor. Renewing an anonymous
// request without a session does nothing.
func Renew(ctx context.Context) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(); err != nil {
		return err
	}
	if s.key == "" {
		return nil
	}
	m := s.m
	now := m.now()
	rec := Record{
		UserID:           s.rec.UserID,
		IdleDeadline:     m.idleDeadline(now, s.rec.AbsoluteDeadline),
		AbsoluteDeadline: s.rec.AbsoluteDeadline,
		Binding:          m.bindingOf(s.r),
		Values:           s.values(),
	}
	id, key := newID()
	err = m.store.Create(ctx, key, rec, CreateOptions{Replace: s.key, MaxPerUser: m.maxPerUser})
	if errors.Is(err, ErrNotFound) {
		m.event(ctx, slog.LevelInfo, "session ended during request", s.key, s.rec.UserID)
		s.forget()
		return fmt.Errorf("session: renew: the session was ended meanwhile: %w", err)
	}
	if err != nil {
		return s.failed(ctx, "renew", err)
	}
	m.event(ctx, slog.LevelInfo, "session renewed", key, rec.UserID,
		slog.String("reason", "renew"), slog.String("previous", logRef(s.key)))
	s.issue(id, key, rec)
	return nil
}

// Logout ends the session: the record is deleted from the store and the
// cookie expired. The request is anonymous afterwards. If the response was
// already written the record is still deleted, and ErrCommitted reports
// that the cookie could not be expired.
func Logout(ctx context.Context) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return s.fail
	}
	if s.key != "" {
		if err := s.m.store.Delete(ctx, s.key); err != nil {
			if s.done {
				s.m.storeError(ctx, "logout", err)
				return fmt.Errorf("session: logout: %w", err)
			}
			return s.failed(ctx, "logout", err)
		}
		s.m.event(ctx, slog.LevelInfo, "session destroyed", s.key, s.rec.UserID, slog.String("reason", "logout"))
	}
	if s.done {
		return ErrCommitted
	}
	s.forget()
	return nil
}

// LogoutAll ends every session of userID (use it after a password change or
// for "log out everywhere"). If the current request belongs to that user,
// it becomes anonymous and its cookie is expired.
func LogoutAll(ctx context.Context, userID string) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		return s.fail
	}
	if err := s.m.LogoutAll(ctx, userID); err != nil {
		if !s.done {
			s.fail = err
		}
		return err
	}
	if s.rec.UserID == userID {
		if s.done {
			return ErrCommitted
		}
		s.forget()
	}
	return nil
}
