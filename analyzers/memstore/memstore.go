package memstore

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/flow"
	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/catalog"
)

// Analyzer reports session stores that keep sessions in process memory in
// production code.
var Analyzer = &analysis.Analyzer{
	Name:     "memstore",
	Doc:      catalog.AnalyzerDoc("memstore"),
	URL:      catalog.DocURL("memstore"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, trace.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	if !typematch.Imports(pass.Pkg, golib.MemoryLibPaths...) {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ix := pass.ResultOf[trace.Analyzer].(*trace.Values)
	c := &checker{pass: pass, info: pass.TypesInfo, ix: ix, ins: ins}
	c.managerDefaults()
	c.calls()
	c.providerSessions()
	return nil, nil
}

type checker struct {
	pass *analysis.Pass
	info *types.Info
	ix   *trace.Values
	ins  *inspector.Inspector
}

// production reports whether the node at cur is production code: not in a
// test, fixture or example file and not under a development-only branch.
func (c *checker) production(cur inspector.Cursor) bool {
	name := c.pass.Fset.File(cur.Node().Pos()).Name()
	return !gomod.IsNonProductionFile(name) && !flow.InDevelopmentBranch(c.info, cur)
}

func (c *checker) report(n ast.Node, msg string) {
	c.pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg})
}

// calls reports the explicit in-memory stores and the fiber session stores
// built without a Storage.
func (c *checker) calls() {
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := typematch.Callee(c.info, call)
		if fn == nil {
			continue
		}
		var msg string
		var at ast.Node = call
		bs := golib.BeegoSessions
		if ms := golib.MemoryStoreOf(fn); ms != nil && !ms.Storage {
			// An scs memstore is reported even when not set as a
			// manager's Store: used as a plain cache, it is rare.
			msg = ms.Message
		} else if d := golib.MemoryDefaultOf(fn); d != nil && d.ConfigStorage != "" {
			var mem ast.Node
			msg, mem = c.configStorage(call, d)
			if mem != nil {
				at = mem
			}
		} else if bs.NewManager.Matches(fn) && len(call.Args) > 0 {
			if p, ok := typematch.StringConst(c.info, call.Args[0]); ok && p == bs.MemoryProvider {
				msg = bs.ManagerMessage
			}
		}
		if msg != "" && c.production(cur) {
			c.report(at, msg)
		}
	}
}

// configStorage returns the message for a session constructor (fiber's)
// whose config has no Storage or an in-memory one, or "" when a storage is
// configured; for an in-memory one, also where it is made (memory.New()
// in a helper that picks the storage).
func (c *checker) configStorage(call *ast.CallExpr, d *golib.MemoryDefault) (string, ast.Node) {
	if len(call.Args) == 0 {
		return d.Message, nil
	}
	if call.Ellipsis.IsValid() {
		return "", nil
	}
	for _, o := range c.ix.Origins(call.Args[0]) {
		lit, ok := typematch.Unwrap(o).(*ast.CompositeLit)
		if !ok {
			return "", nil // a config built elsewhere: assume configured
		}
		if v, ok := typematch.Field(lit, d.ConfigStorage); ok {
			if mem := c.memoryStorage(v); mem != nil {
				return d.MemoryMessage, mem
			}
			return "", nil
		}
	}
	// A literal without Storage, unless cfg.Storage is set afterwards.
	if root, path := typematch.SelectorPath(c.info, call.Args[0]); root != nil && len(path) == 0 {
		if ws := c.ix.FieldWrites(root, d.ConfigStorage); len(ws) > 0 {
			if mem := c.memoryStorage(ws[0].Value); mem != nil {
				return d.MemoryMessage, mem
			}
			return "", nil
		}
	}
	return d.Message, nil
}

// memoryStorage returns the call making an in-memory storage that a
// storage value comes from, or nil.
func (c *checker) memoryStorage(e ast.Expr) ast.Node {
	for _, o := range c.ix.Origins(e) {
		if call, ok := typematch.Unwrap(o).(*ast.CallExpr); ok {
			if ms := golib.MemoryStoreOf(typematch.Callee(c.info, call)); ms != nil && ms.Storage {
				return call
			}
		}
	}
	return nil
}

