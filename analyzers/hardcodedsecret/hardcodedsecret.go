package hardcodedsecret

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/flow"
	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Analyzer reports literals used as session or cookie signing and
// encryption keys, CSRF keys and session JWT signing keys.
var Analyzer = &analysis.Analyzer{
	Name:      "hardcodedsecret",
	Doc:       catalog.AnalyzerDoc("hardcodedsecret"),
	URL:       catalog.DocURL("hardcodedsecret"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, trace.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(literalFact)},
}

// A literalFact marks an exported package-level variable, constant-like
// function or helper of another package: the variable holds (or the
// function returns) a literal, or the function returns one of its
// parameters (a getenv-with-default helper).
type literalFact struct {
	Literal bool  // holds or returns a literal (a literal fallback included)
	Params  []int // indexes of parameters returned as is
	// Reported: the literal is a configured secret's default, reported
	// where it is written; uses elsewhere stay silent.
	Reported bool
}

func (*literalFact) AFact() {}

func (f *literalFact) String() string {
	if f.Literal {
		return "literal"
	}
	return "returns params"
}

func run(pass *analysis.Pass) (any, error) {
	t := pass.ResultOf[trace.Analyzer].(*trace.Values)
	c := &checker{pass: pass, t: t, reported: make(map[token.Pos]bool)}
	c.exportFacts()
	if !typematch.Imports(pass.Pkg, golib.SecretLibPaths...) {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var xsrfOn []ast.Node
	xsrfKeySet := false
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		if gomod.IsTestFile(pass.Fset.File(cur.Node().Pos()).Name()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.call(n)
		case *ast.KeyValueExpr:
			id, ok := n.Key.(*ast.Ident)
			if !ok {
				continue
			}
			f, ok := pass.TypesInfo.Uses[id].(*types.Var)
			if !ok || !f.IsField() {
				continue
			}
			if on := c.field(f, n.Value); on {
				xsrfOn = append(xsrfOn, n)
			}
			if isCSRFKeyField(f, golib.CSRFKeyDefault.KeyField) {
				xsrfKeySet = true
			}
		case *ast.AssignStmt:
			for f, w := range typematch.FieldWrites(pass.TypesInfo, n) {
				if on := c.field(f, w.Value); on {
					xsrfOn = append(xsrfOn, n)
				}
				if isCSRFKeyField(f, golib.CSRFKeyDefault.KeyField) {
					xsrfKeySet = true
				}
			}
		}
	}
	if len(xsrfOn) > 0 && !xsrfKeySet && !confSetsCSRFKey(pass) {
		for _, n := range xsrfOn {
			pass.Report(analysis.Diagnostic{
				Pos: n.Pos(), End: n.End(),
				Message: fmt.Sprintf(`beego XSRF protection is enabled without %s, so it signs tokens with the built-in key %q that anyone can look up; set %s from the environment or a secret manager`,
					golib.CSRFKeyDefault.KeyField, golib.CSRFKeyDefault.BuiltIn, golib.CSRFKeyDefault.KeyField),
			})
		}
	}
	return nil, nil
}

type checker struct {
	pass     *analysis.Pass
	t        *trace.Values
	reported map[token.Pos]bool
	obj      types.Object // the variable whose fact is being computed
	// budget bounds the steps of one search for a literal: the search
	// explores every definition along every path, which generated code
	// with long assignment chains would otherwise make exponential.
	budget int
}

// searchBudget is the number of expressions one search may visit.
const searchBudget = 4000

