package session

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

// Default timeouts. They follow common guidance for applications of low to
// medium risk; shorten them for sensitive applications.
const (
	DefaultIdleTimeout     = 30 * time.Minute
	DefaultAbsoluteTimeout = 12 * time.Hour
	// DefaultCookieName uses the __Host- prefix, which makes browsers refuse
	// the cookie unless it is Secure, has Path=/ and no Domain: a sibling
	// subdomain or a plain-HTTP response cannot plant or overwrite it.
	DefaultCookieName = "__Host-session"
	// DefaultRememberCookieName carries the remember-me token, with the
	// same __Host- protection as the session cookie.
	DefaultRememberCookieName = "__Host-remember"
	// DefaultRememberFor is how long a remember-me token lasts. It is not
	// extended by use: once it runs out, the user types the password again.
	DefaultRememberFor = 30 * 24 * time.Hour
	// DefaultRotationGrace is how long an ID replaced by Login or Renew
	// keeps forwarding to its successor (see Options.RotationGrace).
	DefaultRotationGrace = 30 * time.Second
	// DefaultMaxValueSize and DefaultMaxSessionSize bound what a session
	// holds: every request loads the whole session from the store, so a
	// session is for identifiers and small state, not for documents.
	DefaultMaxValueSize   = 32 << 10
	DefaultMaxSessionSize = 128 << 10
)

// Options configure a Manager. The zero value (plus a Store) is the
// recommended configuration; every field that weakens the cookie is named
// Dangerously… so that it stands out in code review.
type Options struct {
	// Store keeps the session records. Required.
	Store Store

	// IdleTimeout ends a session after this long without a request
	// (default 30 minutes). A value above AbsoluteTimeout is capped to it.
	IdleTimeout time.Duration
	// AbsoluteTimeout ends a session this long after it was created or
	// after the last Login, however active it is (default 12 hours).
	AbsoluteTimeout time.Duration

	// CookieName defaults to "__Host-session". A name with the __Host-
	// prefix cannot be combined with the Dangerously options that drop
	// Secure, set a Domain or narrow the Path, since browsers would reject
	// the cookie.
	CookieName string
	// SameSiteStrict sends the cookie only on same-site requests, including
	// top-level navigations (stricter than the default Lax).
	SameSiteStrict bool

	// MaxSessionsPerUser, when positive, limits how many sessions a user
	// can have at once; each Login beyond it ends the user's oldest session.
	MaxSessionsPerUser int

	// Bind, when set, ties each session to a property of the client, such
	// as the User-Agent header. Its result is stored as a hash when a session
	// is created or renewed; a request whose Bind result differs is treated
	// as anonymous and logged as rejected (the session itself is left alone,
	// so a stolen cookie replayed from elsewhere cannot be used to log the
	// victim out).
	Bind func(r *http.Request) string

	// RotationGrace is how long an ID replaced by Login or Renew keeps
	// forwarding to the new session (default 30 seconds; negative turns
	// forwarding off). Requests that were in flight during the rotation,
	// or were sent with the old cookie before the browser received the new
	// one, then neither log the user out nor lose their writes:
	//   - after Renew, or Login as the same user, the old ID acts on the
	//     new session, but is never sent its new ID;
	//   - after Login from an anonymous session, the old ID stays anonymous
	//     (it sees the values it had), and value writes land in the new
	//     session, as Login carries anonymous values over anyway;
	//   - after Login as another user, the old ID is anonymous and its
	//     writes are dropped, as for a session ended by Logout.
	// No forwarded ID ever gains a user it did not have, so Login still
	// defeats session fixation. Choose a grace above your longest request.
	RotationGrace time.Duration

	// MaxValueSize bounds one value's JSON encoding in bytes (default 32
	// KiB) and MaxSessionSize all value names and values of a session
	// together (default 128 KiB). Put, Update and commits beyond them fail
	// with ErrTooLarge. Every request loads the whole session.
	MaxValueSize   int
	MaxSessionSize int

	// BrowserSessionCookie sends the session cookie without Max-Age, so
	// the browser drops it when it closes (many browsers restore such
	// cookies with the previous session, so it is no security boundary).
	// The server-side timeouts apply either way.
	BrowserSessionCookie bool

	// RememberStore enables remember-me (see Remember): it keeps the
	// tokens, apart from the sessions. Give it its own store (another Redis
	// prefix, another table), since a token is not a session.
	RememberStore Store
	// RememberFor is the lifetime of a remember-me token (default 30 days),
	// counted from the password login that created it.
	RememberFor time.Duration
	// RememberCookieName defaults to "__Host-remember"; the attributes are
	// those of the session cookie.
	RememberCookieName string

	// Logger receives the session events (created, renewed, destroyed,
	// expired, rejected, store errors). It defaults to slog.Default(). IDs
	// are never logged; events carry a short hash prefix instead.
	Logger *slog.Logger

	// ErrorHandler writes the response when the store fails (default: a
	// plain 500). Its error wraps ErrLoadFailed when the session the handler
	// asked for could not be loaded, and ErrSaveFailed when a change could
	// not be saved; in both cases it replaces the handler's response, so a
	// failed write is never reported as success. Pages that can do without
	// the session use AnonymousOnLoadError; pages that never touch it are
	// served during an outage anyway.
	ErrorHandler func(w http.ResponseWriter, r *http.Request, err error)

	// DangerouslyAllowHTTP drops the Secure attribute, so the cookie also
	// travels over plain HTTP where anyone on the network can read it. Only
	// for local development without TLS. Requires a CookieName without the
	// __Host- prefix.
	DangerouslyAllowHTTP bool
	// DangerouslyAllowScriptAccess drops HttpOnly, letting JavaScript (and so
	// any XSS) read the session ID.
	DangerouslyAllowScriptAccess bool
	// DangerouslySameSiteNone sends the cookie on cross-site requests too,
	// which exposes every state-changing endpoint to CSRF unless it has its
	// own protection.
	DangerouslySameSiteNone bool
	// DangerouslySetDomain shares the cookie with every host under this
	// domain, so any of them (and any takeover of one) can read it.
	DangerouslySetDomain string
	// DangerouslySetPath scopes the cookie to a path instead of "/". Paths
	// are not a security boundary; this only narrows where it is sent.
	DangerouslySetPath string
}

