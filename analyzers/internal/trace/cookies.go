package trace

import (
	"go/ast"
	"go/types"

	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// ExprNames lists the identifiers an expression is spelled with, innermost
// last: x.y.Z gives Z, y, x; a call gives the callee's name and the names of
// its receiver expression.
func ExprNames(e ast.Expr) []string {
	var out []string
	for depth := 0; depth < 4 && e != nil; depth++ {
		switch x := typematch.Unwrap(e).(type) {
		case *ast.Ident:
			return append(out, x.Name)
		case *ast.SelectorExpr:
			out = append(out, x.Sel.Name)
			e = x.X
		case *ast.CallExpr:
			for _, a := range x.Args {
				if id, ok := typematch.Unwrap(a).(*ast.Ident); ok {
					out = append(out, id.Name) // url.QueryEscape(token)
				}
			}
			e = x.Fun
		case *ast.IndexExpr:
			e = x.X
		default:
			return out
		}
	}
	return out
}

// A CookieIdent says which cookie a literal or call sets.
type CookieIdent struct {
	Name    string // constant name, "" when unknown
	Session bool   // the name or the value says session or auth material
}

// IdentifyCookie classifies a cookie from the expressions of its name and
// value. A constant name decides when it says session or not-session; an
// unknown or neutral name falls back to the names of the variables,
// fields and functions the name and value come from. fn is the function
// declaration around the cookie: a name or value that is one of its
// parameters is read from the arguments of its callers in the package.
func (v *Values) IdentifyCookie(nameExpr, valueExpr ast.Expr, fn *ast.FuncDecl) CookieIdent {
	var id CookieIdent
	if fn != nil && (names.HasWord(names.Words(fn.Name.Name), "csrf", "xsrf") || csrfReceiver(fn)) {
		return id // a CSRF middleware's cookie
	}
	if nameExpr != nil {
		if p, ok := typematch.ConstPrefix(v.Info, nameExpr); ok && names.HasWord(names.Words(p), "csrf", "xsrf") {
			return id // "CSRF-Token-" + instance
		}
	}
	if nameExpr != nil {
		consts, idents := v.valueNames(nameExpr, fn)
		if len(consts) > 0 {
			id.Name = consts[0]
			for _, c := range consts {
				if names.IsSessionName(c) {
					id.Session, id.Name = true, c
					return id
				}
			}
			// const sessionCookieName = "id": the constant's own name
			// says what its short value does not.
			if obj, ok := v.Info.Uses[typematch.IdentOf(nameExpr)].(*types.Const); ok && names.IsSessionName(obj.Name()) && !isGenericCookieWord(obj.Name()) {
				id.Session = true
				return id
			}
			if allNotSession(consts) {
				return id
			}
		} else {
			for _, n := range idents {
				if names.IsNotSessionCookieName(n) {
					return id
				}
			}
			for _, n := range idents {
				if names.IsSessionName(n) && !isGenericCookieWord(n) {
					id.Session = true
					return id
				}
			}
		}
	}
	if valueExpr != nil {
		consts, idents := v.valueNames(valueExpr, fn)
		if len(consts) > 0 && len(idents) == 0 {
			return id // a constant value is no secret
		}
		for _, n := range idents {
			if names.HasWord(names.Words(n), "csrf", "xsrf") {
				return id
			}
		}
		for _, n := range idents {
			if names.IsSessionValueName(n) {
				id.Session = true
				return id
			}
		}
		if signedIdentity(idents) {
			id.Session = true // mac|expiry|email: a login cookie made by hand
			return id
		}
		if v.encodesIdentity(valueExpr) {
			id.Session = true
		}
	}
	return id
}

// DeletesCookie reports whether a cookie literal clears its cookie: a
// MaxAge below zero, an expiry now or earlier, or an empty value (given
// as "" or, when valueSetLater is false, left out).
func (v *Values) DeletesCookie(lit *ast.CompositeLit, maxAge, expires, value string, valueSetLater bool) bool {
	if e, ok := typematch.Field(lit, maxAge); ok && maxAge != "" {
		if n, ok := v.ConstSeconds(e, 1); ok && n < 0 {
			return true
		}
	}
	if e, ok := typematch.Field(lit, expires); ok && expires != "" && v.IsPastTime(e) {
		return true
	}
	if value == "" {
		return false
	}
	e, ok := typematch.Field(lit, value)
	if !ok {
		return !valueSetLater
	}
	s, ok := typematch.StringConst(v.Info, e)
	return ok && s == ""
}

// signedIdentity reports whether a value's parts are a signature and who
// it is for (fmt.Sprintf("%s|%d|%s", mac, expires, email)): whoever holds
// it is that user.
func signedIdentity(idents []string) bool {
	signed, who := false, false
	for _, n := range idents {
		w := names.Words(n)
		signed = signed || names.HasWord(w, "mac", "hmac", "sig", "signature", "signed")
		who = who || names.HasWord(w, "email", "user", "username", "login", "uid", "userid", "account")
	}
	return signed && who
}

// encodesIdentity reports whether a cookie value is encoded or signed from
// a record that holds who is logged in: Encode("app", map[string]any{"user":
// u.ID, "session": s.ID}).
func (v *Values) encodesIdentity(e ast.Expr) bool {
	for _, o := range v.OriginsViaTuples(e) {
		call, ok := typematch.Unwrap(o).(*ast.CallExpr)
		if !ok {
			continue
		}
		for _, a := range call.Args {
			lit, ok := typematch.Unwrap(a).(*ast.CompositeLit)
			if !ok {
				continue
			}
			for _, elt := range lit.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key, ok := typematch.StringConst(v.Info, kv.Key)
				if !ok {
					if id, isIdent := kv.Key.(*ast.Ident); isIdent {
						key = id.Name // a struct literal's field
					}
				}
				if names.IsAuthIdentityKey(key) || names.IsSessionName(key) && !names.IsNotSessionCookieName(key) {
					return true
				}
			}
		}
	}
	return false
}