// call checks the key arguments of a library call.
func (c *checker) call(call *ast.CallExpr) {
	info := c.pass.TypesInfo
	fn := typematch.Callee(info, call)
	if fn == nil {
		return
	}
	if k := golib.KeyFuncOf(fn); k != nil {
		sig := fn.Type().(*types.Signature)
		for _, i := range k.Args {
			if i >= 0 {
				if i < len(call.Args) {
					c.check(call.Args[i], k.Kind)
				}
				continue
			}
			for j := sig.Params().Len() - 1; j < len(call.Args); j++ {
				c.check(call.Args[j], k.Kind)
			}
		}
		return
	}
	// Other gorilla-style stores (boj/redistore, pgstore, mysqlstore...)
	// take their cookie keys as keyPairs ...[]byte.
	if sig := fn.Type().(*types.Signature); sig.Variadic() && fn.Pkg() != c.pass.Pkg {
		last := sig.Params().At(sig.Params().Len() - 1)
		if last.Name() == golib.KeyPairsParam {
			for j := sig.Params().Len() - 1; j < len(call.Args); j++ {
				c.check(call.Args[j], golib.KeySessionStore)
			}
			return
		}
	}
	if !golib.IsJWTFunc(fn) {
		return
	}
	if i := golib.JWTKeyArg(fn, len(call.Args)); i >= 0 {
		c.check(call.Args[i], golib.KeyJWT)
		return
	}
	// jwt.Parse(s, keyFunc), ParseWithClaims, (*Parser).Parse...: the value
	// a Keyfunc returns is the verification key.
	sig := fn.Type().(*types.Signature)
	for i, a := range call.Args {
		if i >= sig.Params().Len() || !golib.IsJWTType(sig.Params().At(i).Type(), "Keyfunc") {
			continue
		}
		for _, r := range c.funcResults(a) {
			c.check(r, golib.KeyJWT)
		}
	}
}

// funcResults returns the first results of a function value: a literal, or
// a function of this package.
func (c *checker) funcResults(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.FuncLit); ok {
		return trace.LitResults(lit, 0)
	}
	if fn, ok := typematch.ObjectOfName(c.pass.TypesInfo, e).(*types.Func); ok {
		if d := c.t.FuncDecl(fn); d != nil {
			return trace.ReturnedResults(d, 0)
		}
	}
	if defs, ok := c.t.Defs(e, nil); ok {
		var out []ast.Expr
		for _, d := range defs {
			if lit, ok := ast.Unparen(d.Expr).(*ast.FuncLit); ok {
				out = append(out, trace.LitResults(lit, 0)...)
			}
		}
		return out
	}
	return nil
}

// field checks a write of value to struct field f; it reports whether the
// write turns on beego's XSRF protection.
func (c *checker) field(f *types.Var, value ast.Expr) (xsrfOn bool) {
	if f.Pkg() == nil {
		return false
	}
	if kind, ok := golib.KeyFieldKind(f); ok {
		c.check(value, kind)
		return false
	}
	if isCSRFKeyField(f, golib.CSRFKeyDefault.OnField) {
		v, ok := typematch.IsLiteralBool(c.pass.TypesInfo, value)
		return ok && v
	}
	return false
}

// isCSRFKeyField reports whether f is the named field of the framework
// CSRF defence with a built-in key (golib.CSRFKeyDefault).
func isCSRFKeyField(f *types.Var, name string) bool {
	return f.Pkg() != nil && typematch.PathMatches(f.Pkg().Path(), golib.CSRFKeyDefault.Pkg) && f.Name() == name
}

var confCSRFKey = lazyre.New(`(?im)^\s*` + golib.CSRFKeyDefault.ConfKey + `\s*=\s*\S`)

// confSetsCSRFKey reports whether the framework's config file (beego's
// conf/app.conf) at or above the package's directory sets the CSRF key.
func confSetsCSRFKey(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	dir := filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
	for range 4 {
		if data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(golib.BeegoSessions.ConfFile))); err == nil && confCSRFKey.Match(data) {
			return true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return false
}

// constantElements returns v, a byte slice or array literal, as a literal
// key when it has elements and every one is a constant.
func (c *checker) constantElements(v *ast.CompositeLit) (ast.Node, bool) {
	if len(v.Elts) == 0 {
		return nil, false
	}
	for _, elt := range v.Elts {
		if _, ok := typematch.IntConst(c.pass.TypesInfo, elt); !ok {
			return nil, false
		}
	}
	if c.ignored(v) {
		return nil, false
	}
	return v, true
}

// check reports e if it is, or falls back to, a literal.
func (c *checker) check(e ast.Expr, kind golib.SecretKind) {
	c.budget = searchBudget
	lit, ok := c.literal(e, nil, 0, make(map[ast.Expr]bool))
	if !ok {
		c.configFile(e)
		return
	}
	at := lit
	if !c.inPackage(lit) {
		at = e // a literal in another package: report the use
	}
	if c.reported[at.Pos()] {
		return
	}
	c.reported[at.Pos()] = true
	c.pass.Report(analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(),
		Message: string(kind) + " is a literal in the source, so " + kind.Consequence() +
			"; load it from the environment or a secret manager",
	})
}