// providerSessions reports a session module chosen by provider name that is
// turned on while the provider stays the in-memory default: beego's
// web.BConfig.WebConfig.Session.SessionOn = true when the package never
// selects another provider, and an app started with web.Run whose
// conf/app.conf turns sessions on with the memory provider.
func (c *checker) providerSessions() {
	bs := golib.BeegoSessions
	if !typematch.Imports(c.pass.Pkg, bs.ConfigPkg) {
		return
	}
	var on []ast.Node
	onCur := map[ast.Node]inspector.Cursor{}
	providerSet := false
	for _, w := range bs.ConfigWrites(c.info, c.ins) {
		switch w.Field {
		case bs.OnField:
			if v, ok := typematch.BoolConst(c.info, w.Value); ok && v {
				on = append(on, w.Lhs)
				onCur[w.Lhs] = w.Cursor
			}
		case bs.ProviderField:
			if s, ok := typematch.StringConst(c.info, w.Value); !ok || s != bs.MemoryProvider {
				providerSet = true
			}
		}
	}
	if providerSet {
		return
	}
	for _, n := range on {
		if c.production(onCur[n]) {
			c.report(n, bs.Message)
		}
	}
	if len(on) > 0 {
		return
	}
	// Sessions turned on in conf/app.conf, read by web.Run.
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if !bs.Run.Matches(typematch.Callee(c.info, call)) {
			continue
		}
		dir := filepath.Dir(c.pass.Fset.File(call.Pos()).Name())
		if confSessionsInMemory(dir, bs) && c.production(cur) {
			c.report(call, bs.Message+" ("+bs.ConfFile+")")
		}
		return
	}
}

// confSessionsInMemory reads the config file (beego's app.conf) in dir and
// reports whether it turns sessions on without choosing a provider other
// than the in-memory one.
func confSessionsInMemory(dir string, bs golib.ProviderSessions) bool {
	entries, _ := bs.ReadConf(dir)
	on, other := false, false
	for _, e := range entries {
		switch e.Key {
		case bs.OnKey:
			on = on || strings.EqualFold(e.Value, "true")
		case bs.ProviderKey:
			other = other || !strings.EqualFold(e.Value, bs.MemoryProvider)
		}
	}
	return on && !other
}

// managerDefaults reports managers (scs.New) whose Store is never set to
// anything but the in-memory store. A manager is tracked through the
// variable or struct field it is assigned to (and aliases of it), and
// through helper functions returning it.
func (c *checker) managerDefaults() {
	for _, d := range golib.ManagerMemoryDefaults() {
		if typematch.Imports(c.pass.Pkg, d.Func.Pkg) {
			c.managers(d)
		}
	}
}

// managers reports managers made by d's constructor whose store is never
// set to anything but an in-memory one.
func (c *checker) managers(d *golib.MemoryDefault) {
	type storeWrite struct {
		key    types.Object
		memory bool // the value is scs memstore
		dev    bool // the write sits in a development-only branch
	}
	var writes []storeWrite
	var news []inspector.Cursor
	aliases := map[types.Object][]types.Object{} // rhs key → lhs keys
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if d.Func.Matches(typematch.Callee(c.info, n)) {
				news = append(news, cur)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == d.StoreField &&
					d.IsManager(typematch.TypeOf(c.info, sel.X)) {
					mem := c.isManagerMemory(n.Rhs[i])
					writes = append(writes, storeWrite{key: c.key(sel.X), memory: mem, dev: mem && !c.production(cur)})
					continue
				}
				if lk, rk := c.key(lhs), c.key(n.Rhs[i]); lk != nil && rk != nil && lk != rk {
					aliases[rk] = append(aliases[rk], lk)
				}
			}
		case *ast.CompositeLit:
			if d.IsManager(typematch.TypeOf(c.info, n)) {
				if v, ok := typematch.Field(n, d.StoreField); ok {
					writes = append(writes, storeWrite{memory: c.isManagerMemory(v)})
				}
			}
		}
	}
	// Keys of every manager: where each scs.New result is stored.
	newKeys := make([]map[types.Object]bool, len(news))
	all := map[types.Object]bool{}
	escapes := false
	for i, cur := range news {
		keys, esc := c.destinations(cur, 0)
		escapes = escapes || esc
		// Aliases: app.sessions = sm.
		for changed, round := true, 0; changed && round < 4; round++ {
			changed = false
			for k := range keys {
				for _, a := range aliases[k] {
					if !keys[a] {
						keys[a], changed = true, true
					}
				}
			}
		}
		newKeys[i] = keys
		for k := range keys {
			all[k] = true
		}
	}
	// A non-memory Store written to a manager we cannot tie to an scs.New
	// call (a parameter, a literal) configures it somewhere: stay silent.
	for _, w := range writes {
		if !w.memory && (w.key == nil || !all[w.key]) {
			return
		}
	}
	for i, cur := range news {
		configured := false
		for _, w := range writes {
			if w.key != nil && newKeys[i][w.key] && !w.dev {
				configured = true // a shared store, or memstore reported where it is set
			}
		}
		if configured || len(newKeys[i]) == 0 && escapes && len(writes) > 0 {
			continue
		}
		if c.production(cur) {
			c.report(cur.Node(), d.Message)
		}
	}
}

