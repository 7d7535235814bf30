// Package web is how a JavaScript/TypeScript app handles requests, as the
// rules need to know it: the session middleware it sets up (recognised
// through the library catalog), the routes it registers, the handlers
// around a node and whether one logs a user in or out, identity writes
// into the session, development-only code, and the vocabulary of names
// (identity keys, auth cookies, login paths) the rules share.
package web

import (
	"path/filepath"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// A Session is one session middleware (or plugin, or storage) set up with
// its options.
type Session struct {
	Lib      *jslib.SessionLib
	Module   string       // the module it was set up from
	At       *syntax.Node // the setup call (or plugin object)
	OptsNode *syntax.Node // the options argument, nil if none
	Opts     *resolve.Obj // nil when the options cannot be seen
}

type sessionKey struct{ n *syntax.Node }

// SessionAt recognises a session setup at a call (or a { plugin, options }
// object), memoised per node.
func SessionAt(f *analysis.File, n *syntax.Node) *Session {
	if n == nil {
		return nil
	}
	return f.Memo(sessionKey{n}, func() any { return recognise(f, n) }).(*Session)
}

func recognise(f *analysis.File, n *syntax.Node) *Session {
	if n.Kind == "object" {
		return pluginObject(f, n)
	}
	if n.Kind != "call_expression" {
		return nil
	}
	as := resolve.Args(n)
	fn := syntax.Unwrap(n.ChildByField("function"))
	if fn == nil {
		return nil
	}
	if fn.Kind == "member_expression" {
		prop := f.Text(fn.ChildByField("property"))
		switch {
		case prop == "register" && len(as) > 0:
			if s := registered(f, n, as); s != nil {
				return s
			}
		case prop == "strategy" && len(as) >= 3:
			if s := strategy(f, n, as); s != nil {
				return s
			}
		}
		path := f.MemberPath(fn)
		for _, lib := range jslib.SessionSetups(jslib.Method) {
			for _, st := range lib.Setups {
				if st.Kind == jslib.Method && strings.HasSuffix(path, "."+st.Name) && f.Imported(st.Ref.Module) && len(as) > 0 {
					return withOpts(f, &Session{Lib: lib, Module: st.Ref.Module, At: n}, as[0])
				}
			}
		}
	}
	b, ok := f.Callee(n)
	if !ok {
		return nil
	}
	for _, lib := range jslib.SessionSetups(jslib.Call) {
		for _, st := range lib.Setups {
			if st.Kind != jslib.Call || st.Ref != b {
				continue
			}
			s := &Session{Lib: lib, Module: b.Module, At: n}
			switch {
			case st.Options >= 0 && st.Options < len(as):
				return withOpts(f, s, as[st.Options])
			case st.Options >= 0:
				if len(as) == 0 || st.Options > 0 {
					s.Opts = resolve.NewObj()
				}
				return s
			}
			// session(opts, app) or, in old koa-session, session(app, opts).
			for _, a := range as {
				if o := f.Object(a); o != nil && (o.Len() > 0 || o.Lit != nil) {
					s.OptsNode, s.Opts = a, o
					return s
				}
			}
			if len(as) <= 1 {
				s.Opts = resolve.NewObj()
			}
			return s
		}
	}
	return nil
}

// withOpts resolves the options argument.
func withOpts(f *analysis.File, s *Session, opts *syntax.Node) *Session {
	s.OptsNode = opts
	s.Opts = f.Object(opts)
	return s
}

// registered recognises app.register(plugin, opts) (fastify).
func registered(f *analysis.File, call *syntax.Node, as []*syntax.Node) *Session {
	pb, ok := f.Ref(as[0])
	if !ok {
		return nil
	}
	for _, lib := range jslib.SessionSetups(jslib.Register) {
		for _, st := range lib.Setups {
			if st.Kind == jslib.Register && st.Ref == pb {
				s := &Session{Lib: lib, Module: pb.Module, At: call}
				if len(as) < 2 {
					s.Opts = resolve.NewObj()
					return s
				}
				return withOpts(f, s, as[1])
			}
		}
	}
	return nil
}

// pluginObject recognises hapi's { plugin: yar, options: {...} }.
func pluginObject(f *analysis.File, obj *syntax.Node) *Session {
	o := f.Object(obj)
	p := f.Get(o, "plugin")
	if !p.Found {
		return nil
	}
	pb, ok := f.Ref(p.Value)
	if !ok {
		return nil
	}
	for _, lib := range jslib.SessionSetups(jslib.Plugin) {
		for _, st := range lib.Setups {
			if st.Kind == jslib.Plugin && st.Ref == pb {
				s := &Session{Lib: lib, Module: pb.Module, At: obj}
				if l := f.Get(o, "options"); l.Found {
					return withOpts(f, s, l.Value)
				}
				s.Opts = resolve.NewObj()
				return s
			}
		}
	}
	return nil
}

// strategy recognises hapi's server.auth.strategy(name, scheme, opts).
func strategy(f *analysis.File, call *syntax.Node, as []*syntax.Node) *Session {
	scheme, ok := f.String(as[1])
	if !ok || !strings.HasSuffix(f.MemberPath(call.ChildByField("function")), "auth.strategy") {
		return nil
	}
	// The scheme is registered by whichever plugin the app depends on
	// (@hapi/cookie, or its older name hapi-auth-cookie).
	var first *Session
	for _, lib := range jslib.SessionSetups(jslib.Strategy) {
		for _, st := range lib.Setups {
			if st.Kind != jslib.Strategy || st.Name != scheme {
				continue
			}
			s := &Session{Lib: lib, Module: st.Ref.Module, At: call}
			if f.App.Version(st.Ref.Module) != "" {
				return withOpts(f, s, as[2])
			}
			if first == nil {
				first = s
			}
		}
	}
	if first == nil {
		return nil
	}
	return withOpts(f, first, as[2])
}

// CookiePrefix is the key path prefix of the cookie's options: "cookie."
// or "".
func (s *Session) CookiePrefix() string {
	if s.Lib.Cookie == "" {
		return ""
	}
	return s.Lib.Cookie + "."
}

// ServerSide reports whether the session lives on the server, keyed by an
// ID in the cookie (and so can be fixed).
func (s *Session) ServerSide(f *analysis.File) bool {
	if s.Lib.Server {
		return true
	}
	return s.Lib.StoreMakesServer && f.Get(s.Opts, s.Lib.Store).Found
}

// Defaults returns the cookie defaults for the app's version of the library.
func (s *Session) Defaults(f *analysis.File) jslib.Defaults {
	return s.Lib.DefaultsFor(f.App.Version(s.Module))
}

// Attr looks up a cookie attribute of the session's cookie by its name in
// the library (s.Lib.Attrs.Secure, ...).
func (s *Session) Attr(f *analysis.File, name string) resolve.Lookup {
	if s.Lib.Cookie != "" {
		c := f.Get(s.Opts, s.Lib.Cookie)
		if c.Found {
			if v := syntax.Unwrap(c.Value); v != nil && (syntax.IsFunction(v) || f.Object(v) == nil) {
				// express-session 1.19 accepts cookie: (req) => ({...}),
				// and cookie: someParameter cannot be seen.
				return resolve.Lookup{Unknown: true}
			}
		}
	}
	return f.Get(s.Opts, s.CookiePrefix()+name)
}

// SameSite classifies the session cookie's SameSite: Yes for Lax/Strict
// (set, or the library's default), No when absent, false or None,
// Unknown otherwise.
func (s *Session) SameSite(f *analysis.File) analysis.Tri {
	if s.Opts == nil {
		return analysis.Unknown
	}
	l := s.Attr(f, s.Lib.Attrs.SameSite)
	if !l.Found {
		if l.Unknown {
			return analysis.Unknown
		}
		if s.Defaults(f).SameSite != "" {
			return analysis.Yes
		}
		// secure: 'auto' makes @fastify/session use SameSite=Lax on
		// plain HTTP.
		if v, ok := f.String(s.Attr(f, s.Lib.Attrs.Secure).Value); ok && v == "auto" && s.Lib.PromiseRegenerate {
			return analysis.Unknown
		}
		return analysis.No
	}
	return SameSiteValue(f, l.Value)
}

// SameSiteValue classifies a sameSite value.
func SameSiteValue(f *analysis.File, v *syntax.Node) analysis.Tri {
	if str, ok := f.String(v); ok {
		switch strings.ToLower(str) {
		case "lax", "strict":
			return analysis.Yes
		}
		return analysis.No
	}
	switch f.Bool(v) {
	case resolve.Yes:
		return analysis.Yes // true means Strict
	case resolve.No:
		return analysis.No
	}
	return analysis.Unknown
}

// IsMemoryStore reports whether a store expression keeps sessions in
// process memory: the library's MemoryStore, a store library the catalog
// says is in memory (bounded reports whether that one expires sessions),
// a falsy store (express-session falls back to MemoryStore), or an app's
// own store class named for memory.
func IsMemoryStore(f *analysis.File, s *Session, n *syntax.Node) (memory, bounded bool) {
	v := f.Value(n)
	if v == nil {
		return false, false
	}
	switch v.Kind {
	case "false", "null", "undefined":
		return s.Lib.MemoryDefault, !s.Lib.MemoryUnbounded
	case "new_expression", "call_expression":
	default:
		return false, false
	}
	ctor := v.ChildByField("constructor")
	if ctor == nil {
		ctor = v.ChildByField("function")
	}
	if b, ok := f.Callee(v); ok {
		if s.Lib.MemoryStore != "" && b.Path == s.Lib.MemoryStore && containsModule(s.Lib, b.Module) {
			return true, false
		}
		if st := jslib.Store(b.Module); st != nil {
			return st.Memory, true
		}
	}
	// new (require('memorystore')(session))(): the store class is made by
	// a call of the store module.
	if c := f.Value(ctor); c != nil && c.Kind == "call_expression" {
		if b, ok := f.Callee(c); ok {
			if st := jslib.Store(b.Module); st != nil {
				return st.Memory, true
			}
		}
	}
	name := f.Text(syntax.Unwrap(ctor))
	name = name[strings.LastIndex(name, ".")+1:]
	for _, w := range jslib.MemoryClassWords {
		if strings.Contains(name, w) {
			if _, ok := f.Callee(v); ok {
				// The app's own (vendored) memory store: bounded or not,
				// it cannot be told.
				return true, true
			}
			return name == s.Lib.MemoryStore, name != s.Lib.MemoryStore
		}
	}
	return false, false
}

func containsModule(lib *jslib.SessionLib, m string) bool {
	for _, x := range lib.Modules {
		if x == m {
			return true
		}
	}
	return false
}

// PromiseRegenerate reports whether the file imports a session library
// whose regenerate() returns a promise.
func PromiseRegenerate(f *analysis.File) bool {
	for _, lib := range jslib.Sessions() {
		if lib.PromiseRegenerate && f.Imported(lib.Modules...) {
			return true
		}
	}
	return false
}

// mountedSession recognises app.use(session) where session is a session
// middleware set up in a module outside the app's folder (a monorepo's
// shared/middlewares/session): the app mounting it has those sessions.
func mountedSession(f *analysis.File, call *syntax.Node) *Session {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" || f.Text(fn.ChildByField("property")) != "use" {
		return nil
	}
	for _, a := range resolve.Args(call) {
		a = syntax.Unwrap(a)
		if a.Kind != "identifier" {
			continue
		}
		v := syntax.Unwrap(f.Value(a))
		if v == nil || v.Kind != "call_expression" {
			continue
		}
		o := f.Owner(v)
		if o == f.File || f.Root == "" || strings.HasPrefix(o.Tree.Path, f.Root+string(filepath.Separator)) {
			continue // set up in the app: recognised there
		}
		if u := SessionAt(analysis.Wrap(o, f.App), v); u != nil {
			return u
		}
	}
	return nil
}

