package hardcodedsecret

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/code"
)

//go:embed doc.go
var doc string

// Analyzer reports literals used as session or cookie signing and
// encryption keys, CSRF keys and session JWT signing keys.
var Analyzer = &analysis.Analyzer{
	Name:      "hardcodedsecret",
	Doc:       code.MustDoc(doc, "hardcodedsecret"),
	URL:       code.DocURL("hardcodedsecret"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, code.TracerAnalyzer},
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
}

func (*literalFact) AFact() {}

func (f *literalFact) String() string {
	if f.Literal {
		return "literal"
	}
	return "returns params"
}

// A sinkKind names what a key protects, for messages.
type sinkKind string

const (
	kindCookieStore sinkKind = "session store key"
	kindSecureCook  sinkKind = "securecookie key"
	kindCSRF        sinkKind = "CSRF key"
	kindJWT         sinkKind = "JWT signing key"
	kindCookieEnc   sinkKind = "cookie encryption key"
)

var fixOf = map[sinkKind]string{
	kindCookieStore: "anyone with the code can forge sessions",
	kindSecureCook:  "anyone with the code can forge or decrypt its cookies",
	kindCSRF:        "anyone with the code can forge CSRF tokens",
	kindJWT:         "anyone with the code can mint valid tokens",
	kindCookieEnc:   "anyone with the code can read and forge the cookies",
}

// keyFuncs lists library functions whose arguments are keys: the argument
// indexes, -1 for "every variadic argument".
var keyFuncs = []struct {
	pkg, name string
	args      []int
	kind      sinkKind
}{
	{code.PathGorilla, "NewCookieStore", []int{-1}, kindCookieStore},
	{code.PathGorilla, "NewFilesystemStore", []int{-1}, kindCookieStore},
	{"github.com/gorilla/securecookie", "New", []int{0, 1}, kindSecureCook},
	{"github.com/gorilla/securecookie", "CodecsFromPairs", []int{-1}, kindSecureCook},
	{"github.com/gorilla/csrf", "Protect", []int{0}, kindCSRF},
	{code.PathGinSessions + "/...", "NewStore", []int{-1}, kindCookieStore},
	{code.PathGinSessions + "/...", "NewStoreWithDB", []int{-1}, kindCookieStore},
	{code.PathGinSessions + "/...", "NewStoreWithPool", []int{-1}, kindCookieStore},
}

// keyFields lists struct fields (by declaring package) that hold keys.
var keyFields = []struct {
	pkg, field string
	kind       sinkKind
}{
	{"github.com/labstack/echo-jwt/...", "SigningKey", kindJWT},
	{"github.com/labstack/echo/v4/middleware", "SigningKey", kindJWT},
	{"github.com/appleboy/gin-jwt/...", "Key", kindJWT},
	{"github.com/gofiber/contrib/jwt", "Key", kindJWT},
	{"github.com/gofiber/fiber/v2/middleware/encryptcookie", "Key", kindCookieEnc},
	{"github.com/gofiber/fiber/v3/middleware/encryptcookie", "Key", kindCookieEnc},
	{code.PathBeegoWeb, "XSRFKey", kindCSRF},
}

// jwtPaths are the JWT libraries whose signing and key functions are read.
var jwtPaths = []string{"github.com/golang-jwt/jwt/...", "github.com/dgrijalva/jwt-go/..."}

