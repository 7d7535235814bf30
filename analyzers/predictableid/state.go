package predictableid

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// An OAuth state must be unguessable per login: the callback compares it
// with the one kept for the browser, and that is the only thing that stops
// an attacker from completing a login with their own authorization code in
// the victim's browser (login CSRF). A state the attacker knows (a fixed
// string, the page to return to, the request's host, the user's name) stops
// nothing.

// checkState judges the state handed to an authorization URL builder
// (oauth2.Config.AuthCodeURL, or an app's interface standing for it).
func (a *analyzer) checkState(call *ast.CallExpr, cur inspector.Cursor) {
	state := call.Args[0]
	if a.pkceOption(call) {
		return // PKCE binds the code to this browser's verifier
	}
	saved := a.memo
	a.memo, a.stateMode, a.budget = make(map[ast.Expr]class), true, maxSteps
	var c class
	if defs := a.defsBefore(state, call); defs != nil {
		var alts []class
		for _, d := range defs {
			alts = append(alts, a.classifyDef(d, 0))
		}
		c = alternatives(alts...)
	} else {
		c = a.classify(state, nil, 0)
	}
	a.memo, a.stateMode = saved, false
	switch c.kind {
	case weak:
		a.check(state, "OAuth state", cur)
		return
	case random:
		if c.short() {
			a.check(state, "OAuth state", cur)
		}
		return
	case guessable:
		at := a.statePos(state, call)
		if a.reported[at.Pos()] {
			return
		}
		a.reported[at.Pos()] = true
		a.pass.Report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Message: fmt.Sprintf(
			"OAuth state comes from %s, which an attacker can know or choose, so the callback's state check stops no login CSRF; generate a random state per login with crypto/rand (rand.Text()), keep it in the session or a cookie and compare it in the callback", c.source)})
	case neutral:
		if id, ok := typematch.Unwrap(state).(*ast.Ident); ok {
			if _, isConst := a.pass.TypesInfo.ObjectOf(id).(*types.Const); isConst {
				return // a named constant: fixedState judges its declaration
			}
		}
		s, ok := typematch.StringConst(a.pass.TypesInfo, state)
		if !ok || a.reported[state.Pos()] {
			return
		}
		a.reported[state.Pos()] = true
		a.pass.Report(analysis.Diagnostic{Pos: state.Pos(), End: state.End(), Message: fmt.Sprintf(
			"OAuth state is the fixed string %q, so the callback's state check stops no login CSRF; generate a random state per login with crypto/rand (rand.Text()), keep it in the session or a cookie and compare it in the callback", s)})
	}
}

// statePos is where a guessable state is made: the definition of the
// variable passed, when the function builds it (state :=
// url.QueryEscape(reqURL)), else the argument itself (a query parameter
// passed straight on).
func (a *analyzer) statePos(state ast.Expr, call *ast.CallExpr) ast.Node {
	defs := a.defsBefore(state, call)
	if len(defs) != 1 || defs[0].Expr == nil {
		return state
	}
	if _, read := a.requestRead(defs[0].Expr); read || !sameFunc(a.t.Inspector, defs[0].Expr, state) {
		return state
	}
	return defs[0].Expr
}

// defsBefore returns the definitions of a local variable that come before
// its use in the same function (next := c.Query("next") ... AuthCodeURL(next)
// ... next = "/home"), or nil when state is not such a variable. The
// trace's definitions hold for the whole function; a state is made before
// the call that sends it.
func (a *analyzer) defsBefore(state ast.Expr, use ast.Node) []trace.Def {
	id, ok := typematch.Unwrap(state).(*ast.Ident)
	if !ok {
		return nil
	}
	defs, ok := a.t.Defs(id, nil)
	if !ok {
		return nil
	}
	var before []trace.Def
	for _, d := range defs {
		if d.Frame != nil || d.Expr == nil || !sameFunc(a.t.Inspector, d.Expr, use) {
			return nil
		}
		if d.Expr.Pos() < use.Pos() {
			before = append(before, d)
		}
	}
	return before
}

// pkceOption reports whether an authorization URL call also passes a PKCE
// challenge (oauth2.S256ChallengeOption, SetAuthURLParam("code_challenge")).
func (a *analyzer) pkceOption(call *ast.CallExpr) bool {
	for _, arg := range call.Args[1:] {
		c, ok := typematch.Unwrap(arg).(*ast.CallExpr)
		if !ok {
			continue
		}
		fn := typematch.Callee(a.pass.TypesInfo, c)
		if golib.IsPKCEOption(fn) {
			return true
		}
		if fn != nil && fn.Name() == "SetAuthURLParam" && len(c.Args) >= 1 {
			if k, ok := typematch.StringConst(a.pass.TypesInfo, c.Args[0]); ok && k == "code_challenge" {
				return true
			}
		}
	}
	return false
}

// requestRead reports whether e reads the request (r.Host, r.URL.Path,
// c.Query("next"), r.URL.Query().Get("redirect")), and names it. A
// parameter named for a secret (r.FormValue("commenterToken")) is the
// client's own secret, not something an attacker knows.
func (a *analyzer) requestRead(e ast.Expr) (string, bool) {
	info := a.pass.TypesInfo
	for x := typematch.Unwrap(e); x != nil; {
		switch v := x.(type) {
		case *ast.CallExpr:
			if len(v.Args) > 0 {
				if key, ok := typematch.StringConst(info, v.Args[0]); ok && isSecretName(key) {
					return "", false
				}
			}
			if fn := typematch.Callee(info, v); fn != nil && golib.IsQueryReader(fn) {
				return "the request's " + types.ExprString(e), true
			}
			x = v.Fun
		case *ast.SelectorExpr:
			if golib.IsRequestType(typematch.TypeOf(info, v.X)) {
				return "the request's " + types.ExprString(e), true
			}
			x = v.X
		case *ast.ParenExpr:
			x = v.X
		default:
			return "", false
		}
	}
	return "", false
}
