// Package trace is sessionlint's one value tracer for Go: it answers
// "where did this value come from?" and "where does this value go?" for one
// package, across assignments, tuple results, struct fields (keyed literals,
// writes and struct-tag defaults), buffers filled by calls, helper
// functions and their parameters, and package-level variables.
//
// Every analyzer that follows values requires Analyzer and reads its
// *Values. The indices are built once per package, in one walk; the
// holders of values, which only the cookie-attribute rules ask for, are
// derived on first use.
package trace

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Analyzer builds the Values of a package.
var Analyzer = &analysis.Analyzer{
	Name:       "sessionlinttrace",
	Doc:        "index definitions of variables, fields, parameters and buffers for sessionlint's value-tracing rules",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Values](),
}

// Values indexes one package's definitions and uses of values.
type Values struct {
	Info      *types.Info
	Inspector *inspector.Inspector
	Fset      *token.FileSet

	defs        map[types.Object][]Def           // a variable's or constant's definitions
	fieldWrites map[types.Object][]FieldWrite    // writes to fields below a root variable
	fieldVals   map[*types.Var][]ast.Expr        // values written to a struct field anywhere
	fieldDecls  map[*types.Var]*ast.Field        // declarations of struct fields
	elemWrites  map[types.Object][]ast.Expr      // v[i] = x
	argUses     map[types.Object][]*ast.CallExpr // calls receiving v, &v or v[:]
	funcs       map[*types.Func]*ast.FuncDecl
	params      map[*types.Var]Param
	recvs       map[*types.Var]*types.Func // method receivers
	callers     map[*types.Func][]*ast.CallExpr
	incs        map[types.Object]bool
	tuples      map[types.Object][]tupleDef // v, err := f(): v (a variable or field) → f()

	heldWrites map[types.Object][]HeldWrite // field writes by the holder of each prefix
	allWrites  []HeldWrite
	holds      []hold // place ← value, resolved into held on first use

	heldOnce sync.Once
	held     map[ast.Expr][]types.Object

	// Test code does not flow into production code: while indexing a
	// _test.go file, inTest is set and writes to places declared outside
	// test files (a production field, a package variable, a production
	// function's parameters) are not recorded.
	inTest    bool
	testFiles map[*token.File]bool
}

// A Def is one definition of a value: an expression, and for a tuple
// assignment (a, b := f()) the index of the result taken from it.
type Def struct {
	Expr  ast.Expr
	Index int // result index in a tuple-valued call, 0 otherwise
	Frame *Frame
	tuple bool // from an assignment of one tuple-valued expression
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

// A Param locates a parameter of a declared function.
type Param struct {
	Fn       *types.Func
	Index    int
	Variadic bool // the final ...T parameter
}

// A FieldWrite is an assignment to a field reached from a variable, such as
// sm.Cookie.Secure = false (Path = [Cookie Secure]).
type FieldWrite struct {
	Path  []string
	Value ast.Expr
	Pos   token.Pos
}

// A HeldWrite is an assignment to a field below some holder, such as
// store.Options.HttpOnly = true: Holder is the object the prefix names (the
// variable store, or for app.store the field store), Prefix the expression
// before Path.
type HeldWrite struct {
	Holder types.Object
	Prefix ast.Expr
	Path   []string
	Value  ast.Expr
	Cursor inspector.Cursor // the assignment
}

type tupleDef struct {
	value ast.Expr
	ident bool // the first variable was a plain identifier
}

type hold struct {
	place types.Object
	value ast.Expr
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	return Index(pass.TypesInfo, ins, pass.Fset), nil
}

// Index builds the Values of the package behind info and ins.
func Index(info *types.Info, ins *inspector.Inspector, fset *token.FileSet) *Values {
	v := &Values{
		Info:        info,
		Inspector:   ins,
		Fset:        fset,
		defs:        make(map[types.Object][]Def),
		fieldWrites: make(map[types.Object][]FieldWrite),
		fieldVals:   make(map[*types.Var][]ast.Expr),
		fieldDecls:  make(map[*types.Var]*ast.Field),
		elemWrites:  make(map[types.Object][]ast.Expr),
		argUses:     make(map[types.Object][]*ast.CallExpr),
		funcs:       make(map[*types.Func]*ast.FuncDecl),
		params:      make(map[*types.Var]Param),
		recvs:       make(map[*types.Var]*types.Func),
		callers:     make(map[*types.Func][]*ast.CallExpr),
		incs:        make(map[types.Object]bool),
		tuples:      make(map[types.Object][]tupleDef),
		heldWrites:  make(map[types.Object][]HeldWrite),
		testFiles:   make(map[*token.File]bool),
	}
	for cur := range ins.Root().Preorder(
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.FuncDecl)(nil),
		(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.IncDecStmt)(nil),
		(*ast.StructType)(nil)) {
		v.inTest = v.isTest(cur.Node().Pos())
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			v.assignStmt(cur, n)
		case *ast.ValueSpec:
			for i, name := range n.Names {
				switch {
				case len(n.Names) == len(n.Values):
					v.record(name, Def{Expr: n.Values[i]})
					v.hold(name, n.Values[i])
				case len(n.Values) == 1:
					v.record(name, Def{Expr: n.Values[0], Index: i, tuple: true})
					if i == 0 {
						v.hold(name, n.Values[0])
					}
				}
			}
		case *ast.IncDecStmt:
			if root, path := typematch.SelectorPath(info, n.X); root != nil && len(path) == 0 {
				v.incs[root] = true
			}
		case *ast.FuncDecl:
			fn, ok := info.Defs[n.Name].(*types.Func)
			if !ok {
				continue
			}
			if n.Body != nil {
				v.funcs[fn] = n
			}
			sig := fn.Type().(*types.Signature)
			if r := sig.Recv(); r != nil {
				v.recvs[r] = fn
			}
			for i := range sig.Params().Len() {
				v.params[sig.Params().At(i)] = Param{Fn: fn, Index: i, Variadic: sig.Variadic() && i == sig.Params().Len()-1}
			}
		case *ast.CallExpr:
			v.call(n)
		case *ast.CompositeLit:
			for id, kv := range typematch.KeyedFields(n) {
				if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() && !v.foreign(f) {
					v.fieldVals[f] = append(v.fieldVals[f], kv.Value)
					v.holds = append(v.holds, hold{f, kv.Value})
				}
			}
		case *ast.StructType:
			for _, f := range n.Fields.List {
				for _, name := range f.Names {
					if fv, ok := info.Defs[name].(*types.Var); ok {
						v.fieldDecls[fv] = f
					}
				}
			}
		}
	}
	v.inTest = false
	return v
}

