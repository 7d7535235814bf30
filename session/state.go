package session

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
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

// ErrLoadFailed is wrapped by the error of every session function, and by
// the error the ErrorHandler receives, when the store could not load the
// request's session. It is not "anonymous": the visitor may be logged in.
var ErrLoadFailed = errors.New("session: the session could not be loaded")

// ErrSaveFailed is wrapped by the error the ErrorHandler receives (and the
// session function returns) when the store could not save a change.
var ErrSaveFailed = errors.New("session: the session could not be saved")

// ErrEnded is returned by Update and Renew when the session was ended by a
// concurrent request (Logout, LogoutAll, a login elsewhere that evicted it)
// while this request ran, and by Put, Delete, Update and Pop when the
// request's cookie names a session that a login as another user replaced.
// The request is anonymous afterwards.
var ErrEnded = errors.New("session: the session ended during the request")

// maxValueKeyLen bounds the name of a session value.
const maxValueKeyLen = 128

type ctxKey struct{}

// state is the session of one request. The handler and any goroutines it
// starts share it, so every access holds mu. The session is loaded when the
// handler first uses it, or at commit if it never does.
type state struct {
	m *Manager
	r *http.Request

	mu       sync.Mutex
	loaded   bool
	loadErr  error // wraps ErrLoadFailed
	used     bool  // the handler asked for the session
	tolerant bool  // AnonymousOnLoadError: a failed load reads as anonymous

	key string // store key of the live session; "" when anonymous
	rec Record // the record as loaded or last written
	// fwd is set for an anonymous request whose cookie named a session that
	// Login replaced: value writes are carried over to this key.
	fwd    string
	fwdAbs time.Time // absolute deadline of fwd's record
	// rotated: the cookie's ID was replaced by Login or Renew; the browser
	// may already hold the new cookie, so this request must not expire it,
	// nor start an anonymous session over it (Login still can).
	rotated bool

	newID  string              // ID issued during this request, sent at commit
	clear  bool                // send an expired cookie unless newID is set
	set    map[string][]byte   // values put during this request
	del    map[string]struct{} // values deleted during this request
	fail   error               // first save failure; the response becomes an error
	done   bool                // committed: the headers are on their way
	remSet *http.Cookie        // remember-me cookie to send at commit
	remDel bool                // expire the remember-me cookie at commit
}

func from(ctx context.Context) (*state, error) {
	s, ok := ctx.Value(ctxKey{}).(*state)
	if !ok || s == nil {
		return nil, ErrNoMiddleware
	}
	return s, nil
}

// ensure loads the session on first use; mu must be held. A failed load
// is returned unless the route tolerates it, in which case the request is
// anonymous.
func (s *state) ensure(ctx context.Context) error {
	s.used = true
	if !s.loaded {
		s.loaded = true
		s.loadErr = s.m.load(ctx, s)
	}
	if s.loadErr != nil && !s.tolerant {
		return s.loadErr
	}
	return nil
}

// writable is ensure for functions that change the session: they need a
// loaded session even on tolerant routes, and a response that is still
// open. Failing because of the load failure also fails the response, so a
// handler that ignores the error does not report success.
func (s *state) writable(ctx context.Context) error {
	if err := s.usable(); err != nil {
		return err
	}
	if err := s.ensure(ctx); err != nil {
		return err
	}
	if s.loadErr != nil {
		s.fail = s.loadErr
		return s.loadErr
	}
	return nil
}

