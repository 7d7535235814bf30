package code

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// IndexAnalyzer builds an Index of the package, shared by every rule that
// follows values back to where they were built.
var IndexAnalyzer = &analysis.Analyzer{
	Name:       "sessionlintindex",
	Doc:        "index assignments, field writes and function declarations for sessionlint's rules",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        runIndex,
	ResultType: reflect.TypeFor[*Index](),
}

// An Index records, for one package, the values assigned to each variable,
// the writes to fields below each variable, and each function's declaration.
type Index struct {
	Info        *types.Info
	Inspector   *inspector.Inspector
	assigns     map[types.Object][]ast.Expr
	fieldWrites map[types.Object][]FieldWrite
	funcs       map[*types.Func]*ast.FuncDecl
}

// A FieldWrite is an assignment to a field reached from a variable, such as
// sm.Cookie.Secure = false (Path = [Cookie Secure]).
type FieldWrite struct {
	Path  []string
	Value ast.Expr
	Pos   token.Pos
}

func runIndex(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ix := &Index{
		Info:        pass.TypesInfo,
		Inspector:   ins,
		assigns:     make(map[types.Object][]ast.Expr),
		fieldWrites: make(map[types.Object][]FieldWrite),
		funcs:       make(map[*types.Func]*ast.FuncDecl),
	}
	filter := []ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.FuncDecl)(nil)}
	ins.Preorder(filter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return // v, err := f(): values are not separable
			}
			for i, lhs := range n.Lhs {
				ix.record(lhs, n.Rhs[i])
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if i < len(n.Values) && len(n.Names) == len(n.Values) {
					ix.record(name, n.Values[i])
				}
			}
		case *ast.FuncDecl:
			if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				ix.funcs[fn] = n
			}
		}
	})
	return ix, nil
}

func (ix *Index) record(lhs, rhs ast.Expr) {
	root, path := SelectorPath(ix.Info, lhs)
	if root == nil {
		return
	}
	if len(path) == 0 {
		ix.assigns[root] = append(ix.assigns[root], rhs)
		return
	}
	ix.fieldWrites[root] = append(ix.fieldWrites[root], FieldWrite{Path: path, Value: rhs, Pos: lhs.Pos()})
}

// Assigned returns every value assigned to obj in this package, in source
// order (including its declaration's initialiser).
func (ix *Index) Assigned(obj types.Object) []ast.Expr { return ix.assigns[obj] }

// FieldWrites returns the writes to fields below root whose path starts with
// prefix, such as every write below sm.Cookie for prefix [Cookie].
func (ix *Index) FieldWrites(root types.Object, prefix ...string) []FieldWrite {
	var out []FieldWrite
	for _, w := range ix.fieldWrites[root] {
		if len(w.Path) >= len(prefix) && slices.Equal(w.Path[:len(prefix)], prefix) {
			out = append(out, w)
		}
	}
	return out
}

// FuncDecl returns the declaration of fn if it is declared in this package.
func (ix *Index) FuncDecl(fn *types.Func) *ast.FuncDecl { return ix.funcs[fn] }

// Origins follows expr back to the expressions that built it: a variable to
// the values assigned to it, a call of a function of this package to the
// values it returns. Anything else is its own origin. Depth is bounded, and
// an expression that cannot be followed further is returned as is.
func (ix *Index) Origins(expr ast.Expr) []ast.Expr {
	var out []ast.Expr
	seen := make(map[ast.Expr]bool)
	var walk func(e ast.Expr, depth int)
	walk = func(e ast.Expr, depth int) {
		e = Unwrap(e)
		if seen[e] {
			return
		}
		seen[e] = true
		if depth < 6 {
			switch e := e.(type) {
			case *ast.Ident:
				if obj, ok := ix.Info.ObjectOf(e).(*types.Var); ok {
					if vals := ix.assigns[obj]; len(vals) > 0 {
						for _, v := range vals {
							walk(v, depth+1)
						}
						return
					}
				}
			case *ast.CallExpr:
				if fn := Callee(ix.Info, e); fn != nil {
					if decl := ix.funcs[fn]; decl != nil {
						if rets := returnedValues(decl); len(rets) > 0 {
							for _, r := range rets {
								walk(r, depth+1)
							}
							return
						}
					}
				}
			}
		}
		out = append(out, e)
	}
	walk(expr, 0)
	return out
}

// returnedValues lists the first result of every return statement of decl,
// not descending into function literals.
func returnedValues(decl *ast.FuncDecl) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				out = append(out, n.Results[0])
			}
		}
		return true
	})
	return out
}
