package memstore

import (
	_ "embed"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/code"
)

//go:embed doc.go
var doc string

// Analyzer reports session stores that keep sessions in process memory in
// production code.
var Analyzer = &analysis.Analyzer{
	Name:     "memstore",
	Doc:      code.MustDoc(doc, "memstore"),
	URL:      code.DocURL("memstore"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, code.IndexAnalyzer},
	Run:      run,
}

// Import paths of the in-memory stores and of the libraries whose default
// store is in memory.
const (
	pathSCSMem       = "github.com/alexedwards/scs/v2/memstore"
	pathGinMem       = "github.com/gin-contrib/sessions/memstore"
	pathQuasoftMem   = "github.com/quasoft/memstore"
	pathOwnMem       = "github.com/sessionlint/sessionlint/session/memstore"
	pathFiberMemory  = "github.com/gofiber/storage/memory"
	pathFiberMemory2 = "github.com/gofiber/storage/memory/v2"
)

const why = "so they are lost on restart, not shared between instances, and grow with every visitor"

const (
	msgSCSDefault = "scs session manager keeps sessions in process memory (the default memstore), " + why + "; set Store to a shared store such as redisstore or postgresstore"
	msgSCSMem     = "scs memstore keeps sessions in process memory, " + why + "; use a shared store such as redisstore or postgresstore"
	msgGinMem     = "gin-contrib/sessions memstore keeps sessions in process memory, " + why + "; use the redis, postgres or cookie store"
	msgQuasoft    = "memstore.NewMemStore keeps gorilla sessions in process memory, " + why + "; use a shared store such as redistore"
	msgOwnMem     = "session/memstore keeps sessions in process memory and is meant for tests and development, " + why + "; use github.com/sessionlint/sessionlint/session/redisstore"
	msgFiberDef   = "fiber session store keeps sessions in process memory (no Storage configured), " + why + "; set Storage to a shared storage such as github.com/gofiber/storage/redis"
	msgFiberMem   = "fiber session Storage is the in-memory storage, " + why + "; use a shared storage such as github.com/gofiber/storage/redis"
	msgBeego      = "beego sessions are on with the memory provider, " + why + `; set SessionProvider to "redis", "mysql" or "postgresql"`
	msgBeegoMgr   = `beego session manager uses the "memory" provider, ` + why + `; use "redis", "mysql" or "postgresql"`
)

func run(pass *analysis.Pass) (any, error) {
	if !code.Imports(pass.Pkg, code.PathSCS, pathSCSMem, pathGinMem, pathQuasoftMem, pathOwnMem,
		code.PathFiber2Session, code.PathFiber3Session, code.PathBeegoWeb, code.PathBeegoSession) {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ix := pass.ResultOf[code.IndexAnalyzer].(*code.Index)
	c := &checker{pass: pass, info: pass.TypesInfo, ix: ix, ins: ins}
	c.scs()
	c.calls()
	c.beego()
	return nil, nil
}

type checker struct {
	pass *analysis.Pass
	info *types.Info
	ix   *code.Index
	ins  *inspector.Inspector
}

// production reports whether the node at cur is production code: not in a
// test, fixture or example file and not under a development-only branch.
func (c *checker) production(cur inspector.Cursor) bool {
	name := c.pass.Fset.File(cur.Node().Pos()).Name()
	return !code.IsNonProductionFile(name) && !code.InDevelopmentBranch(c.info, cur)
}

func (c *checker) report(n ast.Node, msg string) {
	c.pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg})
}

// calls reports the explicit in-memory stores and the fiber session stores
// built without a Storage.
func (c *checker) calls() {
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := code.Callee(c.info, call)
		if fn == nil {
			continue
		}
		var msg string
		switch {
		case code.IsFunc(fn, pathSCSMem, "New", "NewWithCleanupInterval"):
			// Reported only when it ends up as a manager's Store or is
			// passed on; an scs memstore used as a plain cache is rare.
			msg = msgSCSMem
		case code.IsFunc(fn, pathGinMem, "NewStore"):
			msg = msgGinMem
		case code.IsFunc(fn, pathQuasoftMem, "NewMemStore"):
			msg = msgQuasoft
		case code.IsFunc(fn, pathOwnMem, "New"):
			msg = msgOwnMem
		case code.IsFunc(fn, code.PathFiber2Session, "New"),
			code.IsFunc(fn, code.PathFiber3Session, "New", "NewStore", "NewWithStore"):
			msg = c.fiberStorage(call)
		case code.IsFunc(fn, code.PathBeegoSession, "NewManager") && len(call.Args) > 0:
			if p, ok := code.StringConst(c.info, call.Args[0]); ok && p == "memory" {
				msg = msgBeegoMgr
			}
		}
		if msg != "" && c.production(cur) {
			c.report(call, msg)
		}
	}
}

