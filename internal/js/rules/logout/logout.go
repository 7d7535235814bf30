package logout

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

// Logout flags logout handlers that only remove keys from the session
// (req.session.user = null, delete req.session.user) or, on passport < 0.6,
// only call req.logout(), instead of destroying the session:
// req.session.destroy() (express-session, @fastify/session),
// req.session = null (cookie-session), req.session.regenerate() (the
// documented save-then-regenerate logout), or passport >= 0.6 req.logout().
// Handlers that do not touch the session (stateless tokens) are silent.
var Rule = &analysis.Rule{
	ID: "logout",
	Query: analysis.CallQuery + "\n" + analysis.FnQuery + "\n" + analysis.DeclQuery + "\n" + analysis.AssignQuery + `
` + analysis.PairQuery,
	Check: check,
}

var (
	logoutPath = lazyre.New(`(?i)log_?-?out|sign_?-?out|log_?-?off`)
	getOrAll   = lazyre.New(`^(get|all|use)$`)
	// logoutFuncName matches the names of logout handlers.
	// logoutFuncName matches the names of logout handlers: logout,
	// restLogout, logoutCas, handleSignOut.
	logoutFuncName = lazyre.New(`(?:^|[a-z0-9_])(?:(?i:log_?out|sign_?out|log_?off)|Log_?[Oo]ut|Sign_?[Oo]ut|Log_?[Oo]ff)(?:$|[A-Z_])`)
)

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if fn := m.Capture("fn"); fn != nil {
		// function logout() {}, logout() {} in a class or object.
		if name := f.Text(fn.ChildByField("name")); syntax.IsFunction(fn) && (logoutFuncName.MatchString(name) || f.Names().LogoutHandler(name)) {
			logoutHandler(f, fn, nil)
		}
		return
	}
	// const logout = (req, res) => {}, exports.logout = function () {},
	// { logout: (req, res) => {} }
	var name, value *syntax.Node
	if p := m.Capture("pair"); p != nil {
		name, value = p.ChildByField("key"), p.ChildByField("value")
	} else if d := m.Capture("decl"); d != nil {
		name, value = d.ChildByField("name"), d.ChildByField("value")
	} else if a := m.Capture("assign"); a != nil {
		name, value = a.ChildByField("left"), a.ChildByField("right")
		if name != nil && name.Kind == "member_expression" {
			name = name.ChildByField("property")
		}
	}
	if name != nil {
		if v := syntax.Unwrap(value); v != nil && syntax.IsFunction(v) && (logoutFuncName.MatchString(f.Text(name)) || f.Names().LogoutHandler(f.Text(name))) {
			logoutHandler(f, v, nil)
		}
		return
	}
	call := m.Capture("call")
	r, ok := routes.Call(f, call)
	get := false
	if !ok {
		// app.get('/logout', ...) is a logout route too.
		fn := syntax.Unwrap(call.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || !getOrAll.MatchString(f.Text(fn.ChildByField("property"))) {
			return
		}
		as := resolve.Args(call)
		if len(as) < 2 {
			return
		}
		p, ok := f.String(as[0])
		if !ok {
			return
		}
		r, get = analysis.Route{Path: p}, true
	}
	_ = get
	var when func(*analysis.App) bool
	if !logoutPath.MatchString(r.Path) && !f.Names().LogoutHandler(r.Path) && !logoutRouter(f, call) {
		// A route of a router the app mounts at a logout path
		// (app.use('/signout', require('./routes/signout'))).
		if !strings.HasPrefix(r.Path, "/") {
			return
		}
		file := f.Tree.Path
		when = func(a *analysis.App) bool { return logoutPath.MatchString(web.MountedAt(a, file)) }
	}
	for _, a := range resolve.Args(call) {
		a = syntax.Unwrap(a)
		if syntax.IsFunction(a) && web.FunctionName(f, a) == "" {
			logoutHandler(f, a, when)
			continue
		}
		// A handler defined elsewhere: require('./views/logout').init, an
		// imported function. One named for logging out is judged in its
		// own file.
		if a != nil && (a.Kind == "identifier" || a.Kind == "member_expression") {
			if fn := f.LocalFunction(a); fn != nil && syntax.IsFunction(fn) && f.Owner(fn) != f.File {
				if name := web.FunctionName(f, fn); !logoutFuncName.MatchString(name) && !f.Names().LogoutHandler(name) {
					logoutHandler(f, fn, when)
				}
			}
		}
	}
}