// load finds the session named by the request's cookie, following an ID
// replaced moments ago to its successor, and falls back to a remember-me
// token. A missing, malformed, unknown, expired or mismatched session
// yields an anonymous state; only a store failure returns an error.
func (m *Manager) load(ctx context.Context, s *state) error {
	r := s.r
	cookies := r.CookiesNamed(m.cookie.name)
	if len(cookies) == 0 {
		return m.rememberLogin(ctx, s)
	}
	key, ok := parseID(cookies[0].Value)
	if !ok {
		m.event(ctx, slog.LevelInfo, "session rejected", "", "", slog.String("reason", "malformed_id"))
		s.clear = true
		return m.rememberLogin(ctx, s)
	}
	rec, err := m.store.Load(ctx, key)
	switch {
	case errors.Is(err, ErrExpired):
		m.event(ctx, slog.LevelInfo, "session expired", key, "")
		s.clear = true
		return m.rememberLogin(ctx, s)
	case errors.Is(err, ErrNotFound):
		m.event(ctx, slog.LevelInfo, "session rejected", key, "", slog.String("reason", "unknown_or_expired_id"))
		s.clear = true
		return m.rememberLogin(ctx, s)
	case err != nil:
		m.storeError(ctx, "load", err)
		return fmt.Errorf("%w: %w", ErrLoadFailed, err)
	}
	if rec.ForwardTo != "" {
		return m.loadForwarded(ctx, s, key, rec)
	}
	if !m.alive(ctx, key, rec) {
		s.clear = true
		return m.rememberLogin(ctx, s)
	}
	if m.bind != nil && rec.Binding != m.bindingOf(r) {
		m.event(ctx, slog.LevelWarn, "session rejected", key, rec.UserID, slog.String("reason", "binding_mismatch"))
		return nil
	}
	s.key, s.rec = key, rec
	return nil
}

// alive checks both deadlines; an expired record is deleted and logged.
func (m *Manager) alive(ctx context.Context, key string, rec Record) bool {
	now := m.now()
	if now.Before(rec.IdleDeadline) && now.Before(rec.AbsoluteDeadline) {
		return true
	}
	reason := "idle_timeout"
	if !now.Before(rec.AbsoluteDeadline) {
		reason = "absolute_timeout"
	}
	if err := m.store.Delete(ctx, key); err != nil {
		m.storeError(ctx, "delete expired", err)
	}
	m.event(ctx, slog.LevelInfo, "session expired", key, rec.UserID, slog.String("reason", reason))
	return false
}

// loadForwarded handles a cookie whose ID Login or Renew replaced within
// the grace window (see Options.RotationGrace).
func (m *Manager) loadForwarded(ctx context.Context, s *state, key string, stub Record) error {
	s.rotated = true
	if m.bind != nil && stub.Binding != m.bindingOf(s.r) {
		// Not the client the old ID belonged to: it gets nothing.
		m.event(ctx, slog.LevelWarn, "session rejected", key, stub.UserID, slog.String("reason", "binding_mismatch"))
		return nil
	}
	fw, err := m.follow(ctx, stub)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrLoadFailed, err)
	}
	switch {
	case fw.key == "":
		// The successor ended too (logout): nothing to forward to.
		m.event(ctx, slog.LevelInfo, "session rejected", key, stub.UserID, slog.String("reason", "replaced_and_ended"))
		s.clear = true
	case fw.same:
		m.event(ctx, slog.LevelDebug, "session forwarded", key, stub.UserID, slog.String("to", logRef(fw.key)))
		s.key, s.rec = fw.key, fw.rec
	case fw.carry:
		// Login from an anonymous session: the old ID stays anonymous and
		// sees what it had; its value writes follow the login.
		s.rec = Record{Values: stub.Values}
		s.fwd, s.fwdAbs = fw.key, fw.rec.AbsoluteDeadline
	}
	return nil
}

// forward is where a replaced session went.
type forward struct {
	key   string // "" when the chain ends in nothing
	rec   Record
	same  bool // same user (Renew, or Login as the same user)
	carry bool // values carry over (same user, or Login from anonymous)
}

// follow walks from a forwarding record to the live session that replaced
// it, through at most a few quick successive rotations.
func (m *Manager) follow(ctx context.Context, stub Record) (forward, error) {
	next := stub.ForwardTo
	for range 4 {
		rec, err := m.store.Load(ctx, next)
		if errors.Is(err, ErrNotFound) {
			return forward{}, nil
		}
		if err != nil {
			m.storeError(ctx, "load", err)
			return forward{}, err
		}
		if rec.ForwardTo != "" {
			next = rec.ForwardTo
			continue
		}
		now := m.now()
		if !now.Before(rec.Expiry()) {
			return forward{}, nil
		}
		same := rec.UserID == stub.UserID
		return forward{key: next, rec: rec, same: same, carry: same || stub.UserID == ""}, nil
	}
	return forward{}, nil
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
	s.fail = fmt.Errorf("%w: %s: %w", ErrSaveFailed, op, err)
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
	s.fwd, s.rotated = "", false
}