func (c *checker) inPackage(n ast.Node) bool {
	for _, f := range c.pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			return true
		}
	}
	return false
}

// ignored reports whether a literal found at n does not count: it sits in a
// test file or in a development-only branch.
func (c *checker) ignored(n ast.Node) bool {
	if !c.inPackage(n) {
		return false
	}
	if gomod.IsTestFile(c.pass.Fset.File(n.Pos()).Name()) {
		return true
	}
	cur, ok := c.t.Inspector.Root().FindByPos(n.Pos(), n.End())
	return ok && flow.InDevelopmentBranch(c.pass.TypesInfo, cur)
}

// literal follows e to a non-empty string or byte literal it is (or may
// fall back to), and returns the node to report.
func (c *checker) literal(e ast.Expr, fr *trace.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	info := c.pass.TypesInfo
	e = typematch.Unwrap(e)
	c.budget--
	if depth > 12 || seen[e] || c.budget < 0 {
		return nil, false
	}
	seen[e] = true
	defer delete(seen, e)
	if s, ok := typematch.StringConst(info, e); ok {
		if strings.TrimSpace(s) == "" {
			return nil, false
		}
		if id, ok := e.(*ast.Ident); ok {
			// A named constant: report its declaration when it is ours.
			if defs, ok := c.t.Defs(id, fr); ok && len(defs) == 1 {
				if n, ok := c.literal(defs[0].Expr, fr, depth+1, seen); ok {
					return n, true
				}
			}
		}
		if sel, ok := e.(*ast.SelectorExpr); ok {
			if defs, ok := c.t.Defs(sel, fr); ok && len(defs) == 1 {
				if n, ok := c.literal(defs[0].Expr, fr, depth+1, seen); ok {
					return n, true
				}
			}
		}
		if c.ignored(e) {
			return nil, false
		}
		return e, true
	}
	if _, ok := typematch.IntConst(info, e); ok {
		return nil, false
	}
	switch v := e.(type) {
	case *ast.BasicLit:
		return nil, false
	case *ast.CompositeLit:
		return c.compositeLiteral(v, fr, depth, seen)
	case *ast.SliceExpr:
		return c.literal(v.X, fr, depth+1, seen)
	case *ast.BinaryExpr:
		if v.Op != token.ADD {
			return nil, false
		}
		// A key built only from literals is a literal.
		nx, okx := c.literal(v.X, fr, depth+1, seen)
		_, oky := c.literal(v.Y, fr, depth+1, seen)
		if okx && oky {
			return nx, true
		}
		return nil, false
	case *ast.CallExpr:
		return c.callLiteral(v, fr, depth, seen)
	case *ast.Ident, *ast.SelectorExpr:
		if n, ok := c.defsLiteral(e, fr, depth, seen); ok {
			return n, true
		}
		return c.importedLiteral(e)
	}
	return nil, false
}

func (c *checker) defsLiteral(e ast.Expr, fr *trace.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	defs, _ := c.t.Defs(e, fr)
	return c.objLiteral(e, defs, fr, depth, seen)
}

func (c *checker) objLiteral(e ast.Expr, defs []trace.Def, fr *trace.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	info := c.pass.TypesInfo
	for _, d := range defs {
		if d.Index > 0 {
			continue // the error of k, err := f()
		}
		if n, ok := c.literal(d.Expr, d.Frame, depth+1, seen); ok {
			return n, true
		}
	}
	// flag.StringVar(&secret, "secret", "changeme", ...) defines secret too.
	var obj types.Object
	switch v := e.(type) {
	case nil:
		obj = c.obj
	case *ast.Ident:
		obj = info.ObjectOf(v)
	case *ast.SelectorExpr:
		if s, ok := info.Selections[v]; ok && s.Kind() == types.FieldVal {
			obj = s.Obj()
			if f, ok := obj.(*types.Var); ok {
				if val, tag := c.t.FieldDefault(f); val != "" && !c.ignored(tag) {
					return tag, true
				}
			}
		} else if !ok {
			obj = info.ObjectOf(v.Sel)
		}
	}
	if obj != nil {
		for _, call := range c.t.ArgUses(obj) {
			if fn := typematch.Callee(info, call); isFlagDef(fn, true) {
				if i, _, _ := golib.FlagDefault(fn); i < len(call.Args) {
					if n, ok := c.literal(call.Args[i], fr, depth+1, seen); ok {
						return n, true
					}
				}
			}
		}
	}
	return nil, false
}

