package cookieflags

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Cookies set through the app's own helper in another package:
// ctx.AddCookie(name, value, expires) builds the http.Cookie from its
// parameters, so which cookie it sets is known only at its callers. The
// helper's package records what the cookie lacks (a cookieSetter fact);
// a caller that passes a session or auth cookie's name or value is
// reported at the call.

// A cookieSetter marks an exported function that sets a cookie named by
// one of its parameters, and what that cookie lacks.
type cookieSetter struct {
	NameArg  int // parameter giving the cookie's name
	ValueArg int // parameter giving its value, or -1
	Missing  []string
	NoneNote bool
	Fix      string
}

func (*cookieSetter) AFact() {}

func (f *cookieSetter) String() string {
	return fmt.Sprintf("cookieSetter(%d, %v)", f.NameArg, f.Missing)
}

// exportSetter records a cookie literal of an exported function whose name
// is one of the function's parameters, when the literal lacks attributes:
// the callers in other packages say which cookie it is.
func (c *checker) exportSetter(cur inspector.Cursor, lit *ast.CompositeLit, holders []types.Object, s *golib.OptionType, nameExpr, valueExpr ast.Expr) {
	fd := typematch.EnclosingFuncDecl(cur)
	if fd == nil {
		return
	}
	fn, ok := c.info.Defs[fd.Name].(*types.Func)
	if !ok || !fn.Exported() {
		return
	}
	nameArg := c.paramIndex(fn, nameExpr)
	if nameArg < 0 {
		return
	}
	v := c.judge(lit, holders, s)
	if v.deleted || len(v.missing) == 0 {
		return
	}
	c.pass.ExportObjectFact(fn, &cookieSetter{NameArg: nameArg, ValueArg: c.paramIndex(fn, valueExpr),
		Missing: v.missing, NoneNote: v.noneNote, Fix: fixPhrase(s, v.missing)})
}

// importsSetter reports whether a package this one depends on has a
// cookie helper.
func importsSetter(pass *analysis.Pass) bool {
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*cookieSetter); ok {
			return true
		}
	}
	return false
}

// paramIndex returns the index of the parameter of fn that e is, or -1.
func (c *checker) paramIndex(fn *types.Func, e ast.Expr) int {
	id, ok := typematch.Unwrap(e).(*ast.Ident)
	if !ok {
		return -1
	}
	obj := c.info.Uses[id]
	params := fn.Type().(*types.Signature).Params()
	for i := range params.Len() {
		if params.At(i) == obj {
			return i
		}
	}
	return -1
}

// setterCall reports a call of another package's cookie helper that sets a
// session or auth cookie.
func (c *checker) setterCall(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return false
	}
	var f cookieSetter
	if !c.pass.ImportObjectFact(fn, &f) || f.NameArg >= len(call.Args) {
		return false
	}
	var valueExpr ast.Expr
	if f.ValueArg >= 0 && f.ValueArg < len(call.Args) {
		valueExpr = call.Args[f.ValueArg]
	}
	id := c.h.IdentifyCookie(call.Args[f.NameArg], valueExpr, typematch.EnclosingFuncDecl(cur))
	if !id.Session {
		return true
	}
	subject := "session cookie"
	if id.Name != "" {
		subject = fmt.Sprintf("session cookie %q", id.Name)
	}
	subject += " (set by " + fn.Name() + ")"
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: message(subject, f.Missing, f.NoneNote, f.Fix+" in "+fn.Name())})
	return true
}