// logoutRouter reports a route on a router named for logging out
// (logoutRouter.get('/', ...), mounted at /auth/logout elsewhere).
func logoutRouter(f *analysis.File, call *syntax.Node) bool {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return false
	}
	recv := syntax.Unwrap(fn.ChildByField("object"))
	return recv != nil && recv.Kind == "identifier" && logoutFuncName.MatchString(f.Text(recv))
}

var destroys = lazyre.New(`\.session\.(destroy|regenerate|delete)\s*\(|\.session\s*=\s*(null|undefined|\{\s*\})|\.destroySession\s*\(|\.session\.invalidate\s*\(|\.yar\.reset\s*\(|\.cookieAuth\.clear\s*\(|\.sessionHandler\.regenerateId\s*\(`)

// authState matches session keys that hold the login (the user, a flag
// that says logged in, a token): removing other keys (a referer, a cart)
// is not logging out.
var authState = lazyre.New(`(?i)user|customer|admin|member|account|auth|login|logged|token|passport|principal|^id$|role|email|present`)

// An outcome is what a logout handler (and the helpers it calls with the
// request) does to the session.
type outcome struct {
	destroys   bool
	clears     []*syntax.Node // where keys are removed (in the handler: the call of a helper that removes them)
	removed    []string       // what, for the message
	logoutCall *syntax.Node
}

// logoutHandler judges a logout handler; when, if not nil, is the
// app-level condition under which it is one.
func logoutHandler(f *analysis.File, fn *syntax.Node, when func(*analysis.App) bool) {
	both := func(c func(*analysis.App) bool) func(*analysis.App) bool {
		switch {
		case when == nil:
			return c
		case c == nil:
			return when
		}
		return func(a *analysis.App) bool { return when(a) && c(a) }
	}
	var o outcome
	scan(f, fn, fn, &o, 0)
	if o.destroys {
		return
	}
	regen, known := f.App.PassportRegenerates()
	auth := false
	for _, k := range o.removed {
		key := k[strings.LastIndex(k, ".")+1:]
		auth = auth || authState.MatchString(key) || f.Names().IdentityKey(key)
	}
	switch {
	case o.logoutCall != nil && known && regen:
		return // passport >= 0.6 regenerates in req.logout
	case len(o.clears) > 0 && auth:
		f.ReportWhen(both(nil), "logout", o.clears[0], "logout only removes "+o.removed[0]+" from the session, so the session ID and the rest of the session stay valid for whoever holds the cookie; call req.session.destroy() and res.clearCookie() (or "+jslib.CookieSessionLogout+")")
	case o.logoutCall != nil:
		f.ReportWhen(both(analysis.OldPassport), "logout", o.logoutCall, "req.logout() on "+jslib.PassportName+" < 0.6 only removes req.user, so the session ID stays valid after logout; "+jslib.PassportAdvice+", or call req.session.destroy() after req.logout()")
	}
}

// scan records what fn does to the session, following helpers it calls
// with the request object (clearCustomer(req)) two levels deep; at is
// where the handler itself does it.
func scan(f *analysis.File, fn, at *syntax.Node, o *outcome, depth int) {
	g := f.Owner(fn)
	if destroys.MatchString(string(g.Tree.Src[fn.Start:min(fn.End, fn.Start+20000)])) {
		o.destroys = true
		return
	}
	clear := func(n *syntax.Node, what string) {
		if depth == 0 {
			o.clears = append(o.clears, n)
		} else {
			o.clears = append(o.clears, at)
		}
		o.removed = append(o.removed, what)
	}
	syntax.Walk(fn, func(n *syntax.Node) bool {
		if n != fn && syntax.IsFunction(n) && (n.Parent == nil || n.Parent.Kind != "arguments") {
			return false
		}
		switch n.Kind {
		case "assignment_expression":
			if _, _, ok := web.SessionKey(f, n.ChildByField("left")); ok && web.IsClearing(f, n.ChildByField("right")) {
				clear(n, g.MemberPath(n.ChildByField("left")))
			}
		case "unary_expression":
			if strings.HasPrefix(g.Text(n), "delete") {
				if _, _, ok := web.SessionKey(f, n.ChildByField("argument")); ok {
					clear(n, g.MemberPath(n.ChildByField("argument")))
				} else if p := n.Parent; p != nil && p.Kind == "non_null_expression" && p.Parent != nil && p.Parent.Kind == "member_expression" &&
					strings.HasSuffix(g.MemberPath(n.ChildByField("argument")), ".session") {
					// TypeScript parses delete ctx.session!.key as
					// (delete ctx.session)!.key.
					clear(p.Parent, g.MemberPath(n.ChildByField("argument"))+"."+g.Text(p.Parent.ChildByField("property")))
				}
			}
		case "call_expression":
			call(f, g, n, at, o, depth, clear)
		}
		return true
	})
}

