// Package web models how a Go web app handles requests: the routes a
// package registers and the handlers behind them, which function serves a
// request around a given node, and whether a handler checks credentials.
package web

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Routes maps the handlers registered in a package to the route path they
// are registered under: mux.HandleFunc("/login", h), r.POST("/login", h),
// app.Post("/login", h), http.Handle("POST /login", http.HandlerFunc(h)),
// including handlers wrapped in middleware calls.
type Routes struct {
	funcs map[*types.Func]string
	lits  map[*ast.FuncLit]string
}

// CollectRoutes scans every call in the package whose first argument is a
// constant route path.
func CollectRoutes(info *types.Info, ins *inspector.Inspector) *Routes {
	rs := &Routes{funcs: make(map[*types.Func]string), lits: make(map[*ast.FuncLit]string)}
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if len(call.Args) < 2 {
			continue
		}
		s, ok := typematch.StringConst(info, call.Args[0])
		if !ok {
			continue
		}
		path, ok := routePath(s)
		if !ok {
			continue
		}
		for _, a := range call.Args[1:] {
			rs.add(info, a, path, 0)
		}
	}
	return rs
}

// routePath returns the path of a route pattern: "/login", "POST /login",
// "GET example.com/login/{id}".
func routePath(s string) (string, bool) {
	if method, rest, ok := strings.Cut(s, " "); ok && method == strings.ToUpper(method) {
		s = strings.TrimSpace(rest)
		if i := strings.Index(s, "/"); i > 0 && !strings.Contains(s[:i], " ") {
			s = s[i:] // host
		}
	}
	if !strings.HasPrefix(s, "/") || strings.ContainsAny(s, " \t\n") {
		return "", false
	}
	return s, true
}

func (rs *Routes) add(info *types.Info, e ast.Expr, path string, depth int) {
	if depth > 3 {
		return
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		rs.lits[e] = path
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		if fn, ok := info.Uses[id].(*types.Func); ok {
			rs.funcs[fn] = path
		}
	case *ast.CallExpr:
		// A conversion (http.HandlerFunc(h)), a middleware wrapper
		// (requireGuest(h)) or a constructor (app.loginHandler()).
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			if len(e.Args) == 1 {
				rs.add(info, e.Args[0], path, depth+1)
			}
			return
		}
		if fn := typematch.Callee(info, e); fn != nil && len(e.Args) == 0 {
			rs.funcs[fn] = path
		}
		for _, a := range e.Args {
			rs.add(info, a, path, depth+1)
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
			// mw.Then(h) style chains: the receiver may wrap the handler too.
			if _, ok := sel.X.(*ast.CallExpr); ok {
				rs.add(info, sel.X, path, depth+1)
			}
		}
	}
}

// FuncRoute returns the route a declared function is registered under.
func (rs *Routes) FuncRoute(fn *types.Func) (string, bool) {
	p, ok := rs.funcs[fn]
	return p, ok
}

// LitRoute returns the route a function literal is registered under.
func (rs *Routes) LitRoute(lit *ast.FuncLit) (string, bool) {
	p, ok := rs.lits[lit]
	return p, ok
}

// A Handler is the function that serves a request: a declared function or
// method, or a function literal that has a handler's parameters or is
// registered on a route.
type Handler struct {
	Cur   inspector.Cursor // the *ast.FuncDecl or *ast.FuncLit
	Names []string         // its name, the variable it is assigned to, or the function returning it
	Route string           // the route it is registered under, or ""
}

