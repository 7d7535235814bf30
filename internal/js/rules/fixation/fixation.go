package fixation

import (
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/routes"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Fixation flags login handlers that write the user's identity into the
// existing session (req.session.userId = ..., or @fastify/session's
// request.session.set('userId', ...)) without first issuing a new session
// ID with req.session.regenerate, once per handler at the first identity
// write, and req.login / passport
// authenticate in apps on passport < 0.6 (which, unlike 0.6+, does not
// regenerate; CVE-2022-25896). An awaited express-session regenerate() does
// not wait (it takes a callback), so writes after it still count. Apps
// whose only session middleware is cookie-based (cookie-session) have no
// server-side ID and are silent. Login handlers are recognised by name or
// route path (login, auth, callback, magic links, passwordless, /:token
// sign-in links), by the router they are registered on (authRoutes.post)
// or by a credential check in their body.
var Rule = &analysis.Rule{
	ID:    "fixation",
	Query: analysis.AssignQuery + "\n" + analysis.CallQuery,
	Check: check,
}

var (
	// tokenPath: a route keyed by a token parameter (/m/:token,
	// /invite/:inviteToken) that writes the identity signs the user in.
	tokenPath = lazyre.New(`(?i)/:\w*token\b`)
	credCheck = lazyre.New(`(?i)(bcrypt|bcryptjs|argon2|scrypt|pbkdf2)\.|(compare|verify|check|validate|authenticate|login|logIn|signIn)\w*\s*\(`)
	credWord  = lazyre.New(`(?i)password|passwd|credential|otp|totp|passcode|secret`)
)

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if a := m.Capture("assign"); a != nil {
		fixationWrite(f, a)
		return
	}
	call := m.Capture("call")
	if w, ok := identityWrite(f, call); ok && (w.set || w.via != "") {
		if w.via == "" || !helperReported(f, w) {
			fixationWrite(f, call)
		}
		return
	}
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn != nil && fn.Kind == "identifier" {
		fn = boundMethod(f, fn) // const pauth = passport.authenticate.bind(passport)
	}
	if fn == nil || fn.Kind != "member_expression" || web.DevOnly(f, call) {
		return
	}
	prop := f.Text(fn.ChildByField("property"))
	switch {
	case (prop == "login" || prop == "logIn") && resolve.RootIdent(fn) != nil && web.ReqVar.MatchString(f.Text(resolve.RootIdent(fn))):
		if web.InCallbackOf(f, call, ".session.regenerate") || sessionless(f, call) || regeneratesAfter(f, call) {
			return
		}
		req := f.Text(resolve.RootIdent(fn))
		if h := web.HandlerOf(f, call, req); h != nil && web.UsesIdentity(f, h, call, req) {
			return // the same user, already logged in, after a profile or password change
		}
		f.ReportWhen(oldPassport, "fixation", call, passportMessage("req."+prop))
	case prop == "authenticate" && (f.Calls(call, jslib.Passport, "authenticate") || passportParam(f, fn)):
		if loginMiddleware(f, call) {
			f.ReportWhen(oldPassport, "fixation", call, passportMessage(jslib.PassportName+".authenticate"))
		}
	}
}

// helperReported reports whether the helper behind a write through it is
// itself a login handler whose own write is the finding (loginSuccess(req,
// res, user) writing req.session.user): its callers are the same weakness.
func helperReported(f *analysis.File, w idWrite) bool {
	a := w.value.Parent
	if a == nil || a.Kind != "assignment_expression" {
		return false
	}
	g := f
	if o := f.Owner(a); o != f.File {
		g = analysis.Wrap(o, f.App)
	}
	hw, ok := identityWrite(g, a)
	if !ok {
		return false
	}
	_, _, _, ok = fixationAt(g, hw)
	return ok
}

// boundMethod returns the method a name is bound to with bind (const
// pauth = passport.authenticate.bind(passport)), or id itself.
func boundMethod(f *analysis.File, id *syntax.Node) *syntax.Node {
	v := syntax.Unwrap(f.IdentValue(id))
	if v == nil || v.Kind != "call_expression" {
		return id
	}
	b := syntax.Unwrap(v.ChildByField("function"))
	if b == nil || b.Kind != "member_expression" || f.Text(b.ChildByField("property")) != "bind" {
		return id
	}
	if m := syntax.Unwrap(b.ChildByField("object")); m != nil && m.Kind == "member_expression" {
		return m
	}
	return id
}

