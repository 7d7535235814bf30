package code

import (
	"slices"
	"strings"
	"unicode"
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

func hasWord(words []string, set ...string) bool {
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
	if hasWord(w, notSessionWords...) {
		return false
	}
	if hasWord(w, sessionWords...) {
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
	if !hasWord(w, "password", "passwd", "pwd", "pass", "passphrase", "passcode", "pw") {
		lower := strings.ToLower(name)
		if !strings.Contains(lower, "password") && !strings.Contains(lower, "passwd") {
			return false
		}
	}
	return !hasWord(w, "hash", "hashed", "digest", "crypt", "encrypted", "bcrypt",
		"argon", "argon2", "scrypt", "salt", "policy", "reset", "expires",
		"expiry", "expired", "changed", "length", "min", "max", "strength",
		"valid", "required", "set", "url", "field", "label", "placeholder",
		"error", "err", "msg", "message", "regex", "rule", "rules", "form",
		"template", "hint", "last", "at", "hashes", "hasher")
}

// IsIdentityKey reports whether a session key records who is logged in.
func IsIdentityKey(name string) bool {
	if isExtra(extra.IdentityKeys, name) {
		return true
	}
	w := Words(name)
	if hasWord(w, "csrf", "xsrf", "flash", "theme", "lang", "cart", "redirect", "return", "next") {
		return false
	}
	if hasWord(w, "userid", "uid", "username", "login", "authenticated",
		"logged", "loggedin", "principal", "subject", "account", "accountid",
		"auth", "authed", "role", "roles", "admin", "isadmin", "identity", "owner",
		"customer", "customerid", "member", "memberid", "email", "sub") {
		return true
	}
	return hasWord(w, "user")
}

// IsTokenName reports whether a variable, field or function name denotes a
// secret token whose value must be unguessable: session IDs, auth, CSRF,
// reset or API tokens, nonces, OAuth state, secrets and keys.
func IsTokenName(name string) bool {
	w := Words(name)
	if hasWord(w, "request", "trace", "span", "correlation", "order", "invoice",
		"file", "filename", "upload", "message", "event", "job", "task", "row",
		"page", "log", "color", "colour", "tab", "key", "keys", "sort", "etag",
		"build", "version", "cache", "tmp", "temp", "hash", "lock", "mock", "fake") &&
		!hasWord(w, "session", "sessions", "sid", "token", "nonce", "secret", "csrf", "xsrf", "api", "auth") {
		return false
	}
	if hasWord(w, "session", "sessions", "sid", "sessid", "sessionid", "token",
		"tokens", "nonce", "csrf", "xsrf", "secret", "apikey", "otp",
		"passcode", "jwt", "bearer", "state", "verifier", "salt", "invite",
		"magic", "verification", "ticket") {
		return true
	}
	// "api key", "reset code", "auth code", "signing key".
	return (hasWord(w, "key") && hasWord(w, "api", "signing", "secret", "auth", "hmac")) ||
		(hasWord(w, "code") && hasWord(w, "reset", "auth", "verification", "verify", "confirm", "confirmation", "login", "invite"))
}

// IsSensitiveName reports whether a session key or value name denotes data
// that must not sit in a session: passwords, card numbers, CVV, PINs, SSNs.
func IsSensitiveName(name string) bool {
	if IsPasswordName(name) {
		return true
	}
	w := Words(name)
	if hasWord(w, "cvv", "cvc", "cvv2", "cvc2", "csc", "ssn", "pan", "pin",
		"creditcard", "cardnumber", "ccnum", "ccnumber", "iban", "taxid", "sin") {
		return true
	}
	// "card number", "card no", "credit card", "social security".
	return (hasWord(w, "card") && hasWord(w, "number", "num", "no", "credit", "debit")) ||
		(hasWord(w, "social") && hasWord(w, "security"))
}

// IsLoginName reports whether a function or route name denotes a login or
// sign-in step.
func IsLoginName(name string) bool {
	w := Words(name)
	if hasWord(w, "logout", "signout", "form", "page", "show", "render", "view", "get") {
		return false
	}
	return hasWord(w, "login", "signin", "authenticate", "authenticated", "logon", "callback", "verify", "mfa", "otp", "twofactor", "totp") ||
		(hasWord(w, "sign", "log") && hasWord(w, "in"))
}

// IsLogoutName reports whether a function or route name denotes a logout.
func IsLogoutName(name string) bool {
	if isExtra(extra.LogoutHandlers, name) {
		return true
	}
	w := Words(name)
	return hasWord(w, "logout", "signout", "logoff", "signoff") ||
		(hasWord(w, "sign", "log") && hasWord(w, "out", "off"))
}
