package logout

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/code"
)

//go:embed doc.go
var doc string

// Analyzer reports logout handlers that remove session keys but leave the
// session itself valid.
var Analyzer = &analysis.Analyzer{
	Name:      "logout",
	Doc:       code.MustDoc(doc, "logout"),
	URL:       code.DocURL("logout"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{(*endsSession)(nil)},
}

// endsSession marks a function that destroys or renews the session on every
// path that returns normally.
type endsSession struct{}

func (*endsSession) AFact() {}

func (*endsSession) String() string { return "endsSession" }

func run(pass *analysis.Pass) (any, error) {
	if !code.Imports(pass.Pkg, code.SessionLibPaths...) && len(pass.AllObjectFacts()) == 0 {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	cfgs := pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs)
	info := pass.TypesInfo

	endsIn := func(n ast.Node, local map[*types.Func]bool) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, op := range code.SessionAssignOps(info, n) {
				if op.Kind == code.OpDestroy {
					return true
				}
			}
		case *ast.CallExpr:
			if op, ok := code.SessionCallOp(info, n); ok {
				return ends(op)
			}
			fn := code.Callee(info, n)
			return fn != nil && (local[fn] || pass.ImportObjectFact(fn, new(endsSession)))
		}
		return false
	}
	local := code.UnconditionalFuncs(info, ins, cfgs, endsIn)
	for fn := range local {
		pass.ExportObjectFact(fn, new(endsSession))
	}
	if !code.Imports(pass.Pkg, code.SessionLibPaths...) {
		return nil, nil
	}
	marked := func(n ast.Node) bool { return endsIn(n, local) }
	routes := code.CollectRoutes(info, ins)
	reported := make(map[ast.Node]bool) // one finding per handler

	for cur, op := range code.SessionOps(ins, info) {
		if op.Kind != code.OpDelete && op.Kind != code.OpClear {
			continue
		}
		h, chain, ok := code.EnclosingHandler(info, routes, cur)
		if !ok || reported[h.Cur.Node()] || !isLogout(h) {
			continue
		}
		if code.GuardedInChain(cfgs, info, op.Pos(), chain, marked) {
			continue
		}
		reported[h.Cur.Node()] = true
		pass.Report(analysis.Diagnostic{Pos: op.Pos(), End: op.Node.End(), Message: message(info, op)})
	}
	return nil, nil
}

// ends reports whether op ends the session for good: a destroy, or a new
// ID that deletes the old record (scs RenewToken, fiber Regenerate/Reset,
// beego SessionRegenerateID, session.Login). A gorilla session given an
// empty ID does not count: the old record stays in the store.
func ends(op code.SessionOp) bool {
	return op.Kind == code.OpDestroy || op.Kind == code.OpRenew && op.Lib != code.LibGorilla
}

func isLogout(h code.Handler) bool {
	for _, n := range h.Names {
		if code.IsLogoutName(n) {
			return true
		}
	}
	return h.Route != "" && code.IsLogoutName(h.Route)
}

func message(info *types.Info, op code.SessionOp) string {
	what := "clears the session data"
	if op.Kind == code.OpDelete {
		what = "removes a key"
		if k, ok := op.KeyString(info); ok {
			what = fmt.Sprintf("removes the %q key", k)
		}
	}
	sess := "the session"
	if op.Session != nil {
		sess = types.ExprString(op.Session)
	}
	var fix string
	switch op.Lib {
	case code.LibSCS:
		fix = fmt.Sprintf("call %s.Destroy(ctx) (or session.Logout)", sess)
	case code.LibGorilla:
		fix = fmt.Sprintf("set %s.Options.MaxAge = -1 and save it (or use session.Logout)", sess)
	case code.LibGin:
		fix = fmt.Sprintf("call %s.Options(sessions.Options{MaxAge: -1}) and save it (or use session.Logout)", sess)
	case code.LibFiber:
		fix = fmt.Sprintf("call %s.Destroy() (or session.Logout)", sess)
	case code.LibBeego:
		fix = "call DestroySession() (or session.Logout)"
	default:
		fix = "call session.Logout"
	}
	return fmt.Sprintf("logout %s but leaves the session ID valid, so a stolen cookie still works; %s", what, fix)
}
