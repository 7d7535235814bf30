package code

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

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
// it when pattern ends in "/...".
func PathMatches(path, pattern string) bool {
	if prefix, ok := strings.CutSuffix(pattern, "/..."); ok {
		return path == prefix || strings.HasPrefix(path, prefix+"/")
	}
	return path == pattern
}

// Callee returns the function or method a call invokes, including interface
// methods, or nil for calls through function values and conversions.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

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
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
			return kv.Value, true
		}
	}
	return nil, false
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