// isTest reports whether pos lies in a _test.go file.
func (v *Values) isTest(pos token.Pos) bool {
	f := v.Fset.File(pos)
	if f == nil {
		return false
	}
	t, ok := v.testFiles[f]
	if !ok {
		t = strings.HasSuffix(f.Name(), "_test.go")
		v.testFiles[f] = t
	}
	return t
}

// foreign reports whether obj, written from the test file being indexed,
// is declared in production code: such a write is not recorded.
func (v *Values) foreign(obj types.Object) bool {
	return v.inTest && obj != nil && !v.isTest(obj.Pos())
}

func (v *Values) assignStmt(cur inspector.Cursor, n *ast.AssignStmt) {
	switch {
	case len(n.Lhs) == len(n.Rhs):
		for i, lhs := range n.Lhs {
			v.record(lhs, Def{Expr: n.Rhs[i]})
			if n.Tok == token.ADD_ASSIGN || n.Tok == token.SUB_ASSIGN {
				if root, path := typematch.SelectorPath(v.Info, lhs); root != nil && len(path) == 0 {
					v.incs[root] = true
				}
			}
			v.heldAssign(cur, lhs, n.Rhs[i])
		}
	case len(n.Rhs) == 1:
		for i, lhs := range n.Lhs {
			v.record(lhs, Def{Expr: n.Rhs[0], Index: i, tuple: true})
		}
		v.heldAssign(cur, n.Lhs[0], n.Rhs[0])
		if k := HolderKey(v.Info, n.Lhs[0]); k != nil {
			_, isIdent := n.Lhs[0].(*ast.Ident)
			v.tuples[k] = append(v.tuples[k], tupleDef{n.Rhs[0], isIdent})
		}
	}
}

func (v *Values) call(n *ast.CallExpr) {
	info := v.Info
	if fn := typematch.Callee(info, n); fn != nil && !v.foreign(fn) {
		v.callers[fn] = append(v.callers[fn], n)
	}
	for _, a := range n.Args {
		if obj := bufferObj(info, a); obj != nil {
			v.argUses[obj] = append(v.argUses[obj], n)
		}
	}
	// h.Write(x), sb.WriteString(x): the receiver receives x.
	if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			if obj := bufferObj(info, sel.X); obj != nil {
				v.argUses[obj] = append(v.argUses[obj], n)
			}
		}
	}
}

// bufferObj returns the variable behind v, &v, v[:] or v[i:j], or nil.
func bufferObj(info *types.Info, e ast.Expr) types.Object {
	e = typematch.Unwrap(e)
	if s, ok := e.(*ast.SliceExpr); ok {
		e = typematch.Unwrap(s.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := info.ObjectOf(id).(*types.Var); ok {
			return v
		}
	}
	return nil
}

// record files one definition under what lhs names: an element write, a
// struct field, or a variable (with writes below it filed by path).
func (v *Values) record(lhs ast.Expr, d Def) {
	lhs = ast.Unparen(lhs)
	if ix, ok := lhs.(*ast.IndexExpr); ok {
		if obj := bufferObj(v.Info, ix.X); obj != nil {
			v.elemWrites[obj] = append(v.elemWrites[obj], d.Expr)
		}
		return
	}
	root, path := typematch.SelectorPath(v.Info, lhs)
	if v.foreign(root) {
		return
	}
	if root != nil && len(path) > 0 && !d.tuple {
		v.fieldWrites[root] = append(v.fieldWrites[root], FieldWrite{Path: path, Value: d.Expr, Pos: lhs.Pos()})
	}
	if sel, ok := lhs.(*ast.SelectorExpr); ok {
		if s, ok := v.Info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			if f, ok := s.Obj().(*types.Var); ok && !v.foreign(f) {
				v.fieldVals[f] = append(v.fieldVals[f], d.Expr)
			}
			return
		}
	}
	if root == nil || len(path) > 0 {
		return
	}
	if id, ok := lhs.(*ast.Ident); ok && id.Name == "_" {
		return
	}
	v.defs[root] = append(v.defs[root], d)
}