// passportParam reports passport.authenticate on a parameter named
// passport in an app that depends on passport: the instance the app's
// entry point hands its route modules (module.exports = (app, passport) => ...).
func passportParam(f *analysis.File, member *syntax.Node) bool {
	obj := syntax.Unwrap(member.ChildByField("object"))
	return obj != nil && obj.Kind == "identifier" && f.Text(obj) == jslib.Passport && f.IdentValue(obj) == nil &&
		f.App.Version(jslib.Passport) != ""
}

// sessionless reports req.login(user, { session: false }, cb): no session
// is written.
func sessionless(f *analysis.File, call *syntax.Node) bool {
	for _, a := range resolve.Args(call) {
		if l := f.Get(f.Object(a), "session"); l.Found && f.Bool(l.Value) == resolve.No {
			return true
		}
	}
	return false
}

// regeneratesAfter reports req.login(user, cb) whose callback regenerates
// the session (copying passport's data): the ID is new after login.
func regeneratesAfter(f *analysis.File, call *syntax.Node) bool {
	for _, a := range resolve.Args(call) {
		if a = syntax.Unwrap(a); syntax.IsFunction(a) && strings.Contains(web.FuncText(f, a), ".session.regenerate(") {
			return true
		}
	}
	return false
}

// loginMiddleware reports passport.authenticate(strategy) used as a login
// middleware: passed to a route or app.use, or bound to a name or export
// that other modules mount. Stateless strategies (jwt, bearer, api keys),
// { session: false } and a custom callback (which logs in with req.logIn,
// judged there) are not.
func loginMiddleware(f *analysis.File, call *syntax.Node) bool {
	as := resolve.Args(call)
	if len(as) == 0 {
		return false
	}
	if s, ok := f.String(as[0]); ok && slices.Contains(jslib.StatelessStrategies, strings.ToLower(s)) {
		return false
	}
	for _, a := range as[1:] {
		if a = syntax.Unwrap(a); syntax.IsFunction(a) {
			return false
		}
		if l := f.Get(f.Object(a), "session"); l.Found && f.Bool(l.Value) == resolve.No {
			return false
		}
	}
	p := call.Parent
	switch {
	case p == nil:
		return false
	case p.Kind == "arguments":
		outer := p.Parent
		if _, ok := routes.Call(f, outer); ok {
			return true
		}
		// GET /auth/github redirects to the provider; its callback logs in.
		if path := web.RoutePathOf(f, call); path != "" && !oauthReturn.MatchString(path) {
			return false
		}
		// app.get('/auth/github/callback', passport.authenticate('github'), ...)
		// and app.use(...).
		ofn := syntax.Unwrap(outer.ChildByField("function"))
		return ofn != nil && ofn.Kind == "member_expression" && getOrUse.MatchString(f.Text(ofn.ChildByField("property"))) &&
			routes.IsRouter(f, resolve.RootIdent(ofn))
	case p.Kind == "assignment_expression" && call.Field == "right", p.Kind == "variable_declarator" && call.Field == "value", p.Kind == "pair":
		return true // module.exports.authenticateCas = passport.authenticate('cas')
	}
	return false
}

var (
	getOrUse    = lazyre.New(`^(get|use|all|post|put|patch)$`)
	oauthReturn = lazyre.New(`(?i)callback|/cb\b|return|redirect|verify`)
)

// oldPassport: passport < 0.6 logs in without renewing the session ID,
// which matters where sessions live on the server.
func oldPassport(a *analysis.App) bool { return analysis.OldPassport(a) && serverSessions(a) }

func passportMessage(what string) string {
	return what + " logs the user in without regenerating the session on " + jslib.PassportName + " < 0.6 (CVE-2022-25896), so a session ID planted before login stays valid after it; " +
		jslib.PassportAdvice + ", or call req.session.regenerate() before logging in"
}

func fixationWrite(f *analysis.File, a *syntax.Node) {
	w, ok := identityWrite(f, a)
	if !ok {
		return
	}
	h, msg, when, ok := fixationAt(f, w)
	if !ok {
		return
	}
	// One finding per login path of a handler, at its first unprotected
	// identity write (userId then roles is one missing regenerate, not two;
	// a sign-up branch and a login branch are two logins).
	first := true
	syntax.Walk(h, func(n *syntax.Node) bool {
		if !first || n.Start >= w.node.Start {
			return false
		}
		if n.Kind == "assignment_expression" || n.Kind == "call_expression" {
			if e, ok := identityWrite(f, n); ok && !exclusive(e.node, w.node) {
				if eh, _, _, ok := fixationAt(f, e); ok && eh == h {
					first = false
				}
			}
		}
		return first
	})
	if first {
		f.ReportWhen(when, "fixation", w.node, msg)
	}
}

