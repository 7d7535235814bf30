// Package csrf is the JavaScript/TypeScript csrf rule.
package csrf

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/routes"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Rule flags apps that authenticate with cookies (a session middleware,
// or an auth cookie the server writes), register state-changing routes
// (POST, PUT, PATCH, DELETE, other than login, sign-up and logout) and
// apply no CSRF defence anywhere. A defence is a CSRF library of the
// catalog that is actually applied: its middleware mounted (a csurf
// instance never passed to app.use or a route is not), not switched off
// (lusca({ csrf: false }) only sets headers), or its plugin registered;
// or a hand-written check that reads a CSRF token from the request. A
// session cookie with SameSite=Lax/Strict (set, or the library's default)
// is a partial defence and silences the rule. The decision is made for the
// whole app (every file below one package.json), reported once at the
// session middleware, listing the routes.
var Rule = &analysis.Rule{
	ID:     "csrf",
	Query:  analysis.CallQuery + "\n" + analysis.PairQuery + "\n" + analysis.NewQuery + "\n" + analysis.FnQuery,
	Check:  check,
	Finish: finish,
}

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if f.Once(tokenScan{}) && (bytes.Contains(f.Tree.Src, []byte("srf")) || bytes.Contains(f.Tree.Src, []byte("SRF"))) {
		for i := range f.Tree.Nodes {
			if n := &f.Tree.Nodes[i]; (n.Kind == "member_expression" || n.Kind == "subscript_expression") && tokenRead(f, n) {
				f.Facts.CSRF = true
				break
			}
		}
	}
	if p := m.Capture("pair"); p != nil {
		if f.Text(p.ChildByField("key")) != "plugin" {
			return
		}
		if u := web.SessionAt(f, p.Parent); u != nil {
			addSession(f, u.At, u.Lib.Name, u.SameSite(f))
			return
		}
		// { plugin: crumb, options }: a defence registered with hapi.
		if b, ok := f.Ref(p.ChildByField("value")); ok {
			if d := jslib.CSRFDefence(b.Module); d != nil && d.Plugin {
				f.Facts.CSRF = true
			}
		}
		return
	}
	if fn := m.Capture("fn"); fn != nil {
		// @Post() controller methods, route.ts's export function POST,
		// pages/api handlers.
		if r, ok := routes.Decorator(f, fn); ok {
			addRoute(f, r)
		}
		for _, r := range routes.File(f, fn) {
			addRoute(f, r)
		}
		return
	}
	if n := m.Capture("new"); n != nil {
		if defence(f, n) { // app.use(new CSRF()) (@koa/csrf 3)
			f.Facts.CSRF = true
		}
		return
	}
	call := m.Capture("call")
	if u := web.SessionAt(f, call); u != nil {
		addSession(f, u.At, u.Lib.Name, u.SameSite(f))
		return
	}
	if w := web.CookieAt(f, call); w != nil {
		authCookie(f, w)
		return
	}
	if defence(f, call) {
		f.Facts.CSRF = true
		return
	}
	if r, ok := routes.Call(f, call); ok {
		addRoute(f, r)
	}
	for _, r := range routes.Objects(f, call) {
		addRoute(f, r)
	}
}

func addRoute(f *analysis.File, r analysis.Route) {
	if !authRoute.MatchString(r.Path) {
		f.Facts.Routes = append(f.Facts.Routes, r)
	}
}

// authRoute matches the routes that open or close a session: an app whose
// only state-changing routes are these has nothing for a forged request
// to change.
var authRoute = lazyre.New(`(?i)((^|/)(log_?-?in|sign_?-?in|log_?-?out|sign_?-?out|sign_?-?up|register|refresh|callback)[\w-]*|(^|/)(auth|session|sessions|token|tokens))/?$`)

