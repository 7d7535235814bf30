package web

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// SessionKey returns the request object and key of a write to
// req.session.key (or req.session['key']): "req", "userId". ok is false for
// other member expressions.
func SessionKey(f *analysis.File, lhs *syntax.Node) (reqName, key string, ok bool) {
	lhs = syntax.Unwrap(lhs)
	if lhs == nil || (lhs.Kind != "member_expression" && lhs.Kind != "subscript_expression") {
		return "", "", false
	}
	p := f.MemberPath(lhs)
	parts := strings.Split(p, ".")
	if len(parts) < 3 || parts[1] != "session" || parts[0] == "this" && !RequestThis(lhs) {
		return "", "", false
	}
	return parts[0], parts[2], true
}

// RequestThis reports whether `this` at n is a request: n's own `this`
// belongs to a plain function (not a class's or an object's method), which
// apps bind to the request (request.login = login.bind(request)).
func RequestThis(n *syntax.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.Kind {
		case "arrow_function":
			continue // an arrow function has its outer function's this
		case "function_declaration", "function_expression", "function", "generator_function_declaration", "generator_function":
			return p.Parent == nil || p.Parent.Kind != "pair" && p.Parent.Kind != "public_field_definition" && p.Parent.Kind != "field_definition"
		case "method_definition", "class_body", "class", "class_declaration":
			return false
		}
	}
	return false
}

// IsClearing reports whether a value clears rather than sets (null,
// undefined, false, void 0, an empty object, array or string).
func IsClearing(f *analysis.File, v *syntax.Node) bool {
	v = syntax.Unwrap(v)
	if v == nil {
		return true
	}
	switch v.Kind {
	case "null", "undefined", "false":
		return true
	case "object", "array":
		return len(v.NamedChildren()) == 0
	case "string":
		s, ok := f.String(v)
		return ok && s == ""
	case "identifier":
		return f.Text(v) == "undefined"
	case "unary_expression":
		return strings.HasPrefix(f.Text(v), "void")
	}
	return false
}

// HandlerOf returns the function that declares reqName as a parameter and
// encloses n: the route handler, even when n sits in a nested callback.
func HandlerOf(f *analysis.File, n *syntax.Node, reqName string) *syntax.Node {
	var inner *syntax.Node
	for p := n.Parent; p != nil; p = p.Parent {
		if !syntax.IsFunction(p) {
			continue
		}
		if inner == nil {
			inner = p
		}
		params := p.ChildByField("parameters")
		if params == nil {
			params = p.ChildByField("parameter")
		}
		if params != nil && HasParam(f, params, reqName) {
			return p
		}
	}
	return inner
}

// HasParam reports whether a parameter list binds name.
func HasParam(f *analysis.File, params *syntax.Node, name string) bool {
	found := false
	syntax.Walk(params, func(n *syntax.Node) bool {
		if n.Kind == "identifier" && f.Text(n) == name {
			found = true
		}
		return !found && n.Kind != "object" && n.Kind != "arrow_function"
	})
	return found
}

// RoutePathOf returns the path of the route call a handler is passed to.
func RoutePathOf(f *analysis.File, fn *syntax.Node) string {
	if fn == nil || fn.Parent == nil || fn.Parent.Kind != "arguments" {
		return ""
	}
	call := fn.Parent.Parent
	for _, a := range resolve.Args(call) {
		if s, ok := f.String(a); ok {
			return s
		}
	}
	return ""
}

// RouterNameOf returns the name of the router a handler is registered on
// (authRoutes in authRoutes.post('/plex', handler)), or "": a router named
// for sign-in is mounted where its paths need not say so.
func RouterNameOf(f *analysis.File, fn *syntax.Node) string {
	if fn == nil || fn.Parent == nil || fn.Parent.Kind != "arguments" {
		return ""
	}
	callee := syntax.Unwrap(fn.Parent.Parent.ChildByField("function"))
	if callee == nil || callee.Kind != "member_expression" {
		return ""
	}
	p := f.MemberPath(callee.ChildByField("object"))
	return p[strings.LastIndex(p, ".")+1:]
}