// exclusive reports whether two writes lie in branches of which at most
// one runs (the then and else blocks of an if): neither's innermost block
// holds the other.
func exclusive(x, y *syntax.Node) bool {
	bx, by := syntax.Ancestor(x, "statement_block", "switch_case"), syntax.Ancestor(y, "statement_block", "switch_case")
	if bx == nil || by == nil {
		return false
	}
	return !bx.Contains(y) && !by.Contains(x)
}

// An identityWrite is a write of the user's identity into the session:
// req.session.userId = ... or @fastify/session's request.session.set('userId', ...).
type idWrite struct {
	node    *syntax.Node
	reqName string
	key     string
	value   *syntax.Node
	set     bool   // request.session.set(key, value)
	via     string // the app's helper that writes it: setPrincipal(req.session, user)
}

func identityWrite(f *analysis.File, n *syntax.Node) (idWrite, bool) {
	w := idWrite{node: n}
	switch n.Kind {
	case "assignment_expression":
		var ok bool
		w.reqName, w.key, ok = web.SessionKey(f, n.ChildByField("left"))
		if !ok {
			return w, false
		}
		w.value = n.ChildByField("right")
	case "call_expression":
		if req, key, v, ok := web.SessionWriteThrough(f, n); ok {
			// setPrincipal(req.session, user): the helper writes it.
			w.reqName, w.key, w.value = req, key, v
			w.via = f.Text(syntax.Unwrap(n.ChildByField("function")))
			break
		}
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			return w, false
		}
		parts := strings.Split(f.MemberPath(fn), ".")
		if len(parts) != 3 || parts[1] != "session" || parts[2] != "set" || !web.ReqVar.MatchString(parts[0]) {
			return w, false
		}
		as := resolve.Args(n)
		if len(as) < 2 {
			return w, false
		}
		key, ok := f.String(as[0])
		if !ok {
			return w, false
		}
		w.reqName, w.key, w.value, w.set = parts[0], key, as[1], true
	default:
		return w, false
	}
	if !(web.IsIdentityKey(w.key) || f.Names().IdentityKey(w.key)) || web.IsClearing(f, w.value) || tokensOnly(f, w.key, w.value) {
		return w, false
	}
	return w, true
}

// flagKey names a session key that says "logged in" without naming who.
var flagKey = lazyre.New(`(?i)^(auth|is_?auth|authenticated|is_?authenticated|logged_?in|is_?logged_?in)$`)

// tokensOnly reports an object written under a flag key that names nobody:
// req.session.auth = { provider, accessToken, refreshToken } keeps an OAuth
// provider's tokens during the callback; the login writes the user later.
func tokensOnly(f *analysis.File, key string, v *syntax.Node) bool {
	v = syntax.Unwrap(v)
	if !flagKey.MatchString(key) || v == nil || v.Kind != "object" {
		return false
	}
	for _, p := range v.NamedChildren() {
		var k string
		switch p.Kind {
		case "pair":
			k, _ = f.KeyName(p.ChildByField("key"))
		case "shorthand_property_identifier":
			k = f.Text(p)
		default:
			return false // a spread: could hold anything
		}
		if web.IsIdentityKey(k) || f.Names().IdentityKey(k) || strings.EqualFold(k, "name") {
			return false
		}
	}
	return true
}