// Manager issues, loads, renews and ends sessions. Create it once with New
// and wrap handlers with Handler; a Manager is safe for concurrent use.
type Manager struct {
	store        Store
	idle         time.Duration
	absolute     time.Duration
	touchEvery   time.Duration
	maxPerUser   int
	bind         func(*http.Request) string
	log          *slog.Logger
	errorHandler func(http.ResponseWriter, *http.Request, error)
	cookie       cookieConfig
	now          func() time.Time

	grace         time.Duration
	maxValue      int
	maxSession    int
	browserCookie bool
	remember      Store
	rememberFor   time.Duration
	rememberName  string
}

// New checks the options and returns a Manager. It fails on contradictory
// settings (for example a __Host- cookie without Secure) rather than
// quietly producing a cookie browsers would drop.
func New(opts Options) (*Manager, error) {
	if opts.Store == nil {
		return nil, errors.New("session: Options.Store is required")
	}
	m := &Manager{
		store:        opts.Store,
		idle:         opts.IdleTimeout,
		absolute:     opts.AbsoluteTimeout,
		maxPerUser:   opts.MaxSessionsPerUser,
		bind:         opts.Bind,
		log:          opts.Logger,
		errorHandler: opts.ErrorHandler,
		now:          time.Now,

		grace:         opts.RotationGrace,
		maxValue:      opts.MaxValueSize,
		maxSession:    opts.MaxSessionSize,
		browserCookie: opts.BrowserSessionCookie,
		remember:      opts.RememberStore,
		rememberFor:   opts.RememberFor,
		rememberName:  opts.RememberCookieName,
	}
	switch {
	case m.grace == 0:
		m.grace = DefaultRotationGrace
	case m.grace < 0:
		m.grace = 0
	}
	if m.maxValue == 0 {
		m.maxValue = DefaultMaxValueSize
	}
	if m.maxSession == 0 {
		m.maxSession = DefaultMaxSessionSize
	}
	if m.maxValue < 0 || m.maxSession < 0 {
		return nil, errors.New("session: size limits must not be negative")
	}
	if m.rememberFor == 0 {
		m.rememberFor = DefaultRememberFor
	}
	if m.rememberFor < 0 {
		return nil, errors.New("session: RememberFor must not be negative")
	}
	if m.rememberName == "" {
		m.rememberName = DefaultRememberCookieName
	}
	if m.idle == 0 {
		m.idle = DefaultIdleTimeout
	}
	if m.absolute == 0 {
		m.absolute = DefaultAbsoluteTimeout
	}
	if m.idle < 0 || m.absolute < 0 {
		return nil, errors.New("session: timeouts must not be negative")
	}
	if m.idle > m.absolute {
		// The absolute deadline always comes first; setting only a short
		// AbsoluteTimeout must not require lowering IdleTimeout too.
		m.idle = m.absolute
	}
	if m.maxPerUser < 0 {
		return nil, errors.New("session: MaxSessionsPerUser must not be negative")
	}
	// Extending the idle deadline costs a store write. Doing it at most once
	// per 1/100 of the idle timeout keeps the timeout accurate to 1% while
	// sparing the store a write on every request of a burst.
	m.touchEvery = m.idle / 100
	if m.log == nil {
		m.log = slog.Default()
	}
	if m.errorHandler == nil {
		m.errorHandler = defaultErrorHandler
	}
	c, err := newCookieConfig(opts)
	if err != nil {
		return nil, err
	}
	if m.remember != nil {
		if m.rememberName == c.name || !validCookieName(m.rememberName) {
			return nil, fmt.Errorf("session: invalid remember-me cookie name %q", m.rememberName)
		}
		if strings.HasPrefix(m.rememberName, "__Host-") && (c.insecure || c.domain != "" || c.path != "/") ||
			strings.HasPrefix(m.rememberName, "__Secure-") && c.insecure {
			return nil, fmt.Errorf("session: a %q cookie cannot have the relaxed attributes; choose another RememberCookieName", m.rememberName)
		}
	}
	m.cookie = c
	for _, w := range c.warnings {
		m.log.Warn("session: cookie protection relaxed", slog.String("option", w))
	}
	return m, nil
}