func (c *checker) compositeLiteral(v *ast.CompositeLit, fr *trace.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	t := typematch.TypeOf(c.pass.TypesInfo, v)
	if t == nil {
		return nil, false
	}
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		if _, isArr := t.Underlying().(*types.Array); !isArr {
			return nil, false
		}
		return c.constantElements(v)
	}
	if b, ok := sl.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
		// []byte{0x01, ...}: a literal if every element is a constant.
		return c.constantElements(v)
	}
	// [][]byte{k1, k2}: key pairs.
	for _, elt := range v.Elts {
		if n, ok := c.literal(elt, fr, depth+1, seen); ok {
			return n, true
		}
	}
	return nil, false
}

func (c *checker) callLiteral(call *ast.CallExpr, fr *trace.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return c.literal(call.Args[0], fr, depth+1, seen) // []byte(s), string(b)
	}
	fn := typematch.Callee(info, call)
	if fn == nil {
		return nil, false
	}
	switch {
	case typematch.IsFunc(fn, "cmp", "Or"):
		// cmp.Or(os.Getenv("K"), "dev-secret"): a literal fallback.
		for _, a := range call.Args {
			if n, ok := c.literal(a, fr, depth+1, seen); ok {
				return n, true
			}
		}
		return nil, false
	case isFlagDef(fn, false) && len(call.Args) >= 2:
		// flag.String("secret", "changeme", ...): a literal default.
		if i, _, _ := golib.FlagDefault(fn); i < len(call.Args) {
			return c.literal(call.Args[i], fr, depth+1, seen)
		}
		return nil, false
	case golib.ConfigDefaultArg(fn) >= 0 && golib.ConfigDefaultArg(fn) < len(call.Args):
		// AppConfig.DefaultString("app_key", "changeme"): the default ships.
		return c.literal(call.Args[golib.ConfigDefaultArg(fn)], fr, depth+1, seen)
	case golib.DerivesFromLiteral(fn):
		var first ast.Node
		for _, a := range call.Args {
			if _, isInt := typematch.IntConst(info, a); isInt {
				continue
			}
			if t := typematch.TypeOf(info, a); t != nil {
				if _, isFn := t.Underlying().(*types.Signature); isFn {
					continue // pbkdf2.Key(..., sha256.New)
				}
			}
			n, ok := c.literal(a, fr, depth+1, seen)
			if !ok {
				return nil, false
			}
			if first == nil {
				first = n
			}
		}
		return first, first != nil
	}
	if c.t.FuncDecl(fn) != nil {
		return c.defsLiteral(call, fr, depth, seen)
	}
	// A helper of another package: its fact.
	var fact literalFact
	if c.pass.ImportObjectFact(fn, &fact) {
		if fact.Reported {
			return nil, false // reported at the configuration's default
		}
		if fact.Literal {
			return call, true
		}
		for _, i := range fact.Params {
			if i < len(call.Args) {
				if n, ok := c.literal(call.Args[i], fr, depth+1, seen); ok {
					return n, true
				}
			}
		}
	}
	return nil, false
}

// importedLiteral reads the fact of a variable of another package.
func (c *checker) importedLiteral(e ast.Expr) (ast.Node, bool) {
	obj := typematch.ObjectOfName(c.pass.TypesInfo, e)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == c.pass.Pkg {
		return nil, false
	}
	var fact literalFact
	if c.pass.ImportObjectFact(obj, &fact) && fact.Literal {
		return e, true
	}
	return nil, false
}

// exportFacts marks exported package-level string or byte-slice variables
// that hold a literal and exported functions that return one (or return a
// parameter as is), for packages that import this one.
func (c *checker) exportFacts() {
	if gomod.InGOROOT(c.pass) {
		return
	}
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() || !stringish(obj.Type()) {
			if fn, ok := obj.(*types.Func); ok && obj.Exported() {
				c.exportFuncFact(fn)
			}
			continue
		}
		if v, ok := obj.(*types.Var); ok {
			defs, _ := c.t.ObjDefs(v, nil)
			c.obj = v
			c.budget = searchBudget
			if _, ok := c.objLiteral(nil, defs, nil, 0, make(map[ast.Expr]bool)); ok {
				c.pass.ExportObjectFact(v, &literalFact{Literal: true})
			}
			c.obj = nil
		}
	}
	// Exported methods are not in scope; configuration getters are mostly
	// package functions, which is what is modelled.
}