// heldAssign records that lhs holds rhs, and the field write under every
// prefix of lhs's selector chain.
func (v *Values) heldAssign(cur inspector.Cursor, lhs, rhs ast.Expr) {
	v.hold(lhs, rhs)
	var path []string
	e := typematch.Unwrap(lhs)
	for {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			break
		}
		if s, ok := v.Info.Selections[sel]; !ok || s.Kind() != types.FieldVal {
			break
		}
		path = append([]string{sel.Sel.Name}, path...)
		prefix := typematch.Unwrap(sel.X)
		if key := HolderKey(v.Info, prefix); key != nil && !v.foreign(key) {
			w := HeldWrite{Holder: key, Prefix: prefix, Path: path, Value: rhs, Cursor: cur}
			v.heldWrites[key] = append(v.heldWrites[key], w)
			v.allWrites = append(v.allWrites, w)
		}
		e = prefix
	}
}

func (v *Values) hold(lhs, rhs ast.Expr) {
	if key := HolderKey(v.Info, lhs); key != nil && !v.foreign(key) {
		v.holds = append(v.holds, hold{key, rhs})
	}
}

// HolderKey returns the object an expression names as a place: a variable
// for an identifier, the field (or package-level variable) for a selector.
func HolderKey(info *types.Info, e ast.Expr) types.Object {
	switch e := typematch.Unwrap(e).(type) {
	case *ast.Ident:
		if obj, ok := info.ObjectOf(e).(*types.Var); ok {
			return obj
		}
	case *ast.SelectorExpr:
		if obj, ok := info.ObjectOf(e.Sel).(*types.Var); ok {
			return obj
		}
	}
	return nil
}

// FuncDecl returns the declaration of fn if it is declared in this package.
func (v *Values) FuncDecl(fn *types.Func) *ast.FuncDecl { return v.funcs[fn] }

// Callers returns the calls of fn in this package.
func (v *Values) Callers(fn *types.Func) []*ast.CallExpr { return v.callers[fn] }

// ParamOf locates a parameter of a function declared in this package.
func (v *Values) ParamOf(p *types.Var) (Param, bool) {
	r, ok := v.params[p]
	return r, ok
}

// RecvOf returns the method whose receiver r is, if declared in this
// package.
func (v *Values) RecvOf(r *types.Var) (*types.Func, bool) {
	fn, ok := v.recvs[r]
	return fn, ok
}

// ElemWrites returns the values written to elements of obj (obj[i] = x).
func (v *Values) ElemWrites(obj types.Object) []ast.Expr { return v.elemWrites[obj] }

// ArgUses returns the calls that receive obj (as obj, &obj or obj[:]) as an
// argument or as the receiver of a method.
func (v *Values) ArgUses(obj types.Object) []*ast.CallExpr { return v.argUses[obj] }

// Incremented reports whether obj is incremented somewhere in the package
// (obj++, obj += n).
func (v *Values) Incremented(obj types.Object) bool { return v.incs[obj] }

// FieldDecl returns the declaration of struct field f, if in this package.
func (v *Values) FieldDecl(f *types.Var) *ast.Field { return v.fieldDecls[f] }

// FieldDefault returns the value of a `default:"..."` struct tag on field f
// (envconfig, kong, caarlos0/env use envDefault), with the tag's position.
func (v *Values) FieldDefault(f *types.Var) (string, *ast.BasicLit) {
	decl := v.fieldDecls[f]
	if decl == nil || decl.Tag == nil {
		return "", nil
	}
	tag, err := strconv.Unquote(decl.Tag.Value)
	if err != nil {
		return "", nil
	}
	st := reflect.StructTag(tag)
	for _, k := range []string{"default", "envDefault"} {
		if val, ok := st.Lookup(k); ok && val != "" {
			return val, decl.Tag
		}
	}
	return "", nil
}

// TupleCall returns the call a variable took the first result of (v, err
// := f()), the last such assignment's, or nil.
func (v *Values) TupleCall(obj types.Object) *ast.CallExpr {
	var out *ast.CallExpr
	for _, t := range v.tuples[obj] {
		if call, ok := ast.Unparen(t.value).(*ast.CallExpr); ok && t.ident {
			out = call
		}
	}
	return out
}