// fiberStorage returns the message for a fiber session constructor whose
// config has no Storage, or "" when a storage is configured (an in-memory
// one is reported at its own constructor).
func (c *checker) fiberStorage(call *ast.CallExpr) string {
	if len(call.Args) == 0 {
		return msgFiberDef
	}
	if call.Ellipsis.IsValid() {
		return ""
	}
	for _, o := range c.ix.Origins(call.Args[0]) {
		lit, ok := code.Unwrap(o).(*ast.CompositeLit)
		if !ok {
			return "" // a config built elsewhere: assume configured
		}
		if v, ok := code.Field(lit, "Storage"); ok {
			if c.isFiberMemory(v) {
				return msgFiberMem
			}
			return ""
		}
	}
	// A literal without Storage, unless cfg.Storage is set afterwards.
	if root, path := code.SelectorPath(c.info, call.Args[0]); root != nil && len(path) == 0 {
		if ws := c.ix.FieldWrites(root, "Storage"); len(ws) > 0 {
			if c.isFiberMemory(ws[0].Value) {
				return msgFiberMem
			}
			return ""
		}
	}
	return msgFiberDef
}

func (c *checker) isFiberMemory(e ast.Expr) bool {
	for _, o := range c.ix.Origins(e) {
		if call, ok := code.Unwrap(o).(*ast.CallExpr); ok {
			fn := code.Callee(c.info, call)
			if code.IsFunc(fn, pathFiberMemory, "New") || code.IsFunc(fn, pathFiberMemory2, "New") {
				return true
			}
		}
	}
	return false
}

// beego reports web.BConfig.WebConfig.Session.SessionOn = true when the
// package never selects another provider than "memory" (beego's default),
// and a beego app started with web.Run whose conf/app.conf turns sessions
// on with the memory provider.
func (c *checker) beego() {
	if !code.Imports(c.pass.Pkg, code.PathBeegoWeb) {
		return
	}
	var on []ast.Node
	onCur := map[ast.Node]inspector.Cursor{}
	providerSet := false
	for cur := range c.ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		if len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, lhs := range as.Lhs {
			root, path := code.SelectorPath(c.info, lhs)
			if !isBeegoConfig(root) || len(path) == 0 {
				continue
			}
			switch path[len(path)-1] {
			case "SessionOn":
				if v, ok := code.BoolConst(c.info, as.Rhs[i]); ok && v {
					on = append(on, lhs)
					onCur[lhs] = cur
				}
			case "SessionProvider":
				if s, ok := code.StringConst(c.info, as.Rhs[i]); !ok || s != "memory" {
					providerSet = true
				}
			}
		}
	}
	if providerSet {
		return
	}
	for _, n := range on {
		if c.production(onCur[n]) {
			c.report(n, msgBeego)
		}
	}
	if len(on) > 0 {
		return
	}
	// Sessions turned on in conf/app.conf, read by web.Run.
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if !code.IsFunc(code.Callee(c.info, call), code.PathBeegoWeb, "Run", "RunWithMiddleWares") {
			continue
		}
		dir := filepath.Dir(c.pass.Fset.File(call.Pos()).Name())
		if appConfSessionsInMemory(filepath.Join(dir, "conf", "app.conf")) && c.production(cur) {
			c.report(call, msgBeego+" (conf/app.conf)")
		}
		return
	}
}

// isBeegoConfig reports whether obj is beego's web.BConfig.
func isBeegoConfig(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == code.PathBeegoWeb && obj.Name() == "BConfig"
}

// appConfSessionsInMemory reads a beego app.conf and reports whether it sets
// sessionon = true without choosing a provider other than memory.
func appConfSessionsInMemory(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	on, other := false, false
	for line := range strings.Lines(string(data)) {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.Trim(strings.TrimSpace(v), `"`)
		switch k {
		case "sessionon":
			on = on || strings.EqualFold(v, "true")
		case "sessionprovider":
			other = other || !strings.EqualFold(v, "memory")
		}
	}
	return on && !other
}

// scs reports managers made by scs.New whose Store is never set to
// anything but the in-memory store. A manager is tracked through the
// variable or struct field it is assigned to (and aliases of it), and
// through helper functions returning it.
func (c *checker) scs() {
	if !code.Imports(c.pass.Pkg, code.PathSCS) {
		return
	}
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
			if code.IsFunc(code.Callee(c.info, n), code.PathSCS, "New") {
				news = append(news, cur)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Name == "Store" &&
					code.IsNamed(code.TypeOf(c.info, sel.X), code.PathSCS, "SessionManager") {
					mem := c.isSCSMemory(n.Rhs[i])
					writes = append(writes, storeWrite{key: c.key(sel.X), memory: mem, dev: mem && !c.production(cur)})
					continue
				}
				if lk, rk := c.key(lhs), c.key(n.Rhs[i]); lk != nil && rk != nil && lk != rk {
					aliases[rk] = append(aliases[rk], lk)
				}
			}
		case *ast.CompositeLit:
			if code.IsNamed(code.TypeOf(c.info, n), code.PathSCS, "SessionManager") {
				if v, ok := code.Field(n, "Store"); ok {
					writes = append(writes, storeWrite{memory: c.isSCSMemory(v)})
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
			c.report(cur.Node(), msgSCSDefault)
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
			if code.Callee(c.info, call.Node().(*ast.CallExpr)) == fn {
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
	switch e := code.Unwrap(e).(type) {
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

// isSCSMemory reports whether a Store value is scs's memstore.
func (c *checker) isSCSMemory(e ast.Expr) bool {
	for _, o := range c.ix.Origins(e) {
		if call, ok := code.Unwrap(o).(*ast.CallExpr); ok {
			if code.IsFunc(code.Callee(c.info, call), pathSCSMem, "New", "NewWithCleanupInterval") {
				return true
			}
		}
	}
	return false
}
