package logout

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/analyzers/internal/web"
)

// A cookieLit is a cookie literal (http.Cookie, fiber's Cookie) of the
// package with a constant name.
type cookieLit struct {
	lit   *ast.CompositeLit
	ct    *golib.OptionType
	name  string
	value ast.Expr
	cur   inspector.Cursor
}

// checkRecords reports hand-rolled sessions whose logout only expires the
// cookie: the login writes a cookie carrying the ID of a session record the
// app keeps itself (CreateSession, NewSession, db.Sessions.Insert), and the
// logout handler deletes that cookie without deleting or expiring the
// record, so a copy of the cookie taken before the logout keeps working.
func checkRecords(pass *analysis.Pass, ins *inspector.Inspector, ix *trace.Values) {
	info := pass.TypesInfo
	var lits []cookieLit
	for cur := range ins.Root().Preorder((*ast.CompositeLit)(nil)) {
		lit := cur.Node().(*ast.CompositeLit)
		ct := golib.OptionTypeOf(typematch.TypeOf(info, lit))
		if !ct.IsCookie() {
			continue
		}
		n, ok := typematch.Field(lit, ct.Name)
		if !ok {
			continue
		}
		name, ok := typematch.StringConst(info, n)
		if !ok {
			continue
		}
		v, _ := typematch.Field(lit, ct.Value)
		lits = append(lits, cookieLit{lit, ct, name, v, cur})
	}
	// Cookies that carry a session record's ID, and what made the record.
	records := map[string]string{}
	for _, c := range lits {
		if c.value == nil || deletes(info, ix, c) {
			continue
		}
		if made := recordMaker(info, ix, c.value, 0); made != "" {
			records[c.name] = made
		}
	}
	if len(records) == 0 {
		return
	}
	routes := web.CollectRoutes(info, ins)
	for _, c := range lits {
		made, ok := records[c.name]
		if !ok || !deletes(info, ix, c) {
			continue
		}
		h, _, ok := web.EnclosingHandler(info, routes, c.cur)
		if !ok || !isLogout(h) || endsRecord(info, ix, h.Body(), 0) {
			continue
		}
		pass.Report(analysis.Diagnostic{Pos: c.lit.Pos(), End: c.lit.End(), Message: fmt.Sprintf(
			"logout only expires the %q cookie and leaves the session record the login made (%s) valid on the server, so a copy of the cookie still works; delete or expire that record in the logout handler",
			c.name, made)})
	}
}

// deletes reports whether a cookie literal deletes its cookie: a negative
// MaxAge, an Expires in the past, or an empty value.
func deletes(info *types.Info, ix *trace.Values, c cookieLit) bool {
	if v, ok := typematch.Field(c.lit, c.ct.MaxAge); ok {
		if n, ok := ix.ConstSeconds(v, 1); ok && n < 0 {
			return true
		}
	}
	if v, ok := typematch.Field(c.lit, c.ct.Expires); ok && ix.IsPastTime(v) {
		return true
	}
	if c.value == nil {
		return true
	}
	s, ok := typematch.StringConst(info, c.value)
	return ok && s == ""
}

// recordMaker returns the name of the call that made the session record a
// cookie value carries (CreateSession), following the value through
// variables, encodings and fields, or "".
func recordMaker(info *types.Info, ix *trace.Values, e ast.Expr, depth int) string {
	if depth > 5 {
		return ""
	}
	e = typematch.Unwrap(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		if fn := typematch.Callee(info, x); fn != nil && makesRecord(fn) {
			return fn.Name()
		}
		for _, a := range x.Args {
			if m := recordMaker(info, ix, a, depth+1); m != "" {
				return m
			}
		}
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if m := recordMaker(info, ix, elt, depth+1); m != "" {
				return m
			}
		}
	case *ast.SelectorExpr:
		if m := recordMaker(info, ix, x.X, depth+1); m != "" {
			return m
		}
	}
	for _, o := range ix.OriginsViaTuples(e) {
		if o = typematch.Unwrap(o); o != e {
			if m := recordMaker(info, ix, o, depth+1); m != "" {
				return m
			}
		}
	}
	return ""
}

// makesRecord reports an app function that creates a session record:
// CreateSession, NewSession, InsertSession, StartSession (not a library's,
// whose sessions the other rules model).
func makesRecord(fn *types.Func) bool {
	if fn.Pkg() == nil || golib.InSessionLib(fn) {
		return false
	}
	w := names.Words(fn.Name())
	return names.HasWord(w, "session", "sessions") && names.HasWord(w, "create", "new", "insert", "add", "start", "save", "issue", "open")
}

// endsRecord reports whether body, or a function of the package it calls,
// calls something that deletes or expires a session record.
func endsRecord(info *types.Info, ix *trace.Values, body ast.Node, depth int) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		fn := typematch.Callee(info, call)
		if fn == nil {
			return true
		}
		w := names.Words(fn.Name())
		if names.HasWord(w, "delete", "remove", "destroy", "expire", "revoke", "invalidate", "end", "kill", "logout", "clear", "terminate", "close") &&
			(names.HasWord(w, "session", "sessions", "token", "tokens", "login", "logins") || len(w) == 1) {
			found = true
			return false
		}
		if d := ix.FuncDecl(fn); d != nil && depth < 2 && endsRecord(info, ix, d.Body, depth+1) {
			found = true
			return false
		}
		return true
	})
	return found
}