// destinations returns the variables and struct fields the value of the
// expression at cur is stored in: sm := scs.New(), app.sessions = scs.New(),
// &application{sessions: scs.New()}, or the destinations of the calls of a
// helper function returning it. escapes reports a value passed on in a way
// that cannot be followed.
func (c *checker) destinations(cur inspector.Cursor, depth int) (map[types.Object]bool, bool) {
	keys := map[types.Object]bool{}
	if depth > 3 {
		return keys, true
	}
	expr := cur.Node()
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		expr, parent = parent.Node(), parent.Parent()
	}
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if r == expr && i < len(p.Lhs) {
				if k := c.key(p.Lhs[i]); k != nil {
					keys[k] = true
					return keys, false
				}
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == expr && i < len(p.Names) {
				if k := c.info.Defs[p.Names[i]]; k != nil {
					keys[k] = true
					return keys, false
				}
			}
		}
	case *ast.KeyValueExpr:
		if id, ok := p.Key.(*ast.Ident); ok {
			if k, ok := c.info.Uses[id].(*types.Var); ok && k.IsField() {
				keys[k] = true
				return keys, false
			}
		}
	case *ast.ReturnStmt:
		var fn *types.Func
		for fc := range parent.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			if fd, ok := fc.Node().(*ast.FuncDecl); ok {
				fn, _ = c.info.Defs[fd.Name].(*types.Func)
			}
			break
		}
		if fn == nil {
			return keys, true
		}
		keys[fn] = true // a write through the result of fn() itself
		escapes := false
		for call := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
			if typematch.Callee(c.info, call.Node().(*ast.CallExpr)) == fn {
				ks, esc := c.destinations(call, depth+1)
				for k := range ks {
					keys[k] = true
				}
				escapes = escapes || esc
			}
		}
		return keys, escapes
	}
	return keys, true
}

// key returns the variable or struct field an expression denotes: sm,
// app.sessions, pkg.Sessions.
func (c *checker) key(e ast.Expr) types.Object {
	switch e := typematch.Unwrap(e).(type) {
	case *ast.Ident:
		if v, ok := c.info.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if sel, ok := c.info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				return sel.Obj()
			}
			return nil
		}
		if v, ok := c.info.ObjectOf(e.Sel).(*types.Var); ok {
			return v
		}
	}
	return nil
}

// isManagerMemory reports whether a manager's Store value is an in-memory
// store (scs's memstore).
func (c *checker) isManagerMemory(e ast.Expr) bool {
	for _, o := range c.ix.Origins(e) {
		if call, ok := typematch.Unwrap(o).(*ast.CallExpr); ok {
			if ms := golib.MemoryStoreOf(typematch.Callee(c.info, call)); ms != nil && ms.ManagerStore {
				return true
			}
		}
	}
	return false
}