// forget makes the request anonymous. clearCookie expires the cookie; it is
// false when the browser may hold a newer cookie that must survive.
func (s *state) forget(clearCookie bool) {
	s.key, s.rec, s.newID = "", Record{}, ""
	s.set, s.del, s.fwd = nil, nil, ""
	s.clear = clearCookie
}

func (m *Manager) idleDeadline(now, absolute time.Time) time.Time {
	d := now.Add(m.idle)
	if d.After(absolute) {
		return absolute
	}
	return d
}

// forwardUntil is CreateOptions.ForwardUntil for a rotation now.
func (m *Manager) forwardUntil(now time.Time) time.Time {
	if m.grace <= 0 {
		return time.Time{}
	}
	return now.Add(m.grace)
}

// start creates a session for an anonymous request that writes its first
// value; mu must be held.
func (s *state) start(ctx context.Context) error {
	m := s.m
	now := m.now()
	abs := now.Add(m.absolute)
	rec := Record{
		IdleDeadline:     m.idleDeadline(now, abs),
		AbsoluteDeadline: abs,
		Binding:          m.bindingOf(s.r),
		Values:           s.values(),
	}
	if m.maxSession > 0 && rec.Size() > m.maxSession {
		return s.failed(ctx, "create", tooLarge("the session", rec.Size(), "MaxSessionSize", m.maxSession))
	}
	id, key := newID()
	if err := m.store.Create(ctx, key, rec, CreateOptions{}); err != nil {
		return s.failed(ctx, "create", err)
	}
	m.event(ctx, slog.LevelInfo, "session created", key, "", slog.String("reason", "first_write"))
	s.issue(id, key, rec)
	return nil
}

// change returns this request's buffered changes as a store Change.
func (s *state) change(idle time.Time) Change {
	c := Change{IdleDeadline: idle, Set: s.set, MaxSize: s.m.maxSession}
	for k := range s.del {
		c.Delete = append(c.Delete, k)
	}
	return c
}