// call judges a call in a logout handler: req.logout(), a strategy's own
// logout, Object.assign(req.session, { user: undefined }), or a helper
// given the request.
func call(f *analysis.File, g *resolve.File, n, at *syntax.Node, o *outcome, depth int, clear func(*syntax.Node, string)) {
	callee := syntax.Unwrap(n.ChildByField("function"))
	if callee == nil {
		return
	}
	as := resolve.Args(n)
	if callee.Kind == "member_expression" {
		p := g.Text(callee.ChildByField("property"))
		root := resolve.RootIdent(callee)
		if (p == "logout" || p == "logOut") && root != nil && o.logoutCall == nil {
			if web.ReqVar.MatchString(g.Text(root)) || strategyLogout(g, callee.ChildByField("object")) {
				o.logoutCall = n
				if depth > 0 {
					o.logoutCall = at
				}
				return
			}
		}
	}
	if g.Text(callee) == "Object.assign" && len(as) >= 2 && strings.HasSuffix(g.MemberPath(as[0]), ".session") {
		if obj := g.Object(as[1]); obj != nil {
			obj.Props(func(p *resolve.Prop) {
				if web.IsClearing(f, p.Value) {
					clear(n, g.MemberPath(as[0])+"."+p.Key)
				}
			})
		}
		return
	}
	if depth >= 2 {
		return
	}
	passesRequest, sessionArg := false, -1
	for i, a := range as {
		if a = syntax.Unwrap(a); a != nil && a.Kind == "identifier" && (web.ReqVar.MatchString(g.Text(a)) || g.Text(a) == "ctx") {
			passesRequest = true
		}
		if parts := strings.Split(g.MemberPath(a), "."); len(parts) == 2 && parts[1] == "session" && (web.ReqVar.MatchString(parts[0]) || parts[0] == "ctx") {
			sessionArg = i
		}
	}
	if !passesRequest && sessionArg < 0 {
		return
	}
	body := g.LocalFunction(callee)
	if body == nil {
		return
	}
	if depth == 0 {
		at = n
	}
	if !passesRequest {
		// clearPrincipal(req.session): the helper's parameter is the session.
		sessionHelper(f, body, sessionArg, g.MemberPath(as[sessionArg]), at, o, clear)
		return
	}
	scan(f, body, at, o, depth+1)
}

// sessionHelper records what a helper given the session (not the request)
// does to it: destroys or regenerates it, or removes keys from it.
func sessionHelper(f *analysis.File, body *syntax.Node, i int, session string, at *syntax.Node, o *outcome, clear func(*syntax.Node, string)) {
	g := f.Owner(body)
	name := g.ParamName(body, i)
	if name == "" {
		return
	}
	syntax.Walk(body, func(n *syntax.Node) bool {
		switch n.Kind {
		case "call_expression":
			if fn := syntax.Unwrap(n.ChildByField("function")); fn != nil && fn.Kind == "member_expression" && g.Text(fn.ChildByField("object")) == name {
				if p := g.Text(fn.ChildByField("property")); p == "destroy" || p == "regenerate" || p == "invalidate" {
					o.destroys = true
				}
			}
		case "assignment_expression":
			if parts := strings.Split(g.MemberPath(n.ChildByField("left")), "."); len(parts) == 2 && parts[0] == name && web.IsClearing(f, n.ChildByField("right")) {
				clear(at, session+"."+parts[1])
			}
		case "unary_expression":
			if parts := strings.Split(g.MemberPath(n.ChildByField("argument")), "."); strings.HasPrefix(g.Text(n), "delete") && len(parts) == 2 && parts[0] == name {
				clear(at, session+"."+parts[1])
			}
		}
		return true
	})
}

// strategyLogout reports a passport strategy whose logout method only
// calls req.logout() (passport-cas2's cas.logout(req, res, url)).
func strategyLogout(f *resolve.File, recv *syntax.Node) bool {
	v := f.Value(recv)
	if v == nil || v.Kind != "new_expression" {
		return false
	}
	b, ok := f.Owner(v).Callee(v)
	return ok && slices.Contains(jslib.PassportLogouts, b)
}