// fixationAt decides whether an identity write is a fixation finding: it
// sits in a login handler h with no regenerate before it. It returns the
// message and the app-level condition of the finding.
func fixationAt(f *analysis.File, w idWrite) (h *syntax.Node, msg string, when func(*analysis.App) bool, ok bool) {
	a, reqName, key := w.node, w.reqName, w.key
	if f.Test {
		return nil, "", nil, false
	}
	h = web.HandlerOf(f, a, reqName)
	if h == nil {
		return nil, "", nil, false
	}
	name := web.FunctionName(f, h)
	path := web.RoutePathOf(f, h)
	login := f.Names().LoginHandler(name, path)
	if !login && (web.LogoutName.MatchString(name) || web.LogoutName.MatchString(path) || f.Names().LogoutHandler(name, path)) {
		return nil, "", nil, false
	}
	text := web.FuncText(f, h)
	router := web.RouterNameOf(f, h)
	// A handler that calls the app's own helper that writes the identity
	// (setPrincipal(req.session, user)) logs in, whatever it is called:
	// confirming an e-mail, redeeming a recovery code, renewing.
	// A route of a router the app mounts elsewhere (router.post('/', h)
	// in routes/signin.js, app.use('/signin', ...)) logs in if the mount
	// path says so, which is known once every file is read.
	mountFile := ""
	if w.via == "" && !login && !web.LoginPath.MatchString(path) && !tokenPath.MatchString(path) && !web.LoginPath.MatchString(name) &&
		!web.LoginPath.MatchString(router) && !(credCheck.MatchString(text) && credWord.MatchString(text)) {
		if !strings.HasPrefix(path, "/") {
			return nil, "", nil, false
		}
		mountFile = f.Owner(h).Tree.Path
	}
	mounted := func(when func(*analysis.App) bool) func(*analysis.App) bool {
		if mountFile == "" {
			return when
		}
		return func(a *analysis.App) bool {
			m := web.MountedAt(a, mountFile)
			return web.LoginPath.MatchString(m) && !web.LogoutName.MatchString(m) && when(a)
		}
	}
	if web.InCallbackOf(f, a, ".session.regenerate") || web.InCallbackOf(f, a, reqName+".logIn") || web.InCallbackOf(f, a, reqName+".login") ||
		web.DevOnly(f, a) || web.FailureBranch(f, a, reqName) ||
		web.AfterAuthenticate(f, h) || web.UsesIdentity(f, h, a, reqName) {
		// A regenerated session, a write once req.logIn has logged in
		// (passport regenerates there from 0.6; before, the req.logIn
		// call is the finding), development-only code, a failed login
		// remembering what was typed, a route after passport.authenticate
		// (passport logs in; from 0.6 it regenerates), or a user who is
		// already logged in.
		return nil, "", nil, false
	}
	written := reqName + ".session." + key
	switch {
	case w.set:
		written = reqName + ".session.set('" + key + "')"
	case w.via != "":
		written += " (through " + w.via + ")"
	}
	// A regenerate awaited before the write: promisified ones wait, a bare
	// await req.session.regenerate() on express-session does not.
	sawRegenerate := false
	syntax.Walk(h, func(n *syntax.Node) bool {
		if n.Start >= a.Start {
			return false
		}
		if n.Kind == "await_expression" && strings.Contains(f.Text(n), "regenerate") {
			inner := syntax.Unwrap(resolve.FirstNamed(n))
			if inner != nil && inner.Kind == "call_expression" && len(resolve.Args(inner)) == 0 &&
				strings.HasSuffix(f.MemberPath(inner.ChildByField("function")), ".session.regenerate") && !web.PromiseRegenerate(f) {
				msg = "await " + reqName + ".session.regenerate() does not wait on " + jslib.CallbackRegenerate + " (it takes a callback and returns the session), so " +
					written + " is written before the new session ID exists; set it inside the regenerate callback or promisify regenerate"
				return false
			}
			sawRegenerate = true
		}
		return true
	})
	if msg != "" {
		// @fastify/session's regenerate returns a promise: fine there.
		return h, msg, mounted(func(a *analysis.App) bool { return serverSessions(a) && !a.Facts.PromiseRegenerate }), true
	}
	if sawRegenerate {
		return nil, "", nil, false
	}
	fix := reqName + ".session.regenerate() and set the user in its callback"
	when = serverSessions
	switch {
	case reqName == "ctx":
		// koa: only koa-session with an external store has a server-side
		// session to fix; koa-session 6.1 added ctx.regenerateSession().
		fix = jslib.KoaRegenerate
		when = func(a *analysis.App) bool { return a.Facts.ServerSessions["ctx"] }
	case w.set:
		fix = "await " + reqName + ".session.regenerate() before setting the user"
	}
	msg = "login handler writes " + written + " without regenerating the session ID first, so an attacker who planted a session ID before login shares the logged-in session; call " + fix
	return h, msg, mounted(when), true
}

// serverSessions: the app does not rely only on cookie-stored sessions.
func serverSessions(a *analysis.App) bool {
	return a.Facts.ServerSessions["req"] || !a.Facts.CookieSessions["req"]
}
