package rules

import (
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// NoExpiry flags sessions with no bounded lifetime: express-session and
// @fastify/session without cookie.maxAge/expires while sessions live in
// the default MemoryStore (which then never expires them), cookie-session
// without maxAge/expires (the signed cookie itself never expires), and
// session lifetimes over 30 days. A store with its own TTL (connect-redis,
// connect-mongo, connect-pg-simple, ...) counts as expiry.
var NoExpiry = &Rule{
	ID:    "noexpiry",
	Query: callQuery,
	Check: checkNoExpiry,
}

const thirtyDaysMs = 30 * 24 * 60 * 60 * 1000

func checkNoExpiry(f *File, m syntax.Match) {
	u := f.sessionUse(m.Capture("call"))
	if u == nil || u.opts == nil || f.Test {
		return
	}
	maxAge := f.attr(u, "maxAge")
	expires := f.attr(u, "expires")
	if u.lib == libFastifySecure {
		maxAge = f.get(u.opts, "expiry") // seconds
		if maxAge.Found {
			if v, ok := f.numberValue(maxAge.Value, 0); ok && v*1000 > thirtyDaysMs {
				f.report("noexpiry", maxAge.Value, "@fastify/secure-session expiry is longer than 30 days, so a stolen session stays valid for a long time; set expiry to at most a few days")
			}
		}
		return
	}
	if maxAge.Found {
		if v, ok := f.numberValue(maxAge.Value, 0); ok && v > thirtyDaysMs {
			f.report("noexpiry", maxAge.Value, u.lib+" maxAge is longer than 30 days, so a stolen session cookie stays valid for a long time; use a shorter "+u.cookie+"maxAge and a separate remember-me token if needed")
		}
		return
	}
	if expires.Found || maxAge.Unknown || expires.Unknown {
		return
	}
	at := u.call
	if u.optsNode != nil {
		at = u.optsNode
	}
	switch u.lib {
	case libExpressSession, libFastifySession:
		store := f.get(u.opts, "store")
		if store.Unknown || (store.Found && !f.isMemoryStore(store.Value)) {
			return // a store's own TTL bounds the session
		}
		f.report("noexpiry", at, u.lib+" has no cookie.maxAge and keeps sessions in MemoryStore, so a session never expires on the server and a stolen session ID stays valid indefinitely; set cookie.maxAge (and use a store with a TTL)")
	case libCookieSession:
		f.report("noexpiry", at, "cookie-session has no maxAge, and the signed cookie carries no expiry of its own, so a copied session cookie stays valid forever; set maxAge (e.g. 24 * 60 * 60 * 1000)")
	}
}

// isMemoryStore reports whether a store expression is express-session's
// (or @fastify/session's) in-memory store.
func (f *File) isMemoryStore(n *syntax.Node) bool {
	n = f.value(n, 0)
	if n == nil || n.Kind != "new_expression" {
		return false
	}
	b, ok := f.calleeRef(n)
	if ok && b.path == "MemoryStore" && (b.module == libExpressSession || b.module == libFastifySession || b.module == "fastify-session") {
		return true
	}
	if c := n.ChildByField("constructor"); c != nil && f.text(c) == "MemoryStore" && !ok {
		return !f.isBoundedMemoryStore(n)
	}
	return false
}

// isBoundedMemoryStore reports whether a store expression is the
// memorystore package's store (new (require('memorystore')(session))()),
// which also lives in process memory but prunes expired sessions (TTL: the
// cookie's maxAge, or one day).
func (f *File) isBoundedMemoryStore(n *syntax.Node) bool {
	n = f.value(n, 0)
	if n == nil || n.Kind != "new_expression" {
		return false
	}
	ctor := f.value(n.ChildByField("constructor"), 0)
	if ctor == nil || ctor.Kind != "call_expression" {
		return false
	}
	b, ok := f.calleeRef(ctor)
	return ok && b.module == "memorystore"
}