// FunctionName returns the name a function is declared or bound under; a
// handler returned by a factory takes the factory's name
// (function routeLogin(config) { return function (req, res) {...} }).
func FunctionName(f *analysis.File, fn *syntax.Node) string {
	if fn == nil {
		return ""
	}
	if n := fn.ChildByField("name"); n != nil {
		return f.Text(n)
	}
	if p := fn.Parent; p != nil {
		switch p.Kind {
		case "variable_declarator", "assignment_expression", "pair", "public_field_definition", "field_definition":
			for _, k := range []string{"name", "left", "key", "property"} {
				if c := p.ChildByField(k); c != nil {
					t := f.Text(c)
					if i := strings.LastIndex(t, "."); i >= 0 {
						t = t[i+1:]
					}
					return t
				}
			}
		case "return_statement":
			if outer := syntax.EnclosingFunction(fn); outer != nil {
				return FunctionName(f, outer)
			}
		}
		if syntax.IsFunction(p) && p.ChildByField("body") == fn { // () => (req, res) => {}
			return FunctionName(f, p)
		}
	}
	return ""
}

// FuncText returns a function's source, bounded.
func FuncText(f *analysis.File, fn *syntax.Node) string {
	if fn == nil {
		return ""
	}
	t := f.Owner(fn).Tree
	end := min(fn.End, fn.Start+20000)
	return string(t.Src[fn.Start:end])
}

// InCallbackOf reports whether n is inside a function passed to a call
// whose callee path ends with suffix (e.g. ".session.regenerate").
func InCallbackOf(f *analysis.File, n *syntax.Node, suffix string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if syntax.IsFunction(p) && p.Parent != nil && p.Parent.Kind == "arguments" {
			call := p.Parent.Parent
			if fn := call.ChildByField("function"); fn != nil && strings.HasSuffix(f.MemberPath(fn), suffix) {
				return true
			}
		}
	}
	return false
}

// DevOnly reports whether n sits in the consequence of an if (or ternary)
// whose condition says development, test, debug or mock.
func DevOnly(f *analysis.File, n *syntax.Node) bool {
	for p := n; p.Parent != nil; p = p.Parent {
		par := p.Parent
		if (par.Kind == "if_statement" || par.Kind == "ternary_expression") && p.Field == "consequence" {
			if resolve.DevCondition(f.Text(par.ChildByField("condition"))) {
				return true
			}
		}
	}
	return false
}

// UsesIdentity reports whether a handler reads the logged-in user before
// a node (before == nil: anywhere): req.user.id, req.session.user._id,
// const user = req.user, a call given req.user. Such a handler acts for a
// user who is already logged in (a profile or password change that
// refreshes the session's copy of the user), not a login. A bare check
// (if (req.session.user) return ...) is not a use.
func UsesIdentity(f *analysis.File, h, before *syntax.Node, reqName string) bool {
	used := false
	syntax.Walk(h, func(n *syntax.Node) bool {
		if used || before != nil && n.Start >= before.Start {
			return false
		}
		if n.Kind == "if_statement" && resolve.DevCondition(f.Text(n.ChildByField("condition"))) {
			return false // development-only code (outer ifs were met on the way down)
		}
		if n.Kind != "member_expression" {
			return true
		}
		if w := syntax.Ancestor(n, "assignment_expression"); w != nil && w.ChildByField("left").Contains(n) {
			return true // a write through it
		}
		p := f.MemberPath(n)
		parts := strings.Split(p, ".")
		if len(parts) < 2 || parts[0] != reqName {
			return true
		}
		identity := parts[1] == "user" && len(parts) == 2 ||
			len(parts) == 3 && parts[1] == "session" && IsIdentityKey(parts[2])
		if !identity {
			return true
		}
		par := n.Parent
		switch {
		case par == nil:
		case par.Kind == "member_expression" && n.Field == "object":
			used = true // req.user.id
		case par.Kind == "variable_declarator" && n.Field == "value", par.Kind == "arguments":
			used = true // const user = req.user; find(req.user)
		case par.Kind == "assignment_expression" && n.Field == "right":
			used = true
		}
		return !used
	})
	return used
}