func allNotSession(idents []string) bool {
	for _, n := range idents {
		if !names.IsNotSessionCookieName(n) {
			return false
		}
	}
	return true
}

// isGenericCookieWord reports idents such as "cookie" or "name" that say
// nothing about the cookie.
func isGenericCookieWord(n string) bool {
	w := names.Words(n)
	return len(w) == 1 && (w[0] == "cookie" || w[0] == "name")
}

// valueNames follows e to its origins and returns the constant strings found
// and the idents of the non-constant expressions (the expression's own idents
// included). Parameters of fn are followed to the arguments of its callers.
func (v *Values) valueNames(e ast.Expr, fn *ast.FuncDecl) (consts, idents []string) {
	var visit func(e ast.Expr, depth int)
	visit = func(e ast.Expr, depth int) {
		if s, ok := typematch.StringConst(v.Info, e); ok {
			consts = append(consts, s)
			return
		}
		idents = append(idents, ExprNames(e)...)
		for _, o := range v.Origins(e) {
			if o == typematch.Unwrap(e) {
				continue
			}
			if s, ok := typematch.StringConst(v.Info, o); ok {
				consts = append(consts, s)
				continue
			}
			idents = append(idents, ExprNames(o)...)
		}
		if depth > 0 || fn == nil {
			return
		}
		// A parameter: read the arguments of the callers.
		for _, o := range append([]ast.Expr{typematch.Unwrap(e)}, v.Origins(e)...) {
			id, ok := o.(*ast.Ident)
			if !ok {
				continue
			}
			idx := paramIndex(v.Info, fn, v.Info.ObjectOf(id))
			if idx < 0 {
				continue
			}
			fobj, _ := v.Info.Defs[fn.Name].(*types.Func)
			for _, call := range v.callers[fobj] {
				if idx < len(call.Args) {
					visit(call.Args[idx], depth+1)
				}
			}
		}
	}
	visit(e, 0)
	return consts, idents
}

func paramIndex(info *types.Info, fn *ast.FuncDecl, obj types.Object) int {
	if obj == nil || fn.Type.Params == nil {
		return -1
	}
	i := 0
	for _, field := range fn.Type.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, n := range field.Names {
			if info.Defs[n] == obj {
				return i
			}
			i++
		}
	}
	return -1
}

// csrfReceiver reports whether fn is a method of a type named for CSRF
// (func (m *csrfManager) ServeHTTP).
func csrfReceiver(fn *ast.FuncDecl) bool {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return false
	}
	t := fn.Recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	if ix, ok := t.(*ast.IndexExpr); ok {
		t = ix.X
	}
	id, ok := t.(*ast.Ident)
	return ok && names.HasWord(names.Words(id.Name), "csrf", "xsrf")
}
