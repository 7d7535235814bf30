package trace

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Assigned returns every value assigned to obj in this package, in source
// order (including its declaration's initialiser), leaving out the results
// taken from tuple-valued expressions.
func (v *Values) Assigned(obj types.Object) []ast.Expr {
	var out []ast.Expr
	for _, d := range v.defs[obj] {
		if !d.tuple {
			out = append(out, d.Expr)
		}
	}
	return out
}

// FieldWrites returns the writes to fields below root whose path starts with
// prefix, such as every write below sm.Cookie for prefix [Cookie].
func (v *Values) FieldWrites(root types.Object, prefix ...string) []FieldWrite {
	var out []FieldWrite
	for _, w := range v.fieldWrites[root] {
		if len(w.Path) >= len(prefix) && slices.Equal(w.Path[:len(prefix)], prefix) {
			out = append(out, w)
		}
	}
	return out
}

// Origins follows expr back to the expressions that built it: a variable to
// the values assigned to it, a struct field to the values written to it in
// this package, a call of a function of this package to the values it
// returns. Anything else is its own origin. Depth is bounded, and
// an expression that cannot be followed further is returned as is.
func (v *Values) Origins(expr ast.Expr) []ast.Expr {
	var out []ast.Expr
	seen := make(map[ast.Expr]bool)
	var walk func(e ast.Expr, depth int)
	walk = func(e ast.Expr, depth int) {
		e = typematch.Unwrap(e)
		if seen[e] {
			return
		}
		seen[e] = true
		if depth < 6 {
			switch e := e.(type) {
			case *ast.Ident:
				if obj, ok := v.Info.ObjectOf(e).(*types.Var); ok {
					if vals := v.Assigned(obj); len(vals) > 0 {
						for _, val := range vals {
							walk(val, depth+1)
						}
						return
					}
				}
			case *ast.SelectorExpr:
				// app.store.User: the objects written to that field in this
				// package, when there are any. Only fields holding objects
				// (interfaces, pointers, structs): a setting such as
				// cfg.SameSite is chosen by configuration, and the rules
				// judge it as such.
				if s, ok := v.Info.Selections[e]; ok && s.Kind() == types.FieldVal && holdsObject(s.Obj().Type()) {
					if f, ok := s.Obj().(*types.Var); ok {
						if vals := v.fieldVals[f]; len(vals) > 0 {
							for _, val := range vals {
								walk(val, depth+1)
							}
							return
						}
					}
				}
			case *ast.CallExpr:
				if fn := typematch.Callee(v.Info, e); fn != nil {
					if decl := v.funcs[fn]; decl != nil {
						if rets := returnsIn(decl.Body, nil, 0); len(rets) > 0 {
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

// OriginsViaTuples is Origins, also following the first variable of a
// tuple assignment (c, err := r.Cookie("sid")) to its call.
func (v *Values) OriginsViaTuples(e ast.Expr) []ast.Expr {
	var out []ast.Expr
	for _, o := range v.Origins(e) {
		if id, ok := o.(*ast.Ident); ok {
			if ts := v.tuples[v.Info.ObjectOf(id)]; len(ts) > 0 {
				for _, t := range ts {
					out = append(out, t.value)
				}
				continue
			}
		}
		out = append(out, o)
	}
	return out
}

// Defs returns the definitions of the value e names: a variable's or
// constant's assigned values, a struct field's writes anywhere in the
// package, a parameter's arguments (at fr's call if fr is a call of the
// parameter's function, else at every call in the package), and a call of a
// function declared in this package's returned values (in a new frame). ok
// is false when e is not something the tracer can follow.
func (v *Values) Defs(e ast.Expr, fr *Frame) (defs []Def, ok bool) {
	e = typematch.Unwrap(e)
	switch e := e.(type) {
	case *ast.Ident:
		return v.ObjDefs(v.Info.ObjectOf(e), fr)
	case *ast.SelectorExpr:
		if s, ok := v.Info.Selections[e]; ok {
			if s.Kind() != types.FieldVal {
				return nil, false
			}
			f, _ := s.Obj().(*types.Var)
			vals := v.fieldVals[f]
			if len(vals) == 0 {
				return nil, false
			}
			for _, val := range vals {
				defs = append(defs, Def{Expr: val})
			}
			return defs, true
		}
		return v.ObjDefs(v.Info.ObjectOf(e.Sel), fr) // pkg.Var
	case *ast.CallExpr:
		fn := typematch.Callee(v.Info, e)
		if fn == nil || fr.Depth() > 6 {
			return nil, false
		}
		decl := v.funcs[fn]
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
func (v *Values) ObjDefs(obj types.Object, fr *Frame) ([]Def, bool) {
	if obj == nil {
		return nil, false
	}
	var defs []Def
	for _, d := range v.defs[obj] {
		d.Frame = fr
		defs = append(defs, d)
	}
	if pv, ok := obj.(*types.Var); ok {
		if p, ok := v.params[pv]; ok && !p.Variadic {
			var calls []*ast.CallExpr
			var outer *Frame
			if fr != nil && fr.Fn == p.Fn {
				calls, outer = []*ast.CallExpr{fr.Call}, fr.Parent
			} else if fr.Depth() < 4 {
				calls = v.callers[p.Fn]
			}
			for _, c := range calls {
				if c.Ellipsis.IsValid() {
					continue
				}
				idx := p.Index
				if sig := p.Fn.Type().(*types.Signature); sig.Recv() != nil && isMethodExpr(v.Info, c) {
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

// returnsIn lists the result at index i of the return statements in body;
// with ft, bare returns yield the named result.
func returnsIn(body *ast.BlockStmt, ft *ast.FuncType, i int) []ast.Expr {
	var named []ast.Expr
	if ft != nil && ft.Results != nil {
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

// holders resolves the recorded holds on first use: each value, and each of
// its origins, maps to the places that hold it.
func (v *Values) holders() map[ast.Expr][]types.Object {
	v.heldOnce.Do(func() {
		v.held = make(map[ast.Expr][]types.Object)
		for _, h := range v.holds {
			val := typematch.Unwrap(h.value)
			v.held[val] = append(v.held[val], h.place)
			for _, o := range v.Origins(h.value) {
				if o != val {
					v.held[o] = append(v.held[o], h.place)
				}
			}
		}
	})
	return v.held
}

// HoldersOf returns the variables and fields that hold value (directly, or
// through variables and helper functions, see Origins).
func (v *Values) HoldersOf(value ast.Expr) []types.Object {
	return v.holders()[typematch.Unwrap(value)]
}

// WritesBelow returns the writes below any of the holders whose path is
// exactly path.
func (v *Values) WritesBelow(holders []types.Object, path ...string) []HeldWrite {
	var out []HeldWrite
	seen := make(map[types.Object]bool)
	for _, k := range holders {
		if seen[k] {
			continue
		}
		seen[k] = true
		for _, w := range v.heldWrites[k] {
			if slices.Equal(w.Path, path) {
				out = append(out, w)
			}
		}
	}
	return out
}

// AllWrites returns every field write of the package (each under every
// prefix of its selector chain).
func (v *Values) AllWrites() []HeldWrite { return v.allWrites }

// holdsObject reports whether values of t are objects (a store, a client)
// rather than settings: interfaces, pointers and structs.
func holdsObject(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Interface, *types.Pointer, *types.Struct:
		return true
	}
	return false
}