var (
	failureKey  = lazyre.New(`(?i)^(error|errors|err|login_?error|auth_?error)$`)
	failureKind = lazyre.New(`(?i)error|danger|fail|warn`)
)

// FailureBranch reports whether n sits in a block that reports a failed
// login: it also writes an error into the session or flashes one
// (req.session.error = ...; req.session.username = req.body.username to
// prefill the form).
func FailureBranch(f *analysis.File, n *syntax.Node, reqName string) bool {
	block := syntax.Ancestor(n, "statement_block")
	if block == nil {
		return false
	}
	failure := false
	for _, st := range block.Children {
		syntax.Walk(st, func(c *syntax.Node) bool {
			if failure || syntax.IsFunction(c) || c.Kind == "statement_block" {
				return false // not the writes of nested blocks
			}
			switch c.Kind {
			case "assignment_expression":
				if r, key, ok := SessionKey(f, c.ChildByField("left")); ok && r == reqName && failureKey.MatchString(key) {
					failure = true
				}
			case "call_expression":
				if p := f.MemberPath(c.ChildByField("function")); p == reqName+".flash" {
					if as := resolve.Args(c); len(as) > 0 {
						kind, _ := f.String(as[0])
						failure = failureKind.MatchString(kind)
					}
				}
			}
			return !failure
		})
	}
	return failure
}

// AfterAuthenticate reports whether a handler is passed to a route after
// a passport.authenticate(...) middleware: passport has logged the user in
// (and, from 0.6, regenerated the session) before the handler runs.
func AfterAuthenticate(f *analysis.File, h *syntax.Node) bool {
	if h == nil || h.Parent == nil || h.Parent.Kind != "arguments" {
		return false
	}
	for _, a := range h.Parent.NamedChildren() {
		if a.Start >= h.Start {
			break
		}
		if a = syntax.Unwrap(a); a.Kind == "call_expression" && f.Calls(a, jslib.Passport, "authenticate") {
			return true
		}
	}
	return false
}

// SessionWriteThrough recognises a call that hands the request's session
// (or the request) to a helper of the app which writes a key into it (the
// identity, if it writes one):
// setPrincipal(req.session, user) with function setPrincipal(session, u) {
// session.principal = ... }, or login(req, user) writing req.session.userId.
// It returns the request's name, the key and the value written.
func SessionWriteThrough(f *analysis.File, call *syntax.Node) (reqName, key string, value *syntax.Node, ok bool) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "identifier" && fn.Kind != "member_expression" {
		return "", "", nil, false
	}
	for i, a := range resolve.Args(call) {
		parts := strings.Split(f.MemberPath(a), ".")
		var viaSession bool
		switch {
		case len(parts) == 2 && parts[1] == "session" && ReqVar.MatchString(parts[0]):
			viaSession = true
		case len(parts) == 1 && ReqVar.MatchString(parts[0]):
		default:
			continue
		}
		body := f.LocalFunction(fn) // setPrincipal, or authc.setPrincipal of an app module
		if body == nil {
			return "", "", nil, false
		}
		g := f.Owner(body)
		name := g.ParamName(body, i)
		if name == "" {
			return "", "", nil, false
		}
		// The identity the helper writes, if it writes one; else its
		// first write.
		syntax.Walk(body, func(n *syntax.Node) bool {
			if ok && IsIdentityKey(key) || n.Kind != "assignment_expression" {
				return !(ok && IsIdentityKey(key))
			}
			wp := strings.Split(g.MemberPath(n.ChildByField("left")), ".")
			var k string
			switch {
			case viaSession && len(wp) == 2 && wp[0] == name:
				k = wp[1]
			case !viaSession && len(wp) == 3 && wp[0] == name && wp[1] == "session":
				k = wp[2]
			default:
				return true
			}
			if !ok || IsIdentityKey(k) {
				key, value, ok = k, n.ChildByField("right"), true
			}
			return true
		})
		if ok {
			return parts[0], key, value, true
		}
	}
	return "", "", nil, false
}
