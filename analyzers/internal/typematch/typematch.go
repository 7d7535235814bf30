// Package typematch matches Go syntax against types and objects: which
// function a call invokes, whether a type is a given named type, which
// constant an expression holds, the fields of a struct literal. Rules match
// by resolved objects, never by how a call is spelled; x/tools keeps its own
// equivalents internal, so ours are here.
package typematch

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"strings"
	"sync"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Imports reports whether pkg directly imports any of the given paths. A path
// ending in "/..." also matches every package below it.
func Imports(pkg *types.Package, paths ...string) bool {
	for _, imp := range pkg.Imports() {
		for _, p := range paths {
			if PathMatches(imp.Path(), p) {
				return true
			}
		}
	}
	return false
}

// PathMatches reports whether the import path equals pattern, or lies below
// it when pattern ends in "/...". A pattern may list alternatives separated
// by "|" (one library under two module paths).
func PathMatches(path, pattern string) bool {
	for alt := range strings.SplitSeq(pattern, "|") {
		if prefix, ok := strings.CutSuffix(alt, "/..."); ok {
			if path == prefix || strings.HasPrefix(path, prefix+"/") {
				return true
			}
		} else if path == alt {
			return true
		}
	}
	return false
}

// Below returns a pattern matching every package below each alternative of
// pattern.
func Below(pattern string) string {
	alts := strings.Split(pattern, "|")
	for i, a := range alts {
		alts[i] = a + "/..."
	}
	return strings.Join(alts, "|")
}

// Callee returns the function or method a call invokes, including interface
// methods, or nil for calls through function values and conversions.
//
// A call of a package-level function of an import that could not be loaded
// (a module missing from the checkout's dependencies) has no object: Callee
// then returns a stand-in function of that import path and name, so that
// rules still recognise the call by what it is spelled against.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
		return fn
	}
	return missingImportFunc(info, call.Fun)
}

// missingImportFunc returns a stand-in for pkg.Name when pkg is an import
// whose package is missing, or nil.
func missingImportFunc(info *types.Info, fun ast.Expr) *types.Func {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok || info.Uses[sel.Sel] != nil {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	pn, ok := info.Uses[id].(*types.PkgName)
	if !ok || pn.Imported() == nil || pn.Imported().Scope().Lookup(sel.Sel.Name) != nil {
		return nil
	}
	key := standIn{pn.Imported(), sel.Sel.Name}
	if fn, ok := standIns.Load(key); ok {
		return fn.(*types.Func)
	}
	// Every argument is taken as the variadic tail of an unknown type.
	args := types.NewVar(sel.Sel.Pos(), pn.Imported(), "args", types.NewSlice(types.NewInterfaceType(nil, nil)))
	sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(args), nil, true)
	fn := types.NewFunc(sel.Sel.Pos(), pn.Imported(), sel.Sel.Name, sig)
	actual, _ := standIns.LoadOrStore(key, fn)
	return actual.(*types.Func)
}

type standIn struct {
	pkg  *types.Package
	name string
}

// standIns keeps one stand-in per missing function, so that rules keying
// maps on functions see one object.
var standIns sync.Map