func run(pass *analysis.Pass) (any, error) {
	t := pass.ResultOf[code.TracerAnalyzer].(*code.Tracer)
	c := &checker{pass: pass, t: t, reported: make(map[token.Pos]bool)}
	c.exportFacts()
	if !code.Imports(pass.Pkg, code.PathGorilla, "github.com/gorilla/securecookie", "github.com/gorilla/csrf",
		code.PathGinSessions+"/...", code.PathBeegoWeb, "github.com/labstack/echo-jwt/...",
		"github.com/labstack/echo/v4/middleware", "github.com/appleboy/gin-jwt/...", "github.com/gofiber/contrib/jwt",
		"github.com/gofiber/fiber/v2/middleware/encryptcookie", "github.com/gofiber/fiber/v3/middleware/encryptcookie",
		"github.com/golang-jwt/jwt/...", "github.com/dgrijalva/jwt-go/...") {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var xsrfOn []ast.Node
	xsrfKeySet := false
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		if code.IsTestFile(pass.Fset.File(cur.Node().Pos()).Name()) {
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
			if isBeegoField(f, "XSRFKey") {
				xsrfKeySet = true
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !ok {
					continue
				}
				s, ok := pass.TypesInfo.Selections[sel]
				if !ok || s.Kind() != types.FieldVal {
					continue
				}
				f := s.Obj().(*types.Var)
				if on := c.field(f, n.Rhs[i]); on {
					xsrfOn = append(xsrfOn, n)
				}
				if isBeegoField(f, "XSRFKey") {
					xsrfKeySet = true
				}
			}
		}
	}
	if len(xsrfOn) > 0 && !xsrfKeySet && !beegoConfSetsXSRFKey(pass) {
		for _, n := range xsrfOn {
			pass.Report(analysis.Diagnostic{
				Pos: n.Pos(), End: n.End(),
				Message: `beego XSRF protection is enabled without XSRFKey, so it signs tokens with the built-in key "beegoxsrf" that anyone can look up; set XSRFKey from the environment or a secret manager`,
			})
		}
	}
	return nil, nil
}

type checker struct {
	pass     *analysis.Pass
	t        *code.Tracer
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
	fn := code.Callee(info, call)
	if fn == nil {
		return
	}
	for _, k := range keyFuncs {
		if !code.IsFunc(fn, k.pkg, k.name) {
			continue
		}
		sig := fn.Type().(*types.Signature)
		for _, i := range k.args {
			if i >= 0 {
				if i < len(call.Args) {
					c.check(call.Args[i], k.kind)
				}
				continue
			}
			for j := sig.Params().Len() - 1; j < len(call.Args); j++ {
				c.check(call.Args[j], k.kind)
			}
		}
		return
	}
	// Other gorilla-style stores (boj/redistore, pgstore, mysqlstore...)
	// take their cookie keys as keyPairs ...[]byte.
	if sig := fn.Type().(*types.Signature); sig.Variadic() && fn.Pkg() != c.pass.Pkg {
		last := sig.Params().At(sig.Params().Len() - 1)
		if last.Name() == "keyPairs" {
			for j := sig.Params().Len() - 1; j < len(call.Args); j++ {
				c.check(call.Args[j], kindCookieStore)
			}
			return
		}
	}
	if !isJWT(fn) {
		return
	}
	switch {
	case fn.Name() == "SignedString" && len(call.Args) == 1:
		c.check(call.Args[0], kindJWT)
		return
	case fn.Name() == "Sign" && len(call.Args) == 2:
		c.check(call.Args[1], kindJWT)
		return
	}
	// jwt.Parse(s, keyFunc), ParseWithClaims, (*Parser).Parse...: the value
	// a Keyfunc returns is the verification key.
	sig := fn.Type().(*types.Signature)
	for i, a := range call.Args {
		if i >= sig.Params().Len() || !isJWTNamed(sig.Params().At(i).Type(), "Keyfunc") {
			continue
		}
		for _, r := range c.funcResults(a) {
			c.check(r, kindJWT)
		}
	}
}

func isJWT(fn *types.Func) bool {
	for _, p := range jwtPaths {
		if code.PathMatches(code.FuncPkgPath(fn), p) {
			return true
		}
	}
	return false
}

func isJWTNamed(t types.Type, name string) bool {
	for _, p := range jwtPaths {
		if code.IsNamed(t, p, name) {
			return true
		}
	}
	return false
}

