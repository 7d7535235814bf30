package code

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// IsSignupName reports whether a function or route name denotes a sign-up
// or registration step, which logs the new user in just like a login
// (handleRegister, SignUp, "/register"), but not route or hook registration
// (RegisterRoutes, registerHandlers).
func IsSignupName(name string) bool {
	w := Words(name)
	if hasWord(w, "route", "routes", "router", "handlers", "middleware", "middlewares",
		"plugin", "plugins", "hook", "hooks", "type", "types", "service", "services",
		"metrics", "flags", "codec", "gob", "callbacks", "validator", "validators",
		"funcs", "endpoints", "views", "templates", "commands", "tasks", "jobs",
		"events", "listeners", "provider", "providers", "driver", "store", "stores",
		"module", "modules", "form", "page", "show", "render", "view", "get", "component") {
		return false
	}
	return hasWord(w, "signup", "register", "registration", "enroll", "enrol") ||
		hasWord(w, "sign") && hasWord(w, "up") ||
		hasWord(w, "create", "new") && hasWord(w, "account")
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

// credentialFuncs are library functions that verify or derive a password.
var credentialFuncs = [][2]string{
	{"golang.org/x/crypto/bcrypt", "CompareHashAndPassword"},
	{"golang.org/x/crypto/argon2", "IDKey"},
	{"golang.org/x/crypto/argon2", "Key"},
	{"golang.org/x/crypto/scrypt", "Key"},
	{"golang.org/x/crypto/pbkdf2", "Key"},
	{"crypto/pbkdf2", "Key"},
	{"github.com/alexedwards/argon2id", "ComparePasswordAndHash"},
}

var passwordWords = []string{"password", "passwd", "pwd", "pass", "passphrase", "credential", "credentials", "creds", "pw"}

// VerifiesCredentials reports whether body checks a user's credentials:
// it calls a password KDF or comparison (bcrypt.CompareHashAndPassword,
// argon2, scrypt, pbkdf2), a function or method named like Authenticate,
// Login, CheckPassword or VerifyCredentials, a Matches/Compare method on a
// password value, an OAuth2 code exchange, or compares a password with ==.
// Function literals inside body are searched too.
func VerifiesCredentials(info *types.Info, body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			found = isCredentialCall(info, n)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				found = mentionsPassword(n.X) || mentionsPassword(n.Y)
			}
		}
		return !found
	})
	return found
}

func isCredentialCall(info *types.Info, call *ast.CallExpr) bool {
	fn := Callee(info, call)
	if fn == nil {
		return false
	}
	for _, f := range credentialFuncs {
		if IsFunc(fn, f[0], f[1]) {
			return true
		}
	}
	if IsMethod(fn, "golang.org/x/oauth2", "Config", "Exchange") {
		return true
	}
	if IsFunc(fn, "crypto/subtle", "ConstantTimeCompare") || IsFunc(fn, "crypto/hmac", "Equal") {
		for _, a := range call.Args {
			if mentionsPassword(a) {
				return true
			}
		}
		return false
	}
	w := Words(fn.Name())
	if hasWord(w, "logout", "signout", "form", "page", "render", "show", "view", "url",
		"redirect", "required", "require", "path", "template", "attempts", "attempt", "rate", "limit", "limiter",
		"get", "current", "fetch", "load", "find", "lookup", "from", "middleware", "handler", "route") {
		return false
	}
	if hasWord(w, "authenticate", "login", "signin", "logon", "authorize", "authorise") && !hasWord(w, "is", "has") ||
		hasWord(w, "sign", "log") && hasWord(w, "in") {
		return true
	}
	verbs := []string{"check", "verify", "validate", "compare", "match", "matches", "equal", "equals", "correct", "valid", "test"}
	if hasWord(w, passwordWords...) && hasWord(w, verbs...) {
		return true
	}
	// user.Password.Matches(plain), hash.Compare(pw)
	if hasWord(w, verbs...) {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && mentionsPassword(sel.X) {
			return true
		}
	}
	// goth's gothic.CompleteUserAuth, webauthn FinishLogin (above)
	return hasWord(w, "auth") && hasWord(w, "complete", "finish")
}

// mentionsPassword reports whether expr is (a conversion or field of) a
// value named like a password or its hash.
func mentionsPassword(expr ast.Expr) bool {
	found := false
	ast.Inspect(expr, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			w := Words(n.Name)
			if hasWord(w, "password", "passwd", "pwd", "passphrase") || strings.Contains(strings.ToLower(n.Name), "password") {
				found = true
			}
		case *ast.BasicLit, *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
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
	return !hasWord(Words(name), "attempt", "attempts", "count", "counter", "tries", "failed",
		"failure", "failures", "error", "errors", "msg", "message", "url", "path", "form",
		"page", "time", "at", "expires", "expiry", "state", "nonce", "challenge",
		"verifier", "pending", "mfa", "otp", "2fa", "twofactor", "totp", "tmp", "temp",
		"partial", "lockout", "locked", "hint", "prefill", "remember", "last", "verified",
		"confirmed", "status", "pref", "prefs", "preference", "preferences", "setting", "settings",
		"signup", "register", "registration", "invite", "invited", "draft", "wizard", "step", "onboarding")
}

// IsSessionSensitiveName refines IsSensitiveName for session keys and
// values: "pin_attempts", "card_last4", "ssn_verified" and
// "password_changed" are metadata, not the secret itself.
func IsSessionSensitiveName(name string) bool {
	if !IsSensitiveName(name) {
		return false
	}
	return !hasWord(Words(name), "attempt", "attempts", "count", "counter", "tries",
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
	case hasWord(w, "cvv", "cvc", "cvv2", "cvc2", "csc"):
		return "card security code"
	case hasWord(w, "pin"):
		return "PIN"
	case hasWord(w, "ssn", "sin", "taxid") || hasWord(w, "social") && hasWord(w, "security"):
		return "national ID number"
	case hasWord(w, "iban"):
		return "bank account number"
	}
	return "card number"
}