// defaultErrorHandler answers 500 without details; the error itself is
// logged by the Manager.
func defaultErrorHandler(w http.ResponseWriter, _ *http.Request, _ error) {
	http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
}

// LogoutAll ends every session and revokes every remember-me token of
// userID, for example after a password reset or for "log out everywhere".
// It can be called outside a request (from an admin tool); within a request
// prefer the package-level LogoutAll, which also expires the caller's
// cookies, or PasswordChanged, which keeps the caller logged in.
func (m *Manager) LogoutAll(ctx context.Context, userID string) error {
	if userID == "" {
		return errors.New("session: LogoutAll needs a user ID")
	}
	n, err := m.store.DeleteUser(ctx, userID)
	if err != nil {
		m.storeError(ctx, "logout all", err)
		return fmt.Errorf("session: ending the sessions of a user: %w", err)
	}
	m.log.LogAttrs(ctx, slog.LevelInfo, "session destroyed",
		slog.String("reason", "logout_all"), slog.String("user", userID), slog.Int("count", n))
	if m.remember != nil {
		n, err := m.remember.DeleteUser(ctx, userID)
		if err != nil {
			m.storeError(ctx, "revoke remember-me tokens", err)
			return fmt.Errorf("session: revoking the remember-me tokens of a user: %w", err)
		}
		if n > 0 {
			m.log.LogAttrs(ctx, slog.LevelInfo, "remember-me token revoked",
				slog.String("reason", "logout_all"), slog.String("user", userID), slog.Int("count", n))
		}
	}
	return nil
}

func (m *Manager) storeError(ctx context.Context, op string, err error) {
	m.log.LogAttrs(ctx, slog.LevelError, "session store error",
		slog.String("op", op), slog.String("error", err.Error()))
}

// cookieConfig holds the attributes of the session cookie after the options
// have been checked.
type cookieConfig struct {
	name     string
	path     string
	domain   string
	insecure bool
	script   bool
	sameSite http.SameSite
	warnings []string
}