// update applies c to key, following the session if Login or Renew
// replaced it since this request loaded it. It reports whether the change
// landed; false means the session ended and the change was dropped.
func (s *state) update(ctx context.Context, key string, c Change) (bool, error) {
	m := s.m
	err := m.store.Update(ctx, key, c)
	if !errors.Is(err, ErrNotFound) {
		return err == nil, err
	}
	stub, err := m.store.Load(ctx, key)
	if errors.Is(err, ErrNotFound) || err == nil && stub.ForwardTo == "" {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	s.rotated = true
	fw, err := m.follow(ctx, stub)
	if err != nil || !fw.carry {
		return false, err
	}
	c.IdleDeadline = m.idleDeadline(m.now(), fw.rec.AbsoluteDeadline)
	err = m.store.Update(ctx, fw.key, c)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
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
	if !s.loaded {
		// The handler never used the session: load it now to extend the
		// idle deadline, but a failure here does not concern the page.
		s.loaded = true
		s.loadErr = s.m.load(ctx, s)
	}
	if s.fail != nil {
		return s.fail
	}
	// The response depends on the cookie: a shared cache must not serve
	// it to another client.
	h.Add("Vary", "Cookie")
	if s.loadErr != nil {
		if s.used && !s.tolerant {
			return s.loadErr
		}
		return nil
	}
	m := s.m
	now := m.now()
	dirty := len(s.set) > 0 || len(s.del) > 0
	switch {
	case s.key == "" && s.fwd != "":
		if dirty {
			ok, err := s.update(ctx, s.fwd, s.change(m.idleDeadline(now, s.fwdAbs)))
			if err != nil {
				return s.failed(ctx, "update", err)
			}
			if !ok {
				m.event(ctx, slog.LevelInfo, "session ended during request", s.fwd, "", slog.Bool("changes_dropped", true))
			}
		}
	case s.key == "" && len(s.set) > 0 && s.rotated:
		// The cookie's session was replaced by a login as another user:
		// starting a session here would log the browser out of that one.
		m.event(ctx, slog.LevelInfo, "session ended during request", "", "", slog.Bool("changes_dropped", true))
	case s.key == "" && len(s.set) > 0:
		// First write of an anonymous visitor: a session starts here.
		if err := s.start(ctx); err != nil {
			return err
		}
	case s.key != "":
		idle := m.idleDeadline(now, s.rec.AbsoluteDeadline)
		if dirty || idle.Sub(s.rec.IdleDeadline) >= m.touchEvery {
			ok, err := s.update(ctx, s.key, s.change(idle))
			if err != nil {
				return s.failed(ctx, "update", err)
			}
			if !ok {
				// Ended by a concurrent request (logout, LogoutAll,
				// eviction) or expired meanwhile: it must stay ended. The
				// cookie is left alone: the next request with it is
				// rejected and clears it, while a newer cookie the browser
				// may have received meanwhile survives.
				m.event(ctx, slog.LevelInfo, "session ended during request", s.key, s.rec.UserID,
					slog.Bool("changes_dropped", dirty))
			}
		}
	}
	switch {
	case s.newID != "":
		setCookie(h, m.sessionCookie(s.newID, s.rec.AbsoluteDeadline))
	case s.clear:
		setCookie(h, m.expiredCookie())
	}
	switch {
	case s.remSet != nil:
		setCookie(h, s.remSet)
	case s.remDel:
		setCookie(h, m.expiredRememberCookie())
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

// UserID returns the user the session belongs to, or "" when the request
// is anonymous.
func UserID(ctx context.Context) (string, error) {
	s, err := from(ctx)
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.ensure(ctx); err != nil {
		return "", err
	}
	return s.rec.UserID, nil
}

// Login authenticates the session as userID. Call it after the credentials
// were checked. It always issues a new session ID, retiring the old one in
// the same atomic store operation, so an ID planted before login (session
// fixation) is worthless afterwards: for the short RotationGrace the old ID
// still works, but only as what it was (anonymous). Values of an anonymous
// session, or of a session of the same user, are carried over; a session of
// another user is ended and its values dropped. The absolute timeout
// restarts at login.
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
	if err := s.writable(ctx); err != nil {
		return err
	}
	return s.login(ctx, userID, "login")
}

// login is Login with mu held.
func (s *state) login(ctx context.Context, userID, reason string) error {
	m := s.m
	values := map[string][]byte{}
	if s.rec.UserID == "" || s.rec.UserID == userID {
		values = s.values()
	}
	if m.maxSession > 0 {
		if n := valuesSize(values); n > m.maxSession {
			return s.failed(ctx, "login", tooLarge("the session", n, "MaxSessionSize", m.maxSession))
		}
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
	opts := CreateOptions{Replace: s.key, ForwardUntil: m.forwardUntil(now), MaxPerUser: m.maxPerUser}
	if s.key == "" {
		opts.ForwardUntil = time.Time{}
	}
	err := m.store.Create(ctx, key, rec, opts)
	if errors.Is(err, ErrNotFound) && opts.Replace != "" {
		// The old session ended or was replaced concurrently; the login
		// itself stands, in a session of its own.
		opts.Replace, opts.ForwardUntil = "", time.Time{}
		err = m.store.Create(ctx, key, rec, opts)
	}
	if err != nil {
		return s.failed(ctx, "login", err)
	}
	if s.key != "" {
		m.event(ctx, slog.LevelInfo, "session renewed", key, userID,
			slog.String("reason", reason), slog.String("previous", logRef(s.key)))
	} else {
		m.event(ctx, slog.LevelInfo, "session created", key, userID, slog.String("reason", reason))
	}
	s.issue(id, key, rec)
	return nil
}

// Renew issues a new ID for the current session, keeping its user, values
// and absolute deadline. The old ID forwards to the new session for
// Options.RotationGrace (so requests already on their way are not logged
// out) and stops working after that. Call it on any privilege change other
// than login (which renews by itself), such as switching roles or
// confirming a second factor. Renewing an anonymous request without a
// session does nothing.
func Renew(ctx context.Context) error {
	s, err := from(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(ctx); err != nil {
		return err
	}
	if s.key == "" {
		return nil
	}
	m := s.m
	now := m.now()
	old, cur, values := s.key, s.rec, s.values()
	for range 2 {
		rec := Record{
			UserID:           cur.UserID,
			IdleDeadline:     m.idleDeadline(now, cur.AbsoluteDeadline),
			AbsoluteDeadline: cur.AbsoluteDeadline,
			Binding:          m.bindingOf(s.r),
			Values:           values,
		}
		id, key := newID()
		opts := CreateOptions{Replace: old, ForwardUntil: m.forwardUntil(now), MaxPerUser: m.maxPerUser}
		err = m.store.Create(ctx, key, rec, opts)
		if err == nil {
			m.event(ctx, slog.LevelInfo, "session renewed", key, rec.UserID,
				slog.String("reason", "renew"), slog.String("previous", logRef(old)))
			s.issue(id, key, rec)
			return nil
		}
		if !errors.Is(err, ErrNotFound) {
			return s.failed(ctx, "renew", err)
		}
		// A concurrent request renewed it first: renew its successor,
		// with this request's changes on top of the successor's values.
		stub, err := m.store.Load(ctx, old)
		if err != nil || stub.ForwardTo == "" {
			break
		}
		fw, err := m.follow(ctx, stub)
		if err != nil {
			return s.failed(ctx, "renew", err)
		}
		if !fw.same {
			break
		}
		old, cur = fw.key, fw.rec
		values = maps.Clone(fw.rec.Values)
		if values == nil {
			values = map[string][]byte{}
		}
		for k := range s.del {
			delete(values, k)
		}
		maps.Copy(values, s.set)
	}
	m.event(ctx, slog.LevelInfo, "session ended during request", s.key, s.rec.UserID)
	s.forget(false)
	return fmt.Errorf("session: renew: %w", ErrEnded)
}

// Logout ends the session: the record is deleted from the store and the
// cookie expired, and so is this browser's remember-me token, if any. The
// request is anonymous afterwards. If the response was already written the
// record is still deleted, and ErrCommitted reports that the cookie could
// not be expired.
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
	if err := s.ensure(ctx); err != nil {
		if !s.done {
			s.fail = err
		}
		return err
	}
	if s.loadErr != nil {
		if !s.done {
			s.fail = s.loadErr
		}
		return s.loadErr
	}
	if s.key != "" {
		if err := s.m.store.Delete(ctx, s.key); err != nil {
			if s.done {
				s.m.storeError(ctx, "logout", err)
				return fmt.Errorf("%w: logout: %w", ErrSaveFailed, err)
			}
			return s.failed(ctx, "logout", err)
		}
		s.m.event(ctx, slog.LevelInfo, "session destroyed", s.key, s.rec.UserID, slog.String("reason", "logout"))
	}
	if err := s.forgetRemembered(ctx); err != nil {
		if s.done {
			return err
		}
		return s.failed(ctx, "logout", err)
	}
	if s.done {
		return ErrCommitted
	}
	// A cookie replaced by a login (the request is anonymous but its ID
	// was rotated) may have been overwritten by the login's cookie in the
	// browser: that one is not this request's to expire.
	s.forget(s.key != "" || !s.rotated)
	return nil
}

// LogoutAll ends every session of userID and revokes every remember-me
// token of the user (use it for "log out everywhere"; after a password
// change, PasswordChanged keeps the caller logged in). If the current
// request belongs to that user, it becomes anonymous and its cookies are
// expired.
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
	if err := s.ensure(ctx); err != nil {
		if !s.done {
			s.fail = err
		}
		return err
	}
	if err := s.m.LogoutAll(ctx, userID); err != nil {
		if !s.done {
			s.fail = fmt.Errorf("%w: %w", ErrSaveFailed, err)
		}
		return err
	}
	if s.rec.UserID == userID && s.loadErr == nil {
		if s.done {
			return ErrCommitted
		}
		s.forget(true)
		s.remSet, s.remDel = nil, true
	}
	return nil
}

// AnonymousOnLoadError lets next run as an anonymous request when the
// session cannot be loaded (the store is down): UserID returns "", Get finds
// nothing, while functions that change the session still fail (and fail the
// response). Use it for pages that are useful without a login, such as a
// home page or a product list. Without it, a route that uses the session
// gets the ErrorHandler's response during an outage; a route that never
// uses the session is served either way.
func AnonymousOnLoadError(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s, err := from(r.Context()); err == nil {
			s.mu.Lock()
			s.tolerant = true
			s.mu.Unlock()
		}
		next.ServeHTTP(w, r)
	})
}

// tooLarge describes a size limit violation.
func tooLarge(what string, n int, option string, limit int) error {
	return fmt.Errorf("%w: %s would be %d bytes, over %s (%d)", ErrTooLarge, what, n, option, limit)
}