// Prepare records, whatever rules are enabled, which session libraries a
// file sets up: fixation depends on it.
func Prepare(f *analysis.File) {
	for _, m := range f.Tree.Matches {
		if a := m.Capture("assign"); a != nil && !f.Facts.SessionIdentity {
			if _, key, ok := SessionKey(f, a.ChildByField("left")); ok && IsIdentityKey(key) && !IsClearing(f, a.ChildByField("right")) {
				f.Facts.SessionIdentity = true
			}
			continue
		}
		if c := m.Capture("call"); c != nil && !f.Facts.SessionIdentity {
			if p := f.MemberPath(c.ChildByField("function")); strings.HasSuffix(p, ".login") || strings.HasSuffix(p, ".logIn") || p == "passport.session" {
				f.Facts.SessionIdentity = true
			}
		}
		if c := m.Capture("call"); c != nil {
			recordMount(f, c)
		}
		n := m.Capture("call")
		if n == nil {
			if p := m.Capture("pair"); p != nil && f.Text(p.ChildByField("key")) == "plugin" {
				n = p.Parent
			}
		}
		if n == nil {
			continue
		}
		u := SessionAt(f, n)
		if u == nil {
			u = mountedSession(f, n)
		}
		if u == nil {
			continue
		}
		if u.ServerSide(f) {
			analysis.Mark(&f.Facts.ServerSessions, u.Lib.Ctx())
			if u.Lib.PromiseRegenerate {
				f.Facts.PromiseRegenerate = true
			}
		} else {
			analysis.Mark(&f.Facts.CookieSessions, u.Lib.Ctx())
		}
	}
}

// recordMount records app.use('/signin', require('./routes/signin')) and
// router.use('/auth', authRouter) with authRouter imported from one of the
// app's modules: the module's routes live under that prefix.
func recordMount(f *analysis.File, call *syntax.Node) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" || f.Text(fn.ChildByField("property")) != "use" {
		return
	}
	as := resolve.Args(call)
	if len(as) < 2 {
		return
	}
	prefix, ok := f.String(as[0])
	if !ok || !strings.HasPrefix(prefix, "/") {
		return
	}
	if file := f.ModuleFileOf(as[len(as)-1]); file != "" {
		if f.Facts.Mounts == nil {
			f.Facts.Mounts = map[string]string{}
		}
		if _, dup := f.Facts.Mounts[file]; !dup {
			f.Facts.Mounts[file] = prefix
		}
	}
}

// MountedAt returns the path prefix the app mounts the module file at, or "".
func MountedAt(a *analysis.App, file string) string { return a.Facts.Mounts[file] }