func addSession(f *analysis.File, at *syntax.Node, lib string, ss analysis.Tri) {
	t := f.Owner(at).Tree
	line, col := t.Position(at.Start)
	el, ec := t.Position(at.End)
	f.Facts.Sessions = append(f.Facts.Sessions, analysis.SessionFact{Lib: lib, File: t.Path, Line: line, Column: col,
		EndLine: el, EndCol: ec, SameSite: ss})
}

// authCookie records a server-written auth cookie: the app authenticates
// requests with it.
func authCookie(f *analysis.File, w *web.CookieWrite) {
	if w.Setter.Client || w.Opts == nil || !web.AuthCookie(f, w.Name, w.Value) || w.Deleting(f) {
		return
	}
	ss := analysis.No
	if l := f.Get(w.Opts, w.Setter.Attrs.SameSite); l.Found {
		ss = web.SameSiteValue(f, l.Value)
	} else if l.Unknown {
		ss = analysis.Unknown
	} else if w.Defaults(f).SameSite != "" {
		ss = analysis.Yes
	}
	addSession(f, w.Call, "the auth cookie '"+w.Name+"'", ss)
	f.Facts.Sessions[len(f.Facts.Sessions)-1].Cookie = true
}

// defence reports a call that applies a CSRF defence of the catalog.
func defence(f *analysis.File, call *syntax.Node) bool {
	as := resolve.Args(call)
	// app.register(csrfProtection) (fastify)
	if fn := syntax.Unwrap(call.ChildByField("function")); fn != nil && fn.Kind == "member_expression" &&
		f.Text(fn.ChildByField("property")) == "register" && len(as) > 0 {
		if b, ok := f.Ref(as[0]); ok {
			if d := jslib.CSRFDefence(b.Module); d != nil && d.Plugin {
				return true
			}
		}
	}
	b, ok := f.Callee(call)
	if !ok {
		return false
	}
	d := jslib.CSRFDefence(b.Module)
	if d == nil || !slices.Contains(d.Factory, b.Path) {
		return false
	}
	if d.Off != "" && b.Path == "" {
		// lusca(opts): a defence only with opts.csrf set and not false.
		if len(as) == 0 {
			return false
		}
		l := f.Get(f.Object(as[0]), d.Off)
		switch {
		case l.Unknown && !l.Found:
		case !l.Found, f.Bool(l.Value) == resolve.No:
			return false
		}
	}
	return mounted(f, call)
}

// mounted reports whether a middleware made by call is applied: passed
// to a call (app.use(csrf()), a route's arguments), or bound to a name
// that is passed to one, or exported for other modules.
func mounted(f *analysis.File, call *syntax.Node) bool {
	n := call
	for n.Parent != nil && (n.Parent.Kind == "parenthesized_expression" || n.Parent.Kind == "await_expression") {
		n = n.Parent
	}
	p := n.Parent
	if p == nil {
		return false
	}
	var names []string
	switch p.Kind {
	case "arguments", "array":
		return true
	case "call_expression": // csurf()(req, res, next)
		return n.Field == "function"
	case "variable_declarator":
		name := p.ChildByField("name")
		if name == nil {
			return false
		}
		if name.Kind == "identifier" {
			names = append(names, f.Text(name))
		} else {
			syntax.Walk(name, func(c *syntax.Node) bool {
				if c.Kind == "shorthand_property_identifier_pattern" || c.Kind == "identifier" {
					names = append(names, f.Text(c))
				}
				return true
			})
		}
	case "assignment_expression":
		l := f.MemberPath(p.ChildByField("left"))
		if strings.HasPrefix(l, "module.exports") || strings.HasPrefix(l, "exports.") {
			return true
		}
		names = append(names, l[strings.LastIndex(l, ".")+1:])
	case "pair":
		return true // { csrfProtection: csurf() }: exported or passed on
	default:
		return false
	}
	if syntax.Ancestor(p, "export_statement") != nil {
		return true
	}
	used := false
	syntax.Walk(f.Tree.Root, func(c *syntax.Node) bool {
		if used {
			return false
		}
		if (c.Kind == "identifier" || c.Kind == "property_identifier") && c.Parent != nil && c != p.ChildByField("name") &&
			slices.Contains(names, f.Text(c)) {
			// Called (csrf(req, res, next)), or passed to a call,
			// directly or as a member (csrf.protect).
			if c.Field == "function" && c.Parent.Kind == "call_expression" {
				used = true
				return false
			}
			for q := c.Parent; q != nil && q.Kind != "statement_block" && q.Kind != "program"; q = q.Parent {
				if q.Kind == "arguments" || q.Kind == "array" || q.Kind == "export_clause" {
					used = true
					break
				}
			}
		}
		return !used
	})
	return used
}

