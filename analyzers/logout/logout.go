package logout

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/flow"
	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/analyzers/internal/web"
	"github.com/sessionlint/sessionlint/catalog"
)

// Analyzer reports logout handlers that remove session keys but leave the
// session itself valid.
var Analyzer = &analysis.Analyzer{
	Name:      "logout",
	Doc:       catalog.AnalyzerDoc("logout"),
	URL:       catalog.DocURL("logout"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, trace.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{(*endsSession)(nil)},
}

// endsSession marks a function that destroys or renews the session on every
// path that returns normally.
type endsSession struct{}

func (*endsSession) AFact() {}

func (*endsSession) String() string { return "endsSession" }

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	checkRecords(pass, ins, pass.ResultOf[trace.Analyzer].(*trace.Values))
	if !golib.UsesSessionLib(pass.Pkg, pass.TypesInfo) && len(pass.AllObjectFacts()) == 0 {
		return nil, nil
	}
	cfgs := pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs)
	info := pass.TypesInfo

	endsIn := func(n ast.Node, local map[*types.Func]bool) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, op := range golib.SessionAssignOps(info, n) {
				if op.Kind == golib.OpDestroy {
					return true
				}
			}
		case *ast.CallExpr:
			if op, ok := golib.SessionCallOp(info, n); ok {
				return ends(op)
			}
			fn := typematch.Callee(info, n)
			return fn != nil && (local[fn] || pass.ImportObjectFact(fn, new(endsSession)))
		}
		return false
	}
	local := flow.UnconditionalFuncs(info, ins, cfgs, endsIn)
	for fn := range local {
		pass.ExportObjectFact(fn, new(endsSession))
	}
	if !golib.UsesSessionLib(pass.Pkg, pass.TypesInfo) {
		return nil, nil
	}
	marked := func(n ast.Node) bool { return endsIn(n, local) }
	routes := web.CollectRoutes(info, ins)
	reported := make(map[ast.Node]bool) // one finding per handler
	ends := flow.RequestEnds(info, ins, cfgs, golib.EndsRequest)
	stores := golib.CollectStores(pass.Pkg, info, ins, pass.ResultOf[trace.Analyzer].(*trace.Values))
	stores.ModuleImports = func() map[string]bool { return gomod.ModuleImports(pass) }

	for cur, op := range golib.SessionOps(ins, info) {
		if op.Kind != golib.OpDelete && op.Kind != golib.OpClear {
			continue
		}
		h, chain, ok := web.EnclosingHandler(info, routes, cur)
		if !ok || reported[h.Cur.Node()] || !isLogout(h) {
			continue
		}
		// A cookie-only session has no server record to destroy: clearing
		// it and saving the empty cookie is the logout it allows.
		switch {
		case op.Lib == golib.LibGorilla && op.Kind == golib.OpClear && stores.GorillaKind(op.Session, h.Body()) == golib.StoreClient,
			op.Lib == golib.LibGin && op.Kind == golib.OpClear && stores.GinKind() == golib.StoreClient:
			continue
		}
		if flow.GuardedInChain(cfgs, info, op.Pos(), chain, marked, ends) {
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
func ends(op golib.SessionOp) bool {
	return op.Kind == golib.OpDestroy || op.Kind == golib.OpRenew && op.Lib != golib.LibGorilla
}

func isLogout(h web.Handler) bool {
	for _, n := range h.Names {
		if names.IsLogoutName(n) {
			return true
		}
	}
	return h.Route != "" && names.IsLogoutName(h.Route)
}

func message(info *types.Info, op golib.SessionOp) string {
	what := "clears the session data"
	if op.Kind == golib.OpDelete {
		what = "removes a key"
		if k, ok := op.KeyString(info); ok {
			what = fmt.Sprintf("removes the %q key", k)
		}
	}
	sess := "the session"
	if op.Session != nil {
		sess = types.ExprString(op.Session)
	}
	fix := golib.DestroyFix(op.Lib, sess)
	return fmt.Sprintf("logout %s but leaves the session ID valid, so a stolen cookie still works; %s", what, fix)
}