func newCookieConfig(opts Options) (cookieConfig, error) {
	c := cookieConfig{
		name:     opts.CookieName,
		path:     "/",
		domain:   opts.DangerouslySetDomain,
		insecure: opts.DangerouslyAllowHTTP,
		script:   opts.DangerouslyAllowScriptAccess,
		sameSite: http.SameSiteLaxMode,
	}
	if c.name == "" {
		c.name = DefaultCookieName
	}
	if !validCookieName(c.name) {
		return c, fmt.Errorf("session: invalid cookie name %q", c.name)
	}
	if opts.DangerouslySetPath != "" {
		if !strings.HasPrefix(opts.DangerouslySetPath, "/") || strings.ContainsAny(opts.DangerouslySetPath, ";\r\n") {
			return c, fmt.Errorf("session: invalid cookie path %q", opts.DangerouslySetPath)
		}
		c.path = opts.DangerouslySetPath
		c.warnings = append(c.warnings, "DangerouslySetPath")
	}
	if c.domain != "" {
		c.warnings = append(c.warnings, "DangerouslySetDomain")
	}
	if c.insecure {
		c.warnings = append(c.warnings, "DangerouslyAllowHTTP")
	}
	if c.script {
		c.warnings = append(c.warnings, "DangerouslyAllowScriptAccess")
	}
	switch {
	case opts.DangerouslySameSiteNone && opts.SameSiteStrict:
		return c, errors.New("session: SameSiteStrict and DangerouslySameSiteNone contradict each other")
	case opts.DangerouslySameSiteNone:
		if c.insecure {
			return c, errors.New("session: browsers reject SameSite=None cookies without Secure")
		}
		c.sameSite = http.SameSiteNoneMode
		c.warnings = append(c.warnings, "DangerouslySameSiteNone")
	case opts.SameSiteStrict:
		c.sameSite = http.SameSiteStrictMode
	}
	if strings.HasPrefix(c.name, "__Host-") && (c.insecure || c.domain != "" || c.path != "/") {
		return c, fmt.Errorf("session: a %q cookie must be Secure with Path=/ and no Domain; choose another CookieName to relax these", c.name)
	}
	if strings.HasPrefix(c.name, "__Secure-") && c.insecure {
		return c, fmt.Errorf("session: a %q cookie must be Secure", c.name)
	}
	return c, nil
}

// validCookieName accepts RFC 6265 token characters.
func validCookieName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("()<>@,;:\\\"/[]?={}", c) >= 0 {
			return false
		}
	}
	return true
}

// sessionCookie returns the cookie that carries id until the absolute
// deadline. The secure attributes are written out literally; the only way
// to weaken them is through the Dangerously options checked in New.
func (m *Manager) sessionCookie(id string, deadline time.Time) *http.Cookie {
	maxAge := int((deadline.Sub(m.now()) + time.Second/2) / time.Second)
	if maxAge < 1 {
		maxAge = 1
	}
	c := &http.Cookie{
		Name:     m.cookie.name,
		Value:    id,
		Path:     "/",
		MaxAge:   maxAge,
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
	if m.browserCookie {
		c.MaxAge = 0
	}
	m.cookie.applyRelaxations(c)
	return c
}

// rememberCookie carries a remember-me token until deadline, with the
// session cookie's attributes.
func (m *Manager) rememberCookie(token string, deadline time.Time) *http.Cookie {
	c := m.sessionCookie(token, deadline)
	c.Name = m.rememberName
	c.MaxAge = max(1, int((deadline.Sub(m.now())+time.Second/2)/time.Second))
	return c
}

// expiredRememberCookie tells the browser to drop the remember-me cookie.
func (m *Manager) expiredRememberCookie() *http.Cookie {
	c := m.expiredCookie()
	c.Name = m.rememberName
	return c
}

// expiredCookie tells the browser to drop the session cookie at once.
func (m *Manager) expiredCookie() *http.Cookie {
	c := &http.Cookie{
		Name:     m.cookie.name,
		Value:    "",
		Path:     "/",
		MaxAge:   -1,
		Expires:  time.Unix(0, 0),
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
	m.cookie.applyRelaxations(c)
	return c
}

// applyRelaxations applies SameSiteStrict and the Dangerously options that
// New validated.
func (cc cookieConfig) applyRelaxations(c *http.Cookie) {
	c.Path = cc.path
	c.Domain = cc.domain
	c.Secure = !cc.insecure
	c.HttpOnly = !cc.script
	c.SameSite = cc.sameSite
}
