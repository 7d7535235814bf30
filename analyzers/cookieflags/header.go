package cookieflags

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Cookies written by hand as a Set-Cookie header: w.Header().Set(
// "Set-Cookie", fmt.Sprintf("%s=%s; Path=/; HttpOnly", name, token)), or a
// header map handed to another layer (gRPC metadata.New(map[string]string{
// "Set-Cookie": cookie})). The header's text says which attributes it
// carries; attributes built at run time are not judged.

// writesSetCookie reports whether a package spells the Set-Cookie header
// name, for packages that write headers without net/http (gRPC metadata).
func writesSetCookie(ins *inspector.Inspector) bool {
	for cur := range ins.Root().Preorder((*ast.BasicLit)(nil)) {
		if lit := cur.Node().(*ast.BasicLit); lit.Kind == token.STRING && strings.EqualFold(strings.Trim(lit.Value, "`\""), "Set-Cookie") {
			return true
		}
	}
	return false
}

// isSetCookie reports whether e is the constant header name Set-Cookie.
func (c *checker) isSetCookie(e ast.Expr) bool {
	s, ok := typematch.StringConst(c.info, e)
	return ok && strings.EqualFold(s, "Set-Cookie")
}

// headerCall judges w.Header().Set/Add("Set-Cookie", v).
func (c *checker) headerCall(call *ast.CallExpr) {
	if fn := typematch.Callee(c.info, call); golib.IsHeaderSetter(fn) && len(call.Args) == 2 && c.isSetCookie(call.Args[0]) {
		c.cookieHeader(call.Args[1])
	}
}

// headerMap judges the Set-Cookie entry of a map literal.
func (c *checker) headerMap(lit *ast.CompositeLit) {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && c.isSetCookie(kv.Key) {
			c.cookieHeader(kv.Value)
		}
	}
}

// cookieHeader judges one Set-Cookie value: a constant, a concatenation or
// an fmt.Sprintf, directly or through a variable of the function.
func (c *checker) cookieHeader(v ast.Expr) {
	e := typematch.Unwrap(v)
	if id, ok := e.(*ast.Ident); ok {
		if defs, ok := c.h.Defs(id, nil); ok && len(defs) == 1 && defs[0].Frame == nil && defs[0].Index == 0 {
			e = typematch.Unwrap(defs[0].Expr)
		}
	}
	text, args, ok := c.headerText(e)
	if !ok {
		return
	}
	nameText, rest, ok := strings.Cut(text, "=")
	if !ok {
		return
	}
	var nameExpr, valueExpr ast.Expr
	name := strings.TrimSpace(nameText)
	if name == "\x00" && len(args) > 0 {
		nameExpr, name = args[0], ""
		if s, ok := typematch.StringConst(c.info, nameExpr); ok {
			name = s
		}
		args = args[1:]
	}
	if strings.Contains(name, "\x00") {
		return
	}
	value, attrs, _ := strings.Cut(rest, ";")
	for _, a := range strings.Split(attrs, ";") {
		if strings.HasPrefix(strings.TrimSpace(a), "\x00") {
			return // an attribute decided at run time (Expires=%s is only a value)
		}
	}
	if strings.Contains(value, "\x00") && len(args) > 0 {
		valueExpr = args[0]
	}
	lower := strings.ToLower(attrs)
	if strings.Contains(lower, "max-age=0") || strings.Contains(lower, "max-age=-") || strings.Contains(lower, "1970") {
		return // deleting the cookie
	}
	var session bool
	switch {
	case nameExpr != nil:
		session = c.h.IdentifyCookie(nameExpr, valueExpr, c.scope).Session
	case names.IsNotSessionCookieName(name):
	default:
		// A name spelled in the header's text: it, or else the value.
		session = names.IsSessionName(name) || c.h.IdentifyCookie(nil, valueExpr, c.scope).Session
	}
	if !session {
		return
	}
	var missing, fix []string
	if !strings.Contains(lower, "secure") {
		missing, fix = append(missing, "Secure"), append(fix, "Secure")
	}
	if !strings.Contains(lower, "httponly") {
		missing, fix = append(missing, "HttpOnly"), append(fix, "HttpOnly")
	}
	if !strings.Contains(lower, "samesite=lax") && !strings.Contains(lower, "samesite=strict") {
		missing, fix = append(missing, "SameSite"), append(fix, "SameSite=Lax")
	}
	if len(missing) == 0 {
		return
	}
	subject := "the Set-Cookie header"
	if name != "" {
		subject = fmt.Sprintf("the Set-Cookie header for %q", name)
	}
	c.pass.Report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: message(subject, missing, false, strings.Join(fix, "; ")+" in the header")})
}

// headerText returns a header value's text, with NUL for each part known
// only at run time, and the expressions of those parts in order.
func (c *checker) headerText(e ast.Expr) (string, []ast.Expr, bool) {
	if s, ok := typematch.StringConst(c.info, e); ok {
		return s, nil, true
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", nil, false
		}
		l, la, ok1 := c.headerText(typematch.Unwrap(x.X))
		r, ra, ok2 := c.headerText(typematch.Unwrap(x.Y))
		if !ok1 && !ok2 {
			return "", nil, false
		}
		if !ok1 {
			l, la = "\x00", []ast.Expr{x.X}
		}
		if !ok2 {
			r, ra = "\x00", []ast.Expr{x.Y}
		}
		return l + r, append(la, ra...), true
	case *ast.CallExpr:
		fn := typematch.Callee(c.info, x)
		if !typematch.IsFunc(fn, "fmt", "Sprintf") || len(x.Args) == 0 {
			return "", nil, false
		}
		format, ok := typematch.StringConst(c.info, x.Args[0])
		if !ok {
			return "", nil, false
		}
		var b strings.Builder
		args := x.Args[1:]
		var used []ast.Expr
		for i := 0; i < len(format); i++ {
			if format[i] != '%' || i+1 == len(format) {
				b.WriteByte(format[i])
				continue
			}
			j := i + 1
			for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
				j++
			}
			if j < len(format) && format[j] == '%' {
				b.WriteByte('%')
				i = j
				continue
			}
			b.WriteByte(0)
			if len(used) < len(args) {
				used = append(used, args[len(used)])
			}
			i = j
		}
		return b.String(), used, true
	}
	return "", nil, false
}
