// Package names is sessionlint's one vocabulary for Go code: how an
// identifier, session key, cookie name or route splits into words, and which
// words name session material, passwords, identities, tokens, sensitive data,
// logins, logouts and sign-ups. The names a project declares on top of the
// built-in lists (catalog.Names) widen these answers; they reach the
// analyzers through flags (see AddFlags) or SetExtra.
package names

import (
	"go/ast"
	"slices"
	"strings"
	"unicode"

	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Words splits an identifier, key or cookie name into lower-case words:
// "sessionID" → [session id], "X-Auth-Token" → [x auth token],
// "user_password" → [user password], "JSESSIONID" → [jsessionid].
func Words(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && len(cur) > 0:
			prevLower := unicode.IsLower(runes[i-1]) || unicode.IsDigit(runes[i-1])
			nextLower := i+1 < len(runes) && unicode.IsLower(runes[i+1])
			// "sessionID" splits before I; "HTTPServer" splits before S.
			if prevLower || (unicode.IsUpper(runes[i-1]) && nextLower) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// HasWord reports whether any of words is in set.
func HasWord(words []string, set ...string) bool {
	for _, w := range words {
		if slices.Contains(set, w) {
			return true
		}
	}
	return false
}

// sessionWords name session and authentication material in cookie names,
// session keys and variables.
var sessionWords = []string{
	"session", "sessions", "sess", "sid", "sessid", "sessionid", "jsessionid",
	"phpsessid", "aspsessionid", "auth", "authn", "authentication", "token",
	"jwt", "bearer", "access", "refresh", "remember", "rememberme", "login",
	"logged", "identity", "idtoken", "sso", "saml", "oauth", "connect",
	"secret", "apikey", "totp", "mfa", "passport", // a login ticket ("passport" cookie)
}

// notSessionWords mark cookies that are not session material even when a
// session word also appears (e.g. "csrf_token" must be readable by scripts
// in the double-submit pattern; "session_theme" is a preference).
var notSessionWords = []string{
	"csrf", "xsrf", "theme", "lang", "language", "locale", "tz", "timezone",
	"consent", "gdpr", "pref", "prefs", "preference", "preferences", "banner",
	"tracking", "analytics", "ga", "gid", "cart", "currency", "dismissed",
	"tour", "flash", "visited", "redirect", "return", "next",
}

// IsSessionName reports whether a cookie name or session key names session
// or authentication material.
func IsSessionName(name string) bool {
	if isExtra(extra.SessionCookies, name) {
		return true
	}
	w := Words(name)
	if HasWord(w, notSessionWords...) {
		return false
	}
	if HasWord(w, sessionWords...) {
		return true
	}
	// Whole-name forms that Words does not split, e.g. "connect.sid" is
	// handled above; "SID" alone, "__Host-session" too.
	lower := strings.ToLower(name)
	return strings.Contains(lower, "session") || strings.HasSuffix(lower, "sid")
}

// IsPasswordName reports whether a name denotes a plaintext password (and
// not a hash of one, a policy, or a confirmation flag).
func IsPasswordName(name string) bool {
	w := Words(name)
	if !HasWord(w, "password", "passwd", "pwd", "pass", "passphrase", "passcode", "pw") {
		lower := strings.ToLower(name)
		if !strings.Contains(lower, "password") && !strings.Contains(lower, "passwd") {
			return false
		}
	}
	return !HasWord(w, "hash", "hashed", "digest", "crypt", "encrypted", "bcrypt",
		"argon", "argon2", "scrypt", "salt", "policy", "reset", "expires",
		"expiry", "expired", "changed", "length", "min", "max", "strength",
		"valid", "required", "set", "url", "field", "label", "placeholder",
		"error", "err", "msg", "message", "regex", "rule", "rules", "form",
		"template", "hint", "last", "at", "hashes", "hasher")
}

// IsPasswordStoreName reports whether a field or key is where an account's
// password is kept: a password name, or the name of its hash
// (PasswordHash, passhash, hashed_password), whose value must then come
// from a slow, salted hash.
func IsPasswordStoreName(name string) bool {
	if IsPasswordName(name) {
		return true
	}
	w := Words(name)
	lower := strings.ToLower(name)
	pw := HasWord(w, "password", "passwd", "pwd", "pass", "passhash", "pwhash", "passphrase") ||
		strings.Contains(lower, "password") || strings.Contains(lower, "passwd") || strings.Contains(lower, "passhash")
	hashed := HasWord(w, "hash", "hashed", "digest", "passhash", "pwhash") || strings.Contains(lower, "passhash")
	return pw && hashed && !HasWord(w, "policy", "reset", "expires", "expiry", "expired", "changed", "length",
		"url", "field", "label", "placeholder", "error", "err", "msg", "message", "rule", "rules", "hint", "at",
		"algorithm", "algo", "cost", "rounds", "iterations", "version", "type", "func", "function", "hasher")
}

// accountRoute matches the routes that open or close a session, by their
// last path segment (the JavaScript rule's set).
var accountRoute = lazyre.New(`(?i)((^|/)(log_?-?in|sign_?-?in|log_?-?out|sign_?-?out|sign_?-?up|register|refresh|callback)[\w-]*|(^|/)(auth|session|sessions|token|tokens))/?$`)

// IsAccountRoute reports whether a route path logs in, signs up, logs out
// or renews a session (/login, /auth/signup, /logout, /token): routes that
// change no state a forged request could abuse.
func IsAccountRoute(path string) bool { return accountRoute.MatchString(path) }

// IsIdentityKey reports whether a session key records who is logged in.
func IsIdentityKey(name string) bool {
	if isExtra(extra.IdentityKeys, name) {
		return true
	}
	w := Words(name)
	if HasWord(w, "csrf", "xsrf", "flash", "theme", "lang", "cart", "redirect", "return", "next") {
		return false
	}
	if HasWord(w, "userid", "uid", "username", "login", "authenticated",
		"logged", "loggedin", "principal", "subject", "account", "accountid",
		"auth", "authed", "role", "roles", "admin", "isadmin", "identity", "owner",
		"customer", "customerid", "member", "memberid", "email", "sub") {
		return true
	}
	return HasWord(w, "user")
}

// IsTokenName reports whether a variable, field or function name denotes a
// secret token whose value must be unguessable: session IDs, auth, CSRF,
// reset or API tokens, nonces, OAuth state, secrets and keys.
func IsTokenName(name string) bool {
	w := Words(name)
	// "recovery key", "login key": a key that signs someone in.
	if HasWord(w, "key") && HasWord(w, "recovery", "reset", "login", "activation", "remember", "access") {
		return true
	}
	if HasWord(w, "request", "trace", "span", "correlation", "order", "invoice",
		"file", "filename", "upload", "message", "event", "job", "task", "row",
		"page", "log", "color", "colour", "tab", "key", "keys", "sort", "etag",
		"build", "version", "cache", "tmp", "temp", "hash", "lock", "mock", "fake") &&
		!HasWord(w, "session", "sessions", "sid", "token", "nonce", "secret", "csrf", "xsrf", "api", "auth", "jwt", "signing", "hmac") {
		return false
	}
	if HasWord(w, "session", "sessions", "sid", "sessid", "sessionid", "token",
		"tokens", "nonce", "csrf", "xsrf", "secret", "apikey", "otp",
		"passcode", "jwt", "bearer", "state", "verifier", "salt", "invite",
		"magic", "verification", "ticket") {
		return true
	}
	// "api key", "reset code", "auth code", "signing key".
	return (HasWord(w, "key") && HasWord(w, "api", "signing", "secret", "auth", "hmac")) ||
		(HasWord(w, "code") && HasWord(w, "reset", "auth", "verification", "verify", "confirm", "confirmation", "login", "invite", "invitation", "activation", "recovery"))
}

// IsSensitiveName reports whether a session key or value name denotes data
// that must not sit in a session: passwords, card numbers, CVV, PINs, SSNs.
func IsSensitiveName(name string) bool {
	if IsPasswordName(name) {
		return true
	}
	w := Words(name)
	if HasWord(w, "cvv", "cvc", "cvv2", "cvc2", "csc", "ssn", "pan", "pin",
		"creditcard", "cardnumber", "ccnum", "ccnumber", "iban", "taxid", "sin") {
		return true
	}
	// "card number", "card no", "credit card", "social security".
	return (HasWord(w, "card") && HasWord(w, "number", "num", "no", "credit", "debit")) ||
		(HasWord(w, "social") && HasWord(w, "security"))
}

// IsLoginName reports whether a function or route name denotes a login or
// sign-in step.
func IsLoginName(name string) bool {
	w := Words(name)
	if HasWord(w, "logout", "signout", "form", "page", "show", "render", "view") {
		return false
	}
	// "get" names a page that shows a login form, except for an OAuth
	// callback, which arrives as a GET (CallbackGETHandler).
	if HasWord(w, "get") && !HasWord(w, "callback") {
		return false
	}
	return HasWord(w, "login", "signin", "authenticate", "authenticated", "logon", "callback", "verify", "mfa", "otp", "twofactor", "totp") ||
		(HasWord(w, "sign", "log") && HasWord(w, "in")) || HasWord(w, "two") && HasWord(w, "factor")
}

// IsLogoutName reports whether a function or route name denotes a logout.
func IsLogoutName(name string) bool {
	if isExtra(extra.LogoutHandlers, name) {
		return true
	}
	w := Words(name)
	return HasWord(w, "logout", "signout", "logoff", "signoff") ||
		(HasWord(w, "sign", "log") && HasWord(w, "out", "off"))
}

// IsSignupName reports whether a function or route name denotes a sign-up
// or registration step, which logs the new user in just like a login
// (handleRegister, SignUp, "/register"), but not route or hook registration
// (RegisterRoutes, registerHandlers).
func IsSignupName(name string) bool {
	w := Words(name)
	if HasWord(w, "route", "routes", "router", "handlers", "middleware", "middlewares",
		"plugin", "plugins", "hook", "hooks", "type", "types", "service", "services",
		"metrics", "flags", "codec", "gob", "callbacks", "validator", "validators",
		"funcs", "endpoints", "views", "templates", "commands", "tasks", "jobs",
		"events", "listeners", "provider", "providers", "driver", "store", "stores",
		"module", "modules", "form", "page", "show", "render", "view", "get", "component") {
		return false
	}
	return HasWord(w, "signup", "register", "registration", "enroll", "enrol") ||
		HasWord(w, "sign") && HasWord(w, "up") ||
		HasWord(w, "create", "new") && HasWord(w, "account")
}

// IsLoginHandlerName reports whether a handler's name or route denotes a
// step that authenticates the user: login, sign-in, OAuth callback, MFA
// verification, or sign-up.
func IsLoginHandlerName(name string) bool {
	if isExtra(extra.LoginHandlers, name) {
		return true
	}
	return !IsLogoutName(name) && (IsLoginName(name) || IsSignupName(name))
}

// IsAuthIdentityKey refines IsIdentityKey for the fixation rule: a key that
// records who is logged in, not a counter, a pending (pre-MFA) identity, a
// timestamp or a redirect target.
func IsAuthIdentityKey(name string) bool {
	if isExtra(extra.IdentityKeys, name) {
		return true
	}
	if !IsIdentityKey(name) {
		return false
	}
	return !HasWord(Words(name), "attempt", "attempts", "count", "counter", "tries", "failed",
		"failure", "failures", "error", "errors", "msg", "message", "url", "path", "form",
		"page", "time", "at", "expires", "expiry", "state", "nonce", "challenge",
		"verifier", "pending", "mfa", "otp", "2fa", "twofactor", "totp", "tmp", "temp",
		"partial", "lockout", "locked", "hint", "prefill", "remember", "last", "verified",
		"confirmed", "status", "pref", "prefs", "preference", "preferences", "setting", "settings",
		"signup", "register", "registration", "invite", "invited", "draft", "wizard", "step", "onboarding",
		"sessions", "flow", "flows", "pkce", "request", "requests")
}

// IsSessionSensitiveName refines IsSensitiveName for session keys and
// values: "pin_attempts", "card_last4", "ssn_verified" and
// "password_changed" are metadata, not the secret itself.
func IsSessionSensitiveName(name string) bool {
	if !IsSensitiveName(name) {
		return false
	}
	return !HasWord(Words(name), "attempt", "attempts", "count", "counter", "tries",
		"required", "enabled", "set", "verified", "verify", "length", "len", "last4",
		"last", "masked", "mask", "brand", "type", "hint", "exists", "present", "has",
		"is", "status", "token", "tokenized", "id", "ref", "reference", "fingerprint",
		"updated", "changed", "sent", "at", "time", "expiry", "expires", "exp", "ok",
		"strength", "policy", "reset", "needs", "need", "must", "should", "confirmed",
		"prompt", "page", "step", "passwordless", "less", "form", "field")
}

// SensitiveKind names what a sensitive name denotes, for messages.
func SensitiveKind(name string) string {
	w := Words(name)
	switch {
	case IsPasswordName(name):
		return "password"
	case HasWord(w, "cvv", "cvc", "cvv2", "cvc2", "csc"):
		return "card security code"
	case HasWord(w, "pin"):
		return "PIN"
	case HasWord(w, "ssn", "sin", "taxid") || HasWord(w, "social") && HasWord(w, "security"):
		return "national ID number"
	case HasWord(w, "iban"):
		return "bank account number"
	}
	return "card number"
}

// MentionsPassword reports whether expr is (a conversion or field of) a
// value named like a password or its hash.
func MentionsPassword(expr ast.Expr) bool {
	found := false
	ast.Inspect(expr, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			w := Words(n.Name)
			if HasWord(w, "password", "passwd", "pwd", "passphrase") || strings.Contains(strings.ToLower(n.Name), "password") {
				found = true
			}
		case *ast.BasicLit, *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// passwordWords name password values in function names.
var PasswordWords = []string{"password", "passwd", "pwd", "pass", "passphrase", "credential", "credentials", "creds", "pw"}

// notSessionCookieWords mark cookies that are never session material.
var notSessionCookieWords = []string{
	"csrf", "xsrf", "theme", "lang", "language", "locale", "tz", "timezone",
	"consent", "gdpr", "pref", "prefs", "preference", "preferences", "banner",
	"tracking", "analytics", "ga", "gid", "cart", "currency", "dismissed",
	"tour", "flash", "visited", "redirect", "return", "next", "oauthstate", "state",
	"nonce", "ab", "experiment", "sidebar", "layout", "mode", "dark",
}

// IsNotSessionCookieName reports whether a cookie name (or a variable naming
// it) marks a cookie that is not session material: CSRF tokens, preferences,
// consent, tracking, flash messages, redirect targets.
func IsNotSessionCookieName(name string) bool {
	return !isExtra(extra.SessionCookies, name) && HasWord(Words(name), notSessionCookieWords...)
}

// IsRememberMeName reports whether a name marks a remember-me or persistent
// login cookie or branch, whose long lifetime is intended.
func IsRememberMeName(name string) bool {
	w := Words(name)
	if HasWord(w, "remember", "rememberme", "remembered", "persist", "persistent", "persistence") {
		return true
	}
	lower := strings.ToLower(name)
	return strings.Contains(lower, "remember") || strings.Contains(lower, "keeplogged") ||
		strings.Contains(lower, "staysigned") || strings.Contains(lower, "staylogged") ||
		(HasWord(w, "keep", "stay") && HasWord(w, "logged", "signed", "login", "me"))
}

// IsSessionValueName reports whether a variable, field or function name
// says its value is a session ID or an auth token.
func IsSessionValueName(name string) bool {
	w := Words(name)
	if HasWord(w, notSessionCookieWords...) || HasWord(w, "reset", "invite", "verification", "verify", "confirm", "api", "upload", "request", "trace") {
		return false
	}
	if HasWord(w, "session", "sessions", "sess", "sid", "sessid", "sessionid", "token", "jwt", "bearer", "auth", "authn", "authtoken", "accesstoken", "refreshtoken", "idtoken") {
		return true
	}
	lower := strings.ToLower(name)
	return strings.Contains(lower, "session") || strings.Contains(lower, "token")
}

// DevelopmentWords mark a condition or switch case that selects a
// development-only path (if env == "dev", case "local":).
var DevelopmentWords = []string{"dev", "development", "debug", "local", "localhost", "test", "testing", "demo", "sandbox"}

// ProductionWords mark a condition that selects production.
var ProductionWords = []string{"prod", "production", "live", "release"}

// InsecureOptInWords mark a condition that turns on an explicitly
// insecure mode (if cfg.Insecure, --allow-insecure-cookies); SecureWords
// one whose negation does (if !cfg.UseHTTPS).
var (
	InsecureOptInWords = []string{"insecure", "unsecure", "nosecure", "notls", "nossl", "nohttps", "plainhttp"}
	SecureWords        = []string{"secure", "https", "tls", "ssl"}
)

// IsDevelopmentFuncName reports whether a function's name says it only
// serves development or tests (newDevStore, mockLogin).
func IsDevelopmentFuncName(name string) bool {
	return HasWord(Words(name), "dev", "development", "debug", "local", "test", "testing", "fake", "mock", "demo")
}

// IsSecretName reports whether a configuration key, variable or function
// name denotes a signing or encryption secret: "app_key", "SECRET_KEY",
// "sessionSecret", "GetAppKey", "jwt_signing_key".
func IsSecretName(name string) bool {
	w := Words(name)
	if HasWord(w, "secret", "secrets", "passphrase") {
		return !HasWord(w, "client", "oauth", "github", "google", "gitlab", "aws", "s3", "smtp", "mail", "webhook", "stripe", "api")
	}
	return HasWord(w, "key", "keys") && HasWord(w, "app", "session", "cookie", "signing", "sign", "jwt", "hmac",
		"encryption", "encrypt", "csrf", "xsrf", "auth", "master", "private", "token")
}
