// Package flow answers control-flow questions about Go functions: does
// every path through a point pass a marked node (a session renewal, say),
// and does a node lie in a branch that only runs in development or only
// for a remember-me login.
package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// A Flow answers path questions about one function's control-flow graph:
// does every path from entry, through a point, to a normal return pass one
// of a set of marked nodes (such as a session renewal call)?
type Flow struct {
	g     *cfg.CFG
	cfgs  *ctrlflow.CFGs
	info  *types.Info
	marks map[*cfg.Block][]event // marked nodes per block, in execution order
	ends  func(*types.Func) bool // calls that never return but end the request normally
}

type event struct {
	node int       // index in Block.Nodes
	pos  token.Pos // position of the marked node
}

// NewFlow prepares g for queries; marked reports the nodes (calls or
// assignment sides) that count as the guarding operation. Function literals
// inside g's blocks are not searched: they are separate functions.
func NewFlow(g *cfg.CFG, cfgs *ctrlflow.CFGs, info *types.Info, marked func(ast.Node) bool) *Flow {
	f := &Flow{g: g, cfgs: cfgs, info: info, marks: make(map[*cfg.Block][]event)}
	for _, b := range g.Blocks {
		for i, n := range b.Nodes {
			ast.Inspect(n, func(m ast.Node) bool {
				if _, ok := m.(*ast.FuncLit); ok {
					return false
				}
				if m != nil && marked(m) {
					f.marks[b] = append(f.marks[b], event{node: i, pos: m.Pos()})
				}
				return true
			})
		}
	}
	return f
}

// HasMarks reports whether the function contains any marked node at all.
func (f *Flow) HasMarks() bool { return len(f.marks) > 0 }

// locate finds the block and node index whose node spans pos.
func (f *Flow) locate(pos token.Pos) (*cfg.Block, int) {
	for _, b := range f.g.Blocks {
		if !b.Live {
			continue
		}
		for i, n := range b.Nodes {
			if n.Pos() <= pos && pos < n.End() {
				return b, i
			}
		}
	}
	return nil, -1
}

// Guarded reports whether every path from entry through the node at pos to
// a normal return passes a marked node, before or after pos. A pos that lies
// in no live block (dead code, or not in this function) counts as guarded.
func (f *Flow) Guarded(pos token.Pos) bool {
	tb, ti := f.locate(pos)
	if tb == nil {
		return true
	}
	before := func(e event) bool { return e.node < ti || e.node == ti && e.pos < pos }
	// Is the point reachable from entry without passing a mark?
	reach := false
	seen := make(map[*cfg.Block]bool)
	stack := []*cfg.Block{f.g.Blocks[0]}
	for len(stack) > 0 && !reach {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		if b == tb {
			blocked := false
			for _, e := range f.marks[b] {
				if before(e) {
					blocked = true
				}
			}
			if !blocked {
				reach = true
			}
			continue
		}
		if len(f.marks[b]) > 0 {
			continue
		}
		stack = append(stack, b.Succs...)
	}
	if !reach {
		return true
	}
	// Is a normal return reachable from the point without passing a mark?
	for _, e := range f.marks[tb] {
		if !before(e) {
			return true
		}
	}
	if f.isExit(tb) {
		return false
	}
	return !f.exitReachable(tb.Succs)
}

// Unconditional reports whether every path from entry to a normal return
// passes a marked node (and there is at least one).
func (f *Flow) Unconditional() bool {
	return f.HasMarks() && !f.exitReachable([]*cfg.Block{f.g.Blocks[0]})
}

func (f *Flow) exitReachable(from []*cfg.Block) bool {
	seen := make(map[*cfg.Block]bool)
	stack := append([]*cfg.Block(nil), from...)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] || len(f.marks[b]) > 0 {
			continue
		}
		seen[b] = true
		if f.isExit(b) {
			return true
		}
		stack = append(stack, b.Succs...)
	}
	return false
}