func (c *checker) exportFuncFact(fn *types.Func) {
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() == 0 || !stringish(sig.Results().At(0).Type()) {
		return
	}
	decl := c.t.FuncDecl(fn)
	if decl == nil {
		return
	}
	fact := &literalFact{}
	// Parameters resolve to nothing in this frame: a getenv(key, def)
	// helper is not itself literal, whatever its callers here pass.
	self := &trace.Frame{Call: &ast.CallExpr{}, Fn: fn}
	for _, r := range trace.ReturnedResults(decl, 0) {
		c.budget = searchBudget
		if lit, ok := c.literal(r, self, 0, make(map[ast.Expr]bool)); ok {
			fact.Literal = true
			if c.reportConfigDefault(fn, r, lit) {
				fact.Reported = true
			}
		}
		c.collectParams(r, sig, fact, 0)
	}
	if fact.Literal || len(fact.Params) > 0 {
		c.pass.ExportObjectFact(fn, fact)
	}
}

// collectParams records parameters of sig that e returns as is (directly
// or through local variables and cmp.Or).
func (c *checker) collectParams(e ast.Expr, sig *types.Signature, fact *literalFact, depth int) {
	if depth > 4 {
		return
	}
	e = typematch.Unwrap(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			c.collectParams(call.Args[0], sig, fact, depth+1)
		} else if fn := typematch.Callee(c.pass.TypesInfo, call); typematch.IsFunc(fn, "cmp", "Or") {
			for _, a := range call.Args {
				c.collectParams(a, sig, fact, depth+1)
			}
		}
		return
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return
	}
	obj := c.pass.TypesInfo.ObjectOf(id)
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == obj {
			for _, p := range fact.Params {
				if p == i {
					return
				}
			}
			fact.Params = append(fact.Params, i)
			return
		}
	}
	if defs, ok := c.t.Defs(id, nil); ok {
		for _, d := range defs {
			if d.Index == 0 {
				c.collectParams(d.Expr, sig, fact, depth+1)
			}
		}
	}
}

func stringish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// isFlagDef reports whether fn defines a string or key flag, storing into a
// variable (flag.StringVar) or returning a pointer (flag.String).
func isFlagDef(fn *types.Func, intoVar bool) bool {
	_, v, ok := golib.FlagDefault(fn)
	return ok && v == intoVar
}

// reportConfigDefault reports a secret read from configuration with a
// literal default, at the default: GetAppKey() returning
// AppConfig.DefaultString("app_key", "mindoc"). Unless the deployment sets
// the key, the default signs the cookies. It reports whether it did.
func (c *checker) reportConfigDefault(fn *types.Func, result ast.Expr, lit ast.Node) bool {
	call, ok := typematch.Unwrap(result).(*ast.CallExpr)
	if !ok {
		return false
	}
	i := golib.ConfigDefaultArg(typematch.Callee(c.pass.TypesInfo, call))
	if i < 1 || i >= len(call.Args) || lit != ast.Node(call.Args[i]) && !contains(call.Args[i], lit) {
		return false
	}
	key, _ := typematch.StringConst(c.pass.TypesInfo, call.Args[0])
	if !names.IsSecretName(key) && !names.IsSecretName(fn.Name()) {
		return false
	}
	if c.reported[lit.Pos()] || gomod.IsTestFile(c.pass.Fset.File(lit.Pos()).Name()) {
		return true
	}
	c.reported[lit.Pos()] = true
	c.pass.Report(analysis.Diagnostic{Pos: lit.Pos(), End: lit.End(),
		Message: fmt.Sprintf("configuration key %q defaults to a literal, so unless every deployment sets it, %s; drop the default and fail at start-up when the key is missing, or load it from a secret manager", key, golib.KeyCookieSign.Consequence())})
	return true
}

func contains(outer ast.Node, inner ast.Node) bool {
	return outer.Pos() <= inner.Pos() && inner.End() <= outer.End()
}
