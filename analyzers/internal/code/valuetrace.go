package code

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// TracerAnalyzer builds a Tracer of the package, for rules that follow a
// value to the expressions that built it across helpers, parameters, struct
// fields and buffers.
var TracerAnalyzer = &analysis.Analyzer{
	Name:       "sessionlinttracer",
	Doc:        "index definitions of variables, fields, parameters and buffers for sessionlint's value-tracing rules",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        runTracer,
	ResultType: reflect.TypeFor[*Tracer](),
}

// A Tracer answers "where did this value come from?" for one package. It
// extends Index with what value-tracing rules need: tuple results
// (k, err := f()), op-assignments (s += x), element writes (b[i] = x),
// calls that receive a variable (rand.Read(b), h.Write(x)), writes to
// struct fields anywhere in the package (including keyed literals and
// struct-tag defaults), and the calls of each function so that a helper's
// parameters map back to its callers' arguments.
type Tracer struct {
	Info      *types.Info
	Inspector *inspector.Inspector
	Fset      *token.FileSet

	defs       map[types.Object][]Def
	elemWrites map[types.Object][]ast.Expr
	argUses    map[types.Object][]*ast.CallExpr
	fieldVals  map[*types.Var][]ast.Expr
	fieldDecls map[*types.Var]*ast.Field
	funcs      map[*types.Func]*ast.FuncDecl
	params     map[*types.Var]paramRef
	callers    map[*types.Func][]*ast.CallExpr
	incs       map[types.Object]bool
}

// A Def is one definition of a value: an expression, and for a tuple
// assignment (a, b := f()) the index of the result taken from it.
type Def struct {
	Expr  ast.Expr
	Index int // result index in a tuple-valued call, 0 otherwise
	Frame *Frame
}

// A Frame records the call through which a helper's body is being read, so
// that its parameters resolve to that call's arguments.
type Frame struct {
	Call   *ast.CallExpr
	Fn     *types.Func
	Parent *Frame
}

// Depth counts the frames.
func (f *Frame) Depth() int {
	n := 0
	for ; f != nil; f = f.Parent {
		n++
	}
	return n
}

type paramRef struct {
	fn    *types.Func
	index int
	varia bool
}

func runTracer(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	t := &Tracer{
		Info:       pass.TypesInfo,
		Inspector:  ins,
		Fset:       pass.Fset,
		defs:       make(map[types.Object][]Def),
		elemWrites: make(map[types.Object][]ast.Expr),
		argUses:    make(map[types.Object][]*ast.CallExpr),
		fieldVals:  make(map[*types.Var][]ast.Expr),
		fieldDecls: make(map[*types.Var]*ast.Field),
		funcs:      make(map[*types.Func]*ast.FuncDecl),
		params:     make(map[*types.Var]paramRef),
		callers:    make(map[*types.Func][]*ast.CallExpr),
		incs:       make(map[types.Object]bool),
	}
	info := pass.TypesInfo
	filter := []ast.Node{
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.FuncDecl)(nil),
		(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.IncDecStmt)(nil),
		(*ast.StructType)(nil),
	}
	ins.Preorder(filter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			switch {
			case len(n.Lhs) == len(n.Rhs):
				for i, lhs := range n.Lhs {
					t.record(lhs, Def{Expr: n.Rhs[i]})
					if n.Tok == token.ADD_ASSIGN || n.Tok == token.SUB_ASSIGN {
						if root, path := SelectorPath(info, lhs); root != nil && len(path) == 0 {
							t.incs[root] = true
						}
					}
				}
			case len(n.Rhs) == 1:
				for i, lhs := range n.Lhs {
					t.record(lhs, Def{Expr: n.Rhs[0], Index: i})
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				switch {
				case len(n.Names) == len(n.Values):
					t.record(name, Def{Expr: n.Values[i]})
				case len(n.Values) == 1:
					t.record(name, Def{Expr: n.Values[0], Index: i})
				}
			}
		case *ast.IncDecStmt:
			if root, path := SelectorPath(info, n.X); root != nil && len(path) == 0 {
				t.incs[root] = true
			}
		case *ast.FuncDecl:
			fn, ok := info.Defs[n.Name].(*types.Func)
			if !ok {
				return
			}
			if n.Body != nil {
				t.funcs[fn] = n
			}
			sig := fn.Type().(*types.Signature)
			for i := range sig.Params().Len() {
				t.params[sig.Params().At(i)] = paramRef{fn: fn, index: i, varia: sig.Variadic() && i == sig.Params().Len()-1}
			}
		case *ast.CallExpr:
			if fn := Callee(info, n); fn != nil {
				t.callers[fn] = append(t.callers[fn], n)
			}
			for _, a := range n.Args {
				if obj := bufferObj(info, a); obj != nil {
					t.argUses[obj] = append(t.argUses[obj], n)
				}
			}
			// h.Write(x), sb.WriteString(x): the receiver receives x.
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
					if obj := bufferObj(info, sel.X); obj != nil {
						t.argUses[obj] = append(t.argUses[obj], n)
					}
				}
			}
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
						t.fieldVals[f] = append(t.fieldVals[f], kv.Value)
					}
				}
			}
		case *ast.StructType:
			for _, f := range n.Fields.List {
				for _, name := range f.Names {
					if v, ok := info.Defs[name].(*types.Var); ok {
						t.fieldDecls[v] = f
					}
				}
			}
		}
	})
	return t, nil
}