type tokenScan struct{}

// tokenReadName matches CSRF token names read from a request.
var tokenReadName = lazyre.New(`(?i)(^|[._-])(x[-_])?(csrf|xsrf)([-_]?token)?$|^_csrf$|^csrf_?token$|^csrfToken$`)

// tokenRead reports a hand-written defence: the request's CSRF token read
// from a header, the body or the query (req.headers['x-csrf-token'],
// req.body._csrf, request.payload.csrf_token).
func tokenRead(f *analysis.File, n *syntax.Node) bool {
	var key string
	switch n.Kind {
	case "member_expression":
		key = f.Text(n.ChildByField("property"))
	case "subscript_expression":
		key, _ = f.String(n.ChildByField("index"))
	}
	if key == "" || !strings.Contains(strings.ToLower(key), "srf") || !tokenReadName.MatchString(key) {
		return false
	}
	obj := strings.ToLower(f.MemberPath(n.ChildByField("object")))
	return strings.HasSuffix(obj, "headers") || strings.HasSuffix(obj, "body") || strings.HasSuffix(obj, "payload") ||
		strings.HasSuffix(obj, "query") || strings.HasSuffix(obj, "params") || strings.HasSuffix(obj, "fields")
}

func finish(a *analysis.App) []finding.Finding {
	if a.Facts.CSRF || len(a.Facts.Routes) == 0 {
		return nil
	}
	routes := slices.Clone(a.Facts.Routes)
	slices.SortFunc(routes, func(x, y analysis.Route) int {
		return strings.Compare(fmt.Sprintf("%s:%09d", x.File, x.Line), fmt.Sprintf("%s:%09d", y.File, y.Line))
	})
	var names []string
	for _, r := range routes {
		n := r.Method + " " + r.Path
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	list := strings.Join(names[:min(len(names), 5)], ", ")
	if len(names) > 5 {
		list += fmt.Sprintf(" and %d more", len(names)-5)
	}
	sessions := slices.Clone(a.Facts.Sessions)
	slices.SortFunc(sessions, func(x, y analysis.SessionFact) int {
		return strings.Compare(fmt.Sprintf("%s:%09d", x.File, x.Line), fmt.Sprintf("%s:%09d", y.File, y.Line))
	})
	// Auth cookies with SameSite=Lax/Strict are how the app logs users in;
	// then a session middleware without SameSite that holds no user (OAuth
	// state, flash messages) and secondary cookies are not what a forged
	// request rides on.
	protected := slices.ContainsFunc(sessions, func(s analysis.SessionFact) bool { return s.Cookie && s.SameSite == analysis.Yes })
	for _, s := range sessions {
		if s.SameSite != analysis.No {
			continue // Lax/Strict (or unknown, e.g. from the environment)
		}
		if protected && (s.Cookie || !a.Facts.SessionIdentity) {
			continue
		}
		return []finding.Finding{{
			Rule: "csrf", File: s.File, Line: s.Line, Column: s.Column, EndLine: s.EndLine, EndColumn: s.EndCol,
			Message: s.Lib + " authenticates requests with a cookie and the app registers state-changing routes (" + list +
				") with no CSRF defence and no SameSite=Lax/Strict cookie, so other sites can forge requests; add " + jslib.CSRFLibraries + " middleware, or set the session cookie's sameSite to 'lax'",
		}}
	}
	return nil
}
