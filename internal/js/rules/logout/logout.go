package logout

import (
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
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
	logoutPath = regexp.MustCompile(`(?i)log_?-?out|sign_?-?out|log_?-?off`)
	getOrAll   = regexp.MustCompile(`^(get|all|use)$`)
	// logoutFuncName matches the names of logout handlers.
	logoutFuncName = regexp.MustCompile(`(?i)^(log_?out|sign_?out|log_?off)$`)
)

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if fn := m.Capture("fn"); fn != nil {
		// function logout() {}, logout() {} in a class or object.
		if name := f.Text(fn.ChildByField("name")); syntax.IsFunction(fn) && (logoutFuncName.MatchString(name) || f.Names().LogoutHandler(name)) {
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
		if v := syntax.Unwrap(value); v != nil && syntax.IsFunction(v) && (logoutFuncName.MatchString(f.Text(name)) || f.Names().LogoutHandler(f.Text(name))) {
			logoutHandler(f, v)
		}
		return
	}
	call := m.Capture("call")
	r, ok := web.Route(f, call)
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
	if !logoutPath.MatchString(r.Path) && !f.Names().LogoutHandler(r.Path) {
		return
	}
	_ = get
	for _, a := range resolve.Args(call) {
		a = syntax.Unwrap(a)
		if syntax.IsFunction(a) && web.FunctionName(f, a) == "" {
			logoutHandler(f, a)
		}
	}
}

var destroys = regexp.MustCompile(`\.session\.(destroy|regenerate|delete)\s*\(|\.session\s*=\s*(null|undefined|\{\s*\})|\.destroySession\s*\(|\.session\.invalidate\s*\(`)

func logoutHandler(f *analysis.File, fn *syntax.Node) {
	text := web.FuncText(f, fn)
	if destroys.MatchString(text) {
		return
	}
	regen, known := f.App.PassportRegenerates()
	var clears []*syntax.Node
	var logoutCall *syntax.Node
	syntax.Walk(fn, func(n *syntax.Node) bool {
		switch n.Kind {
		case "assignment_expression":
			if _, _, ok := web.SessionKey(f, n.ChildByField("left")); ok && web.IsClearing(f, n.ChildByField("right")) {
				clears = append(clears, n)
			}
		case "unary_expression":
			if strings.HasPrefix(f.Text(n), "delete") {
				if _, _, ok := web.SessionKey(f, n.ChildByField("argument")); ok {
					clears = append(clears, n)
				} else if p := n.Parent; p != nil && p.Kind == "non_null_expression" && p.Parent != nil && p.Parent.Kind == "member_expression" &&
					strings.HasSuffix(f.MemberPath(n.ChildByField("argument")), ".session") {
					// TypeScript parses delete ctx.session!.key as
					// (delete ctx.session)!.key.
					clears = append(clears, p.Parent)
				}
			}
		case "call_expression":
			callee := syntax.Unwrap(n.ChildByField("function"))
			if callee != nil && callee.Kind == "member_expression" {
				p := f.Text(callee.ChildByField("property"))
				root := resolve.RootIdent(callee)
				if (p == "logout" || p == "logOut") && root != nil && web.ReqVar.MatchString(f.Text(root)) && logoutCall == nil {
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
		removed := f.MemberPath(target)
		if at.Kind == "member_expression" { // the TypeScript delete above
			unary := syntax.Unwrap(at.ChildByField("object")) // Unwrap drops the !
			removed = f.MemberPath(unary.ChildByField("argument")) + "." + f.Text(at.ChildByField("property"))
		}
		f.Report("logout", at, "logout only removes "+removed+" from the session, so the session ID and the rest of the session stay valid for whoever holds the cookie; call req.session.destroy() and res.clearCookie() (or req.session = null with cookie-session)")
	case logoutCall != nil:
		f.ReportWhen(analysis.OldPassport, "logout", logoutCall, "req.logout() on passport < 0.6 only removes req.user, so the session ID stays valid after logout; upgrade passport to 0.6 or later, or call req.session.destroy() after req.logout()")
	}
}