// bufferObj returns the variable behind v, &v, v[:] or v[i:j], or nil.
func bufferObj(info *types.Info, e ast.Expr) types.Object {
	e = Unwrap(e)
	if s, ok := e.(*ast.SliceExpr); ok {
		e = Unwrap(s.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			return v
		}
	}
	return nil
}

func (t *Tracer) record(lhs ast.Expr, d Def) {
	lhs = ast.Unparen(lhs)
	if ix, ok := lhs.(*ast.IndexExpr); ok {
		if obj := bufferObj(t.Info, ix.X); obj != nil {
			t.elemWrites[obj] = append(t.elemWrites[obj], d.Expr)
		}
		return
	}
	if sel, ok := lhs.(*ast.SelectorExpr); ok {
		if s, ok := t.Info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			if f, ok := s.Obj().(*types.Var); ok {
				t.fieldVals[f] = append(t.fieldVals[f], d.Expr)
			}
			return
		}
	}
	root, path := SelectorPath(t.Info, lhs)
	if root == nil || len(path) > 0 {
		return
	}
	if id, ok := lhs.(*ast.Ident); ok && id.Name == "_" {
		return
	}
	t.defs[root] = append(t.defs[root], d)
}

// FuncDecl returns the declaration of fn if it is declared in this package.
func (t *Tracer) FuncDecl(fn *types.Func) *ast.FuncDecl { return t.funcs[fn] }

// Callers returns the calls of fn in this package.
func (t *Tracer) Callers(fn *types.Func) []*ast.CallExpr { return t.callers[fn] }

// ElemWrites returns the values written to elements of v (v[i] = x).
func (t *Tracer) ElemWrites(v types.Object) []ast.Expr { return t.elemWrites[v] }

// ArgUses returns the calls that receive v (as v, &v or v[:]) as an
// argument or as the receiver of a method.
func (t *Tracer) ArgUses(v types.Object) []*ast.CallExpr { return t.argUses[v] }

// Incremented reports whether v is incremented somewhere in the package
// (v++, v += n).
func (t *Tracer) Incremented(v types.Object) bool { return t.incs[v] }

// FieldDecl returns the declaration of struct field f, if in this package.
func (t *Tracer) FieldDecl(f *types.Var) *ast.Field { return t.fieldDecls[f] }

// FieldDefault returns the value of a `default:"..."` struct tag on field f
// (envconfig, kong, caarlos0/env use envDefault), with the tag's position.
func (t *Tracer) FieldDefault(f *types.Var) (string, *ast.BasicLit) {
	decl := t.fieldDecls[f]
	if decl == nil || decl.Tag == nil {
		return "", nil
	}
	tag, err := strconv.Unquote(decl.Tag.Value)
	if err != nil {
		return "", nil
	}
	st := reflect.StructTag(tag)
	for _, k := range []string{"default", "envDefault"} {
		if v, ok := st.Lookup(k); ok && v != "" {
			return v, decl.Tag
		}
	}
	return "", nil
}