// funcResults returns the first results of a function value: a literal, or
// a function of this package.
func (c *checker) funcResults(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.FuncLit); ok {
		return code.LitResults(lit, 0)
	}
	var obj types.Object
	switch e := e.(type) {
	case *ast.Ident:
		obj = c.pass.TypesInfo.ObjectOf(e)
	case *ast.SelectorExpr:
		obj = c.pass.TypesInfo.ObjectOf(e.Sel)
	}
	if fn, ok := obj.(*types.Func); ok {
		if d := c.t.FuncDecl(fn); d != nil {
			return code.ReturnedResults(d, 0)
		}
	}
	if defs, ok := c.t.Defs(e, nil); ok {
		var out []ast.Expr
		for _, d := range defs {
			if lit, ok := ast.Unparen(d.Expr).(*ast.FuncLit); ok {
				out = append(out, code.LitResults(lit, 0)...)
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
	for _, k := range keyFields {
		if f.Name() == k.field && code.PathMatches(f.Pkg().Path(), k.pkg) {
			c.check(value, k.kind)
			return false
		}
	}
	if isBeegoField(f, "EnableXSRF") {
		v, ok := code.IsLiteralBool(c.pass.TypesInfo, value)
		return ok && v
	}
	return false
}

func isBeegoField(f *types.Var, name string) bool {
	return f.Pkg() != nil && f.Pkg().Path() == code.PathBeegoWeb && f.Name() == name
}

var confXSRFKey = regexp.MustCompile(`(?im)^\s*xsrfkey\s*=\s*\S`)

// beegoConfSetsXSRFKey reports whether a beego conf/app.conf at or above
// the package's directory sets xsrfkey.
func beegoConfSetsXSRFKey(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	dir := filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
	for range 4 {
		if data, err := os.ReadFile(filepath.Join(dir, "conf", "app.conf")); err == nil && confXSRFKey.Match(data) {
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

// check reports e if it is, or falls back to, a literal.
func (c *checker) check(e ast.Expr, kind sinkKind) {
	c.budget = searchBudget
	lit, ok := c.literal(e, nil, 0, make(map[ast.Expr]bool))
	if !ok {
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
		Message: string(kind) + " is a literal in the source, so " + fixOf[kind] +
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
	if code.IsTestFile(c.pass.Fset.File(n.Pos()).Name()) {
		return true
	}
	cur, ok := c.t.Inspector.Root().FindByPos(n.Pos(), n.End())
	return ok && code.InDevelopmentBranch(c.pass.TypesInfo, cur)
}

// literal follows e to a non-empty string or byte literal it is (or may
// fall back to), and returns the node to report.
func (c *checker) literal(e ast.Expr, fr *code.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	info := c.pass.TypesInfo
	e = code.Unwrap(e)
	c.budget--
	if depth > 12 || seen[e] || c.budget < 0 {
		return nil, false
	}
	seen[e] = true
	defer delete(seen, e)
	if s, ok := code.StringConst(info, e); ok {
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
	if _, ok := code.IntConst(info, e); ok {
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

func (c *checker) defsLiteral(e ast.Expr, fr *code.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	defs, _ := c.t.Defs(e, fr)
	return c.objLiteral(e, defs, fr, depth, seen)
}

func (c *checker) objLiteral(e ast.Expr, defs []code.Def, fr *code.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
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
			if fn := code.Callee(info, call); isFlagFunc(fn) && strings.HasSuffix(fn.Name(), "Var") && len(call.Args) >= 3 {
				if n, ok := c.literal(call.Args[2], fr, depth+1, seen); ok {
					return n, true
				}
			}
		}
	}
	return nil, false
}

func (c *checker) compositeLiteral(v *ast.CompositeLit, fr *code.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	t := code.TypeOf(c.pass.TypesInfo, v)
	if t == nil {
		return nil, false
	}
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		if _, isArr := t.Underlying().(*types.Array); !isArr {
			return nil, false
		}
		if len(v.Elts) == 0 {
			return nil, false
		}
		for _, elt := range v.Elts {
			if _, ok := code.IntConst(c.pass.TypesInfo, elt); !ok {
				return nil, false
			}
		}
		if c.ignored(v) {
			return nil, false
		}
		return v, true
	}
	if b, ok := sl.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
		// []byte{0x01, ...}: a literal if every element is a constant.
		if len(v.Elts) == 0 {
			return nil, false
		}
		for _, elt := range v.Elts {
			if _, ok := code.IntConst(c.pass.TypesInfo, elt); !ok {
				return nil, false
			}
		}
		if c.ignored(v) {
			return nil, false
		}
		return v, true
	}
	// [][]byte{k1, k2}: key pairs.
	for _, elt := range v.Elts {
		if n, ok := c.literal(elt, fr, depth+1, seen); ok {
			return n, true
		}
	}
	return nil, false
}

// derivePkgs are packages whose functions turn a literal into another
// literal: conversions, decodings and digests of a constant passphrase.
var derivePkgs = map[string]bool{
	"strings": true, "bytes": true, "fmt": true, "encoding/hex": true, "encoding/base64": true,
	"encoding/base32": true, "crypto/sha256": true, "crypto/sha512": true, "crypto/sha1": true,
	"crypto/md5": true, "golang.org/x/crypto/pbkdf2": true, "crypto/pbkdf2": true,
}

func (c *checker) callLiteral(call *ast.CallExpr, fr *code.Frame, depth int, seen map[ast.Expr]bool) (ast.Node, bool) {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return c.literal(call.Args[0], fr, depth+1, seen) // []byte(s), string(b)
	}
	fn := code.Callee(info, call)
	if fn == nil {
		return nil, false
	}
	switch {
	case code.IsFunc(fn, "cmp", "Or"):
		// cmp.Or(os.Getenv("K"), "dev-secret"): a literal fallback.
		for _, a := range call.Args {
			if n, ok := c.literal(a, fr, depth+1, seen); ok {
				return n, true
			}
		}
		return nil, false
	case isFlagFunc(fn) && !strings.HasSuffix(fn.Name(), "Var") && len(call.Args) >= 2:
		// flag.String("secret", "changeme", ...): a literal default.
		i := 1
		if strings.HasSuffix(fn.Name(), "P") {
			i = 2 // pflag.StringP(name, shorthand, value, usage)
		}
		if i < len(call.Args) {
			return c.literal(call.Args[i], fr, depth+1, seen)
		}
		return nil, false
	case derivePkgs[code.FuncPkgPath(fn)] || code.FuncPkgPath(fn) == "encoding/base64" || code.FuncPkgPath(fn) == "encoding/hex":
		var first ast.Node
		for _, a := range call.Args {
			if _, isInt := code.IntConst(info, a); isInt {
				continue
			}
			if t := code.TypeOf(info, a); t != nil {
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

func isFlagFunc(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	p := code.FuncPkgPath(fn)
	if p != "flag" && p != "github.com/spf13/pflag" {
		return false
	}
	switch strings.TrimSuffix(strings.TrimSuffix(fn.Name(), "Var"), "P") {
	case "String", "BytesHex", "BytesBase64":
		return true
	}
	return strings.HasSuffix(fn.Name(), "VarP") && strings.HasPrefix(fn.Name(), "String")
}

// importedLiteral reads the fact of a variable of another package.
func (c *checker) importedLiteral(e ast.Expr) (ast.Node, bool) {
	var obj types.Object
	switch v := e.(type) {
	case *ast.Ident:
		obj = c.pass.TypesInfo.ObjectOf(v)
	case *ast.SelectorExpr:
		obj = c.pass.TypesInfo.ObjectOf(v.Sel)
	}
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
	if code.InGOROOT(c.pass) {
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
	self := &code.Frame{Call: &ast.CallExpr{}, Fn: fn}
	for _, r := range code.ReturnedResults(decl, 0) {
		c.budget = searchBudget
		if _, ok := c.literal(r, self, 0, make(map[ast.Expr]bool)); ok {
			fact.Literal = true
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
	e = code.Unwrap(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			c.collectParams(call.Args[0], sig, fact, depth+1)
		} else if fn := code.Callee(c.pass.TypesInfo, call); code.IsFunc(fn, "cmp", "Or") {
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
