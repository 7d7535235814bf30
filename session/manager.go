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

	// Logger receives the session events (created, renewed, destroyed,
	// expired, rejected, store errors). It defaults to slog.Default(). IDs
	// are never logged; events carry a short hash prefix instead.
	Logger *slog.Logger

	// ErrorHandler writes the response when the store fails (default: a
	// plain 500). It is called instead of the handler when a session cannot
	// be loaded, and instead of the handler's response when a change cannot
	// be saved, so a failed write is never reported as success.
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

// LogoutAll ends every session of userID, for example after a password
// change or for "log out everywhere". It can be called outside a request
// (from an admin tool); within a request prefer the package-level
// LogoutAll, which also expires the caller's cookie.
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
	m.cookie.applyRelaxations(c)
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