// FuncPkgPath returns the import path of the package that declares fn, or "".
func FuncPkgPath(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// IsFunc reports whether fn is the package-level function pkgPath.name.
// pkgPath may end in "/..." (see PathMatches).
func IsFunc(fn *types.Func, pkgPath string, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || !PathMatches(fn.Pkg().Path(), pkgPath) {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

// IsMethod reports whether fn is a method named one of names whose receiver
// is the named type pkgPath.typeName (or a pointer to it). Interface methods
// count when the interface is that named type.
func IsMethod(fn *types.Func, pkgPath, typeName string, names ...string) bool {
	if fn == nil {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	if !IsNamed(sig.Recv().Type(), pkgPath, typeName) {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

// IsNamed reports whether t, after removing pointers and aliases, is the
// named type pkgPath.name. pkgPath may end in "/...".
func IsNamed(t types.Type, pkgPath, name string) bool {
	n := NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	return n.Obj().Name() == name && PathMatches(n.Obj().Pkg().Path(), pkgPath)
}

// NamedOf returns the named type behind t, looking through pointers and
// aliases, or nil.
func NamedOf(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}

// TypeOf returns the type of expr, or nil.
func TypeOf(info *types.Info, expr ast.Expr) types.Type {
	if tv, ok := info.Types[expr]; ok {
		return tv.Type
	}
	if id, ok := expr.(*ast.Ident); ok {
		if obj := info.ObjectOf(id); obj != nil {
			return obj.Type()
		}
	}
	return nil
}

// StringConst returns the constant string value of expr.
func StringConst(info *types.Info, expr ast.Expr) (string, bool) {
	tv, ok := info.Types[expr]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// ConstPrefix returns the constant start of a string expression: the whole
// constant, the constant left operand of a concatenation, or the format of
// fmt.Sprintf up to its first verb ("cookie:%s" → "cookie:").
func ConstPrefix(info *types.Info, expr ast.Expr) (string, bool) {
	if s, ok := StringConst(info, expr); ok {
		return s, true
	}
	switch e := ast.Unparen(expr).(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return ConstPrefix(info, e.X)
		}
	case *ast.CallExpr:
		if fn := Callee(info, e); IsFunc(fn, "fmt", "Sprintf") && len(e.Args) > 0 {
			if f, ok := StringConst(info, e.Args[0]); ok {
				before, _, _ := strings.Cut(f, "%")
				return before, true
			}
		}
	}
	return "", false
}

// BoolConst returns the constant boolean value of expr.
func BoolConst(info *types.Info, expr ast.Expr) (bool, bool) {
	tv, ok := info.Types[expr]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(tv.Value), true
}

// IntConst returns the constant integer value of expr.
func IntConst(info *types.Info, expr ast.Expr) (int64, bool) {
	tv, ok := info.Types[expr]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v := constant.ToInt(tv.Value)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// IsLiteralBool reports whether expr is spelled as the literal true or false
// (the predeclared constants), as opposed to a computed value such as
// os.Getenv("ENV") == "prod".
func IsLiteralBool(info *types.Info, expr ast.Expr) (value, ok bool) {
	id, isIdent := ast.Unparen(expr).(*ast.Ident)
	if !isIdent {
		return false, false
	}
	if obj, isConst := info.Uses[id].(*types.Const); isConst && obj.Parent() == types.Universe {
		return constant.BoolVal(obj.Val()), true
	}
	return false, false
}

// Field returns the value of the keyed element name in a struct literal.
func Field(lit *ast.CompositeLit, name string) (ast.Expr, bool) {
	for key, kv := range KeyedFields(lit) {
		if key.Name == name {
			return kv.Value, true
		}
	}
	return nil, false
}

// KeyedFields yields the elements of a literal keyed by an identifier (the
// fields of a struct literal), with their keys.
func KeyedFields(lit *ast.CompositeLit) iter.Seq2[*ast.Ident, *ast.KeyValueExpr] {
	return func(yield func(*ast.Ident, *ast.KeyValueExpr) bool) {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok && !yield(id, kv) {
				return
			}
		}
	}
}

// Unwrap strips parentheses, address-of and dereference operators.
func Unwrap(expr ast.Expr) ast.Expr {
	for {
		switch e := expr.(type) {
		case *ast.ParenExpr:
			expr = e.X
		case *ast.UnaryExpr:
			if e.Op.String() != "&" {
				return expr
			}
			expr = e.X
		case *ast.StarExpr:
			expr = e.X
		default:
			return expr
		}
	}
}

// IdentOf returns the identifier an expression names: x itself, or Sel of
// pkg.X and v.F; nil for anything else.
func IdentOf(expr ast.Expr) *ast.Ident {
	switch e := Unwrap(expr).(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	}
	return nil
}

// SelectorPath splits a selector chain such as s.mgr.Cookie.Secure into the
// object at its root (s) and the field names after it ("mgr", "Cookie",
// "Secure"). Calls and index expressions end the chain: root is nil then.
func SelectorPath(info *types.Info, expr ast.Expr) (root types.Object, fields []string) {
	expr = Unwrap(expr)
	for {
		switch e := expr.(type) {
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal {
				fields = append([]string{e.Sel.Name}, fields...)
				expr = Unwrap(e.X)
				continue
			}
			// A package-qualified identifier such as pkg.Var.
			return info.ObjectOf(e.Sel), fields
		case *ast.Ident:
			return info.ObjectOf(e), fields
		default:
			return nil, fields
		}
	}
}

// EnclosingFuncDecl returns the function declaration around cur, or nil.
func EnclosingFuncDecl(cur inspector.Cursor) *ast.FuncDecl {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c.Node().(*ast.FuncDecl)
	}
	return nil
}

// ImportName returns the name under which file imports path ("" if it does
// not, "." for a dot import).
func ImportName(file *ast.File, path string) string {
	for _, spec := range file.Imports {
		if strings.Trim(spec.Path.Value, "\"") != path {
			continue
		}
		if spec.Name != nil {
			if spec.Name.Name == "_" {
				continue
			}
			return spec.Name.Name
		}
		return path[strings.LastIndex(path, "/")+1:]
	}
	return ""
}

// IsZeroConst reports whether expr is nil, false, "" or 0: a value stored to
// drop a key rather than to record something.
func IsZeroConst(info *types.Info, expr ast.Expr) bool {
	if expr == nil {
		return false
	}
	tv, ok := info.Types[expr]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.Bool:
		return !constant.BoolVal(tv.Value)
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Int, constant.Float:
		return constant.Sign(tv.Value) == 0
	}
	return false
}

// FieldWrites yields the struct fields an assignment writes (x.f = v, in
// an assignment with as many values as targets), with the selector and the
// value.
func FieldWrites(info *types.Info, as *ast.AssignStmt) iter.Seq2[*types.Var, FieldWrite] {
	return func(yield func(*types.Var, FieldWrite) bool) {
		if len(as.Lhs) != len(as.Rhs) {
			return
		}
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			s, ok := info.Selections[sel]
			if !ok || s.Kind() != types.FieldVal {
				continue
			}
			if !yield(s.Obj().(*types.Var), FieldWrite{Sel: sel, Value: as.Rhs[i]}) {
				return
			}
		}
	}
}

// A FieldWrite is the target and value of a write to a struct field.
type FieldWrite struct {
	Sel   *ast.SelectorExpr
	Value ast.Expr
}

// ObjectOfName returns the object an identifier or a selector's name
// denotes, or nil.
func ObjectOfName(info *types.Info, e ast.Expr) types.Object {
	switch e := e.(type) {
	case *ast.Ident:
		return info.ObjectOf(e)
	case *ast.SelectorExpr:
		return info.ObjectOf(e.Sel)
	}
	return nil
}