// Defs returns the definitions of the value e names: a variable's or
// constant's assigned values, a struct field's writes anywhere in the
// package, a parameter's arguments (at fr's call if fr is a call of the
// parameter's function, else at every call in the package), and a call of a
// function declared in this package's returned values (in a new frame). ok
// is false when e is not something the Tracer can follow.
func (t *Tracer) Defs(e ast.Expr, fr *Frame) (defs []Def, ok bool) {
	e = Unwrap(e)
	switch e := e.(type) {
	case *ast.Ident:
		return t.objDefs(t.Info.ObjectOf(e), fr)
	case *ast.SelectorExpr:
		if s, ok := t.Info.Selections[e]; ok {
			if s.Kind() != types.FieldVal {
				return nil, false
			}
			f, _ := s.Obj().(*types.Var)
			vals := t.fieldVals[f]
			if len(vals) == 0 {
				return nil, false
			}
			for _, v := range vals {
				defs = append(defs, Def{Expr: v})
			}
			return defs, true
		}
		return t.objDefs(t.Info.ObjectOf(e.Sel), fr) // pkg.Var
	case *ast.CallExpr:
		fn := Callee(t.Info, e)
		if fn == nil || fr.Depth() > 6 {
			return nil, false
		}
		decl := t.funcs[fn]
		if decl == nil {
			return nil, false
		}
		inner := &Frame{Call: e, Fn: fn, Parent: fr}
		for _, r := range ReturnedResults(decl, 0) {
			defs = append(defs, Def{Expr: r, Frame: inner})
		}
		return defs, len(defs) > 0
	}
	return nil, false
}

// ObjDefs returns the definitions of a variable or constant (see Defs).
func (t *Tracer) ObjDefs(obj types.Object, fr *Frame) ([]Def, bool) { return t.objDefs(obj, fr) }

func (t *Tracer) objDefs(obj types.Object, fr *Frame) ([]Def, bool) {
	if obj == nil {
		return nil, false
	}
	var defs []Def
	for _, d := range t.defs[obj] {
		d.Frame = fr
		defs = append(defs, d)
	}
	if v, ok := obj.(*types.Var); ok {
		if p, ok := t.params[v]; ok && !p.varia {
			var calls []*ast.CallExpr
			var outer *Frame
			if fr != nil && fr.Fn == p.fn {
				calls, outer = []*ast.CallExpr{fr.Call}, fr.Parent
			} else if fr.Depth() < 4 {
				calls = t.callers[p.fn]
			}
			for _, c := range calls {
				if c.Ellipsis.IsValid() {
					continue
				}
				idx := p.index
				if sig := p.fn.Type().(*types.Signature); sig.Recv() != nil && isMethodExpr(t.Info, c) {
					idx++
				}
				if idx < len(c.Args) {
					defs = append(defs, Def{Expr: c.Args[idx], Frame: outer})
				}
			}
		}
	}
	return defs, len(defs) > 0
}

// isMethodExpr reports whether call invokes a method expression T.M(recv, ...).
func isMethodExpr(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := info.Selections[sel]
	return ok && s.Kind() == types.MethodExpr
}

// ReturnedResults lists the result at index i of every return statement of
// decl, not descending into function literals. Bare returns of named results
// yield the result's identifier.
func ReturnedResults(decl *ast.FuncDecl, i int) []ast.Expr {
	return returnsIn(decl.Body, decl.Type, i)
}

// LitResults is ReturnedResults for a function literal.
func LitResults(lit *ast.FuncLit, i int) []ast.Expr { return returnsIn(lit.Body, lit.Type, i) }

func returnsIn(body *ast.BlockStmt, ft *ast.FuncType, i int) []ast.Expr {
	var named []ast.Expr
	if ft.Results != nil {
		for _, f := range ft.Results.List {
			for _, n := range f.Names {
				named = append(named, n)
			}
		}
	}
	var out []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) > i && (len(n.Results) > 1 || i == 0):
				out = append(out, n.Results[i])
			case len(n.Results) == 0 && i < len(named):
				out = append(out, named[i])
			}
		}
		return true
	})
	return out
}

// InGOROOT reports whether the package being analyzed is part of the
// standard library (its files lie under GOROOT), where rules that export
// facts about user helpers have nothing to learn.
func InGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	root := filepath.Clean(build.Default.GOROOT) + string(filepath.Separator)
	return strings.HasPrefix(pass.Fset.File(pass.Files[0].Pos()).Name(), root)
}

// IsTestFile reports whether filename is a Go test file. Rules about values
// (keys, tokens) skip only these: folders named testdata or examples often
// hold demo apps whose code is meant to be copied.
func IsTestFile(filename string) bool { return strings.HasSuffix(filename, "_test.go") }
