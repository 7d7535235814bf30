package fixation

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

// Analyzer reports login handlers that write the user's identity into the
// existing session without first issuing a new session ID.
var Analyzer = &analysis.Analyzer{
	Name:      "fixation",
	Doc:       code.MustDoc(doc, "fixation"),
	URL:       code.DocURL("fixation"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, code.IndexAnalyzer},
	Run:       run,
	FactTypes: []analysis.Fact{(*renewsSession)(nil), (*writesIdentity)(nil)},
}

// renewsSession marks a function that issues a new session ID on every path
// that returns normally (it calls scs RenewToken, fiber Regenerate, beego
// SessionRegenerateID, session.Login, or another such function).
type renewsSession struct{}

func (*renewsSession) AFact() {}

func (*renewsSession) String() string { return "renewsSession" }

// writesIdentity marks a function that does not authenticate by itself but
// stores the user's identity in the session without renewing its ID on some
// path; a login handler calling it must renew first.
type writesIdentity struct {
	Key   string // the identity key written
	Renew string // the library's renewal call, for the message
}

func (*writesIdentity) AFact() {}

func (f *writesIdentity) String() string { return "writesIdentity(" + f.Key + ")" }

const prefix = "identity written to the session without a new session ID, so an attacker who planted the ID before login inherits the account; "

func run(pass *analysis.Pass) (any, error) {
	if !code.Imports(pass.Pkg, code.SessionLibPaths...) && len(pass.AllObjectFacts()) == 0 {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	cfgs := pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs)
	ix := pass.ResultOf[code.IndexAnalyzer].(*code.Index)
	info := pass.TypesInfo

	renewsIn := func(n ast.Node, local map[*types.Func]bool) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			return hasGorillaRenew(info, n)
		case *ast.CallExpr:
			if op, ok := code.SessionCallOp(info, n); ok {
				return op.Kind == code.OpRenew || op.Kind == code.OpDestroy && op.Lib == code.LibSCS
			}
			fn := code.Callee(info, n)
			return fn != nil && (local[fn] || pass.ImportObjectFact(fn, new(renewsSession)))
		}
		return false
	}
	local := code.UnconditionalFuncs(info, ins, cfgs, renewsIn)
	for fn := range local {
		pass.ExportObjectFact(fn, new(renewsSession))
	}
	renews := func(n ast.Node) bool { return renewsIn(n, local) }

	if !code.Imports(pass.Pkg, code.SessionLibPaths...) {
		return nil, nil
	}
	routes := code.CollectRoutes(info, ins)
	stores := code.CollectStores(pass.Pkg, info, ins, ix)
	beegoCookie := beegoCookieProvider(pass, ins)
	reported := make(map[ast.Node]bool) // one finding per handler
	writers := make(map[*types.Func]*writesIdentity)

	for cur, op := range code.SessionOps(ins, info) {
		if op.Kind != code.OpWrite {
			continue
		}
		key, ok := op.KeyString(info)
		if !ok || !code.IsAuthIdentityKey(key) {
			continue
		}
		h, chain, ok := code.EnclosingHandler(info, routes, cur)
		if !ok || reported[h.Cur.Node()] {
			continue
		}
		var fix, renew string
		switch op.Lib {
		case code.LibSCS:
			renew = "RenewToken"
			fix = fmt.Sprintf("call %s.RenewToken(ctx) before Put (or use session.Login)", types.ExprString(op.Session))
		case code.LibFiber:
			renew = "Regenerate"
			fix = fmt.Sprintf("call %s.Regenerate() before Set (or use session.Login)", types.ExprString(op.Session))
		case code.LibBeego:
			if beegoCookie {
				continue
			}
			renew = "SessionRegenerateID"
			fix = "call SessionRegenerateID() before storing the user (or use session.Login)"
		case code.LibOwn:
			renew = "session.Renew"
			fix = "use session.Login, which issues a new ID, instead of Put"
		case code.LibGorilla:
			switch stores.GorillaKind(op.Session, h.Body()) {
			case code.StoreServer:
			default:
				continue // cookie-only, fresh or unknown store
			}
			if hasGorillaRenew(info, h.Body()) {
				continue
			}
			renew = "session.ID = \"\""
			fix = fmt.Sprintf("set %s.ID = \"\" before saving so the store issues a new ID (or use session.Login)", types.ExprString(op.Session))
		case code.LibGin:
			if stores.GinKind() != code.StoreServer {
				continue
			}
			fix = "gin-contrib/sessions cannot rotate a server-side session ID, so use a library that can (session.Login)"
		default:
			continue
		}
		if code.GuardedInChain(cfgs, info, op.Pos(), chain, renews) {
			continue
		}
		if authenticates(info, h) {
			reported[h.Cur.Node()] = true
			pass.Report(analysis.Diagnostic{Pos: op.Pos(), End: op.Node.End(), Message: prefix + fix})
			continue
		}
		// A helper such as setUserSession(ctx, u): its callers decide.
		if d, ok := h.Cur.Node().(*ast.FuncDecl); ok && len(chain) == 1 && h.Route == "" && op.Lib != code.LibGin {
			if fn, ok := info.Defs[d.Name].(*types.Func); ok && writers[fn] == nil {
				writers[fn] = &writesIdentity{Key: key, Renew: renew}
			}
		}
	}
	for fn, f := range writers {
		pass.ExportObjectFact(fn, f)
	}

	// Calls of identity-writing helpers in login handlers.
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := code.Callee(info, call)
		if fn == nil {
			continue
		}
		w := writers[fn]
		if w == nil {
			if f := new(writesIdentity); pass.ImportObjectFact(fn, f) {
				w = f
			} else {
				continue
			}
		}
		h, chain, ok := code.EnclosingHandler(info, routes, cur)
		if !ok || reported[h.Cur.Node()] || !authenticates(info, h) {
			continue
		}
		if code.GuardedInChain(cfgs, info, call.Pos(), chain, renews) {
			continue
		}
		reported[h.Cur.Node()] = true
		fix := fmt.Sprintf("%s stores %q, so issue a new ID (%s) before calling it, or use session.Login", fn.Name(), w.Key, w.Renew)
		pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: prefix + fix})
	}
	return nil, nil
}

// authenticates reports whether the handler is a login step: its name or
// route says so, or it checks credentials.
func authenticates(info *types.Info, h code.Handler) bool {
	for _, n := range h.Names {
		if code.IsLoginHandlerName(n) {
			return true
		}
	}
	if h.Route != "" && code.IsLoginHandlerName(h.Route) {
		return true
	}
	return code.VerifiesCredentials(info, h.Body())
}

// hasGorillaRenew reports whether body gives a gorilla session a new ID
// (sess.ID = ""): the store then issues a fresh one when it saves, wherever
// the assignment sits relative to the identity write.
func hasGorillaRenew(info *types.Info, body ast.Node) bool {
	for _, op := range code.SessionOpsIn(info, body, true) {
		if op.Lib == code.LibGorilla && op.Kind == code.OpRenew {
			return true
		}
	}
	return false
}

// beegoCookieProvider reports whether the package configures beego's
// client-side "cookie" session provider.
func beegoCookieProvider(pass *analysis.Pass, ins *inspector.Inspector) bool {
	for cur := range ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		for i, l := range as.Lhs {
			sel, ok := l.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "SessionProvider" || i >= len(as.Rhs) {
				continue
			}
			if s, ok := code.StringConst(pass.TypesInfo, as.Rhs[i]); ok && s == "cookie" {
				return true
			}
		}
	}
	return false
}