// isExit reports whether b ends the function normally: it has no successor
// and does not end in a call that never returns (panic, log.Fatal, os.Exit).
func (f *Flow) isExit(b *cfg.Block) bool {
	if len(b.Succs) > 0 || !b.Live {
		return false
	}
	if len(b.Nodes) == 0 {
		return true
	}
	es, ok := b.Nodes[len(b.Nodes)-1].(*ast.ExprStmt)
	if !ok {
		return true
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := f.info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return false
		}
	}
	if fn := typematch.Callee(f.info, call); fn != nil && f.cfgs != nil && f.cfgs.NoReturn(fn) {
		return f.ends != nil && f.ends(fn)
	}
	return true
}

// RequestEnds extends libEnds, the library calls that end a request by a
// recovered panic, with the package's functions that never return and
// call one (an app's JSONResult that writes and calls StopRun).
func RequestEnds(info *types.Info, ins *inspector.Inspector, cfgs *ctrlflow.CFGs, libEnds func(*types.Func) bool) func(*types.Func) bool {
	local := make(map[*types.Func]bool)
	var decls []*ast.FuncDecl
	for cur := range ins.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := cur.Node().(*ast.FuncDecl)
		if fn, ok := info.Defs[d.Name].(*types.Func); ok && d.Body != nil && cfgs.NoReturn(fn) {
			decls = append(decls, d)
		}
	}
	ends := func(fn *types.Func) bool { return local[fn] || libEnds(fn) }
	for changed, round := true, 0; changed && round < 4; round++ {
		changed = false
		for _, d := range decls {
			fn := info.Defs[d.Name].(*types.Func)
			if local[fn] {
				continue
			}
			ast.Inspect(d.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && !local[fn] {
					if c := typematch.Callee(info, call); c != nil && ends(c) {
						local[fn] = true
						changed = true
					}
				}
				return !local[fn]
			})
		}
	}
	return ends
}

// GuardedInChain reports whether every path through pos passes a marked
// node in the innermost function of chain (innermost first) or, for a node
// inside a callback, around the statement holding the callback in an
// enclosing function. ends, when not nil, names the calls that never
// return but end the request normally.
func GuardedInChain(cfgs *ctrlflow.CFGs, info *types.Info, pos token.Pos, chain []inspector.Cursor, marked func(ast.Node) bool, ends func(*types.Func) bool) bool {
	for _, fc := range chain {
		var g *cfg.CFG
		switch n := fc.Node().(type) {
		case *ast.FuncDecl:
			g = cfgs.FuncDecl(n)
		case *ast.FuncLit:
			g = cfgs.FuncLit(n)
		}
		if g == nil {
			return true
		}
		f := NewFlow(g, cfgs, info, marked)
		f.ends = ends
		if f.Guarded(pos) {
			return true
		}
		pos = fc.Node().Pos()
	}
	return false
}

// UnconditionalFuncs returns the package's declared functions that pass a
// marked node on every normal path; marked sees the growing set, so that
// helpers calling helpers count (up to four levels).
func UnconditionalFuncs(info *types.Info, ins *inspector.Inspector, cfgs *ctrlflow.CFGs, marked func(n ast.Node, local map[*types.Func]bool) bool) map[*types.Func]bool {
	local := make(map[*types.Func]bool)
	var decls []*ast.FuncDecl
	for cur := range ins.Root().Preorder((*ast.FuncDecl)(nil)) {
		if d := cur.Node().(*ast.FuncDecl); d.Body != nil {
			decls = append(decls, d)
		}
	}
	mark := func(n ast.Node) bool { return marked(n, local) }
	for changed, round := true, 0; changed && round < 4; round++ {
		changed = false
		for _, d := range decls {
			fn, ok := info.Defs[d.Name].(*types.Func)
			if !ok || local[fn] {
				continue
			}
			if g := cfgs.FuncDecl(d); g != nil && NewFlow(g, cfgs, info, mark).Unconditional() {
				local[fn] = true
				changed = true
			}
		}
	}
	return local
}