// Body returns the handler's body.
func (h Handler) Body() *ast.BlockStmt {
	switch n := h.Cur.Node().(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// EnclosingHandler returns the handler around cur: the nearest enclosing
// declared function, or a closer function literal that looks like a
// handler. The chain of functions from the innermost up to the handler is
// returned too (innermost first).
func EnclosingHandler(info *types.Info, rs *Routes, cur inspector.Cursor) (Handler, []inspector.Cursor, bool) {
	var chain []inspector.Cursor
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		chain = append(chain, fc)
		switch n := fc.Node().(type) {
		case *ast.FuncDecl:
			h := Handler{Cur: fc, Names: []string{n.Name.Name}}
			if fn, ok := info.Defs[n.Name].(*types.Func); ok && rs != nil {
				h.Route, _ = rs.FuncRoute(fn)
			}
			return h, chain, true
		case *ast.FuncLit:
			route := ""
			if rs != nil {
				route, _ = rs.LitRoute(n)
			}
			if route == "" && !hasHandlerParams(info, n.Type) {
				continue
			}
			names, returner := litNames(fc)
			if route == "" && returner != nil && rs != nil {
				if fn, ok := info.Defs[returner.Name].(*types.Func); ok {
					route, _ = rs.FuncRoute(fn)
				}
			}
			return Handler{Cur: fc, Names: names, Route: route}, chain, true
		}
	}
	return Handler{}, chain, false
}

func hasHandlerParams(info *types.Info, ft *ast.FuncType) bool {
	if ft.Params == nil {
		return false
	}
	for _, f := range ft.Params.List {
		if golib.IsRequestType(typematch.TypeOf(info, f.Type)) {
			return true
		}
	}
	return false
}

// litNames names a function literal after the variable or field it is
// assigned to, the key it is stored under, or the declared function that
// returns it (func (h *H) Login() http.HandlerFunc { return func(...) {...} }).
func litNames(lit inspector.Cursor) (names []string, returner *ast.FuncDecl) {
	parent := lit.Parent()
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if r == lit.Node() && i < len(p.Lhs) {
				names = append(names, exprName(p.Lhs[i]))
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == lit.Node() && i < len(p.Names) {
				names = append(names, p.Names[i].Name)
			}
		}
	case *ast.KeyValueExpr:
		names = append(names, exprName(p.Key))
	}
	// Returned (possibly wrapped in a middleware call) from a declared function.
	for c := parent; c.Node() != nil; c = c.Parent() {
		switch c.Node().(type) {
		case *ast.ReturnStmt:
			for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				if fd, ok := fc.Node().(*ast.FuncDecl); ok {
					names = append(names, fd.Name.Name)
					returner = fd
				}
				break
			}
			return names, returner
		case *ast.CallExpr, *ast.ParenExpr, *ast.UnaryExpr:
			continue
		default:
			return names, nil
		}
	}
	return names, nil
}

func exprName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.BasicLit:
		return strings.Trim(e.Value, "\"`")
	}
	return ""
}

// VerifiesCredentials reports whether body checks a user's credentials:
// it calls a password KDF or comparison (bcrypt.CompareHashAndPassword,
// argon2, scrypt, pbkdf2), a function or method named like Authenticate,
// Login, CheckPassword or VerifyCredentials, a Matches/Compare method on a
// password value, an OAuth2 code exchange, or compares a password with ==.
// Function literals inside body are searched too.
func VerifiesCredentials(info *types.Info, body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			found = isCredentialCall(info, n)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				found = names.MentionsPassword(n.X) || names.MentionsPassword(n.Y)
			}
		}
		return !found
	})
	return found
}

// FirstCredentialCheck returns the position of the first credential check
// in body (see VerifiesCredentials), or token.NoPos.
func FirstCredentialCheck(info *types.Info, body ast.Node) token.Pos {
	pos := token.NoPos
	ast.Inspect(body, func(n ast.Node) bool {
		if pos.IsValid() {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if isCredentialCall(info, n) {
				pos = n.Pos()
			}
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && (names.MentionsPassword(n.X) || names.MentionsPassword(n.Y)) {
				pos = n.Pos()
			}
		}
		return !pos.IsValid()
	})
	return pos
}

func isCredentialCall(info *types.Info, call *ast.CallExpr) bool {
	fn := typematch.Callee(info, call)
	if fn == nil {
		return false
	}
	switch golib.CredentialCheckOf(fn) {
	case golib.VerifiesPassword:
		return true
	case golib.ComparesSecrets:
		for _, a := range call.Args {
			if names.MentionsPassword(a) {
				return true
			}
		}
		return false
	}
	w := names.Words(fn.Name())
	if names.HasWord(w, "logout", "signout", "form", "page", "render", "show", "view", "url",
		"redirect", "required", "require", "path", "template", "attempts", "attempt", "rate", "limit", "limiter",
		"get", "current", "fetch", "load", "find", "lookup", "from", "middleware", "handler", "route") {
		return false
	}
	if names.HasWord(w, "authenticate", "login", "signin", "logon", "authorize", "authorise") && !names.HasWord(w, "is", "has") ||
		names.HasWord(w, "sign", "log") && names.HasWord(w, "in") {
		return true
	}
	verbs := []string{"check", "verify", "validate", "compare", "match", "matches", "equal", "equals", "correct", "valid", "test"}
	if names.HasWord(w, names.PasswordWords...) && names.HasWord(w, verbs...) {
		return true
	}
	// user.Password.Matches(plain), hash.Compare(pw)
	if names.HasWord(w, verbs...) {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && names.MentionsPassword(sel.X) {
			return true
		}
	}
	// goth's gothic.CompleteUserAuth, webauthn FinishLogin (above)
	return names.HasWord(w, "auth") && names.HasWord(w, "complete", "finish")
}
