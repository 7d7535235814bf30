package rules

import (
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// Logout flags logout handlers that only remove keys from the session
// (req.session.user = null, delete req.session.user) or, on passport < 0.6,
// only call req.logout(), instead of destroying the session:
// req.session.destroy() (express-session, @fastify/session),
// req.session = null (cookie-session), req.session.regenerate() (the
// documented save-then-regenerate logout), or passport >= 0.6 req.logout().
// Handlers that do not touch the session (stateless tokens) are silent.
var Logout = &Rule{
	ID: "logout",
	Query: callQuery + "\n" + fnQuery + "\n" + declQuery + "\n" + assignQuery + `
(pair) @pair`,
	Check: checkLogout,
}

var (
	logoutPath = regexp.MustCompile(`(?i)log_?-?out|sign_?-?out|log_?-?off`)
	getOrAll   = regexp.MustCompile(`^(get|all|use)$`)
	// logoutFuncName matches the names of logout handlers.
	logoutFuncName = regexp.MustCompile(`(?i)^(log_?out|sign_?out|log_?off)$`)
)

func checkLogout(f *File, m syntax.Match) {
	if f.Test {
		return
	}
	if fn := m.Capture("fn"); fn != nil {
		// function logout() {}, logout() {} in a class or object.
		if name := f.text(fn.ChildByField("name")); syntax.IsFunction(fn) && (logoutFuncName.MatchString(name) || f.names().logoutHandler(name)) {
			logoutHandler(f, fn)
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
		if v := syntax.Unwrap(value); v != nil && syntax.IsFunction(v) && (logoutFuncName.MatchString(f.text(name)) || f.names().logoutHandler(f.text(name))) {
			logoutHandler(f, v)
		}
		return
	}
	call := m.Capture("call")
	r, ok := f.route(call)
	get := false
	if !ok {
		// app.get('/logout', ...) is a logout route too.
		fn := syntax.Unwrap(call.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || !getOrAll.MatchString(f.text(fn.ChildByField("property"))) {
			return
		}
		as := args(call)
		if len(as) < 2 {
			return
		}
		p, ok := f.stringValue(as[0], 0)
		if !ok {
			return
		}
		r, get = Route{Path: p}, true
	}
	if !logoutPath.MatchString(r.Path) && !f.names().logoutHandler(r.Path) {
		return
	}
	_ = get
	for _, a := range args(call) {
		a = syntax.Unwrap(a)
		if syntax.IsFunction(a) && f.functionName(a) == "" {
			logoutHandler(f, a)
		}
	}
}

var destroys = regexp.MustCompile(`\.session\.(destroy|regenerate|delete)\s*\(|\.session\s*=\s*(null|undefined|\{\s*\})|\.destroySession\s*\(|\.session\.invalidate\s*\(`)

func logoutHandler(f *File, fn *syntax.Node) {
	text := f.funcText(fn)
	if destroys.MatchString(text) {
		return
	}
	regen, known := f.App.PassportRegenerates()
	var clears []*syntax.Node
	var logoutCall *syntax.Node
	syntax.Walk(fn, func(n *syntax.Node) bool {
		switch n.Kind {
		case "assignment_expression":
			if _, _, ok := f.sessionKey(n.ChildByField("left")); ok && f.isClearing(n.ChildByField("right")) {
				clears = append(clears, n)
			}
		case "unary_expression":
			if strings.HasPrefix(f.text(n), "delete") {
				if _, _, ok := f.sessionKey(n.ChildByField("argument")); ok {
					clears = append(clears, n)
				} else if p := n.Parent; p != nil && p.Kind == "non_null_expression" && p.Parent != nil && p.Parent.Kind == "member_expression" &&
					strings.HasSuffix(f.memberPath(n.ChildByField("argument")), ".session") {
					// TypeScript parses delete ctx.session!.key as
					// (delete ctx.session)!.key.
					clears = append(clears, p.Parent)
				}
			}
		case "call_expression":
			callee := syntax.Unwrap(n.ChildByField("function"))
			if callee != nil && callee.Kind == "member_expression" {
				p := f.text(callee.ChildByField("property"))
				root := rootIdent(callee)
				if (p == "logout" || p == "logOut") && root != nil && reqVar.MatchString(f.text(root)) && logoutCall == nil {
					logoutCall = n
				}
			}
		}
		return true
	})
	switch {
	case logoutCall != nil && known && regen:
		return // passport >= 0.6 regenerates in req.logout
	case len(clears) > 0:
		at := clears[0]
		target := at.ChildByField("left")
		if target == nil {
			target = at.ChildByField("argument")
		}
		removed := f.memberPath(target)
		if at.Kind == "member_expression" { // the TypeScript delete above
			unary := syntax.Unwrap(at.ChildByField("object")) // Unwrap drops the !
			removed = f.memberPath(unary.ChildByField("argument")) + "." + f.text(at.ChildByField("property"))
		}
		f.report("logout", at, "logout only removes "+removed+" from the session, so the session ID and the rest of the session stay valid for whoever holds the cookie; call req.session.destroy() and res.clearCookie() (or req.session = null with cookie-session)")
	case logoutCall != nil:
		f.reportWhen(oldPassport, "logout", logoutCall, "req.logout() on passport < 0.6 only removes req.user, so the session ID stays valid after logout; upgrade passport to 0.6 or later, or call req.session.destroy() after req.logout()")
	}
}
