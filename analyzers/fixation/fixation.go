package fixation

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

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

// Analyzer reports login handlers that write the user's identity into the
// existing session without first issuing a new session ID.
var Analyzer = &analysis.Analyzer{
	Name:      "fixation",
	Doc:       catalog.AnalyzerDoc("fixation"),
	URL:       catalog.DocURL("fixation"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer, trace.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{(*renewsSession)(nil), (*writesIdentity)(nil), (*givesSession)(nil)},
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
	if !golib.UsesSessionLib(pass.Pkg, pass.TypesInfo) && len(pass.AllObjectFacts()) == 0 {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	cfgs := pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs)
	ix := pass.ResultOf[trace.Analyzer].(*trace.Values)
	info := pass.TypesInfo

	var renewsIn func(n ast.Node, local map[*types.Func]bool) bool
	renewsIn = func(n ast.Node, local map[*types.Func]bool) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			return hasGorillaRenew(info, n)
		case *ast.CallExpr:
			// if !sess.Fresh() { sess.Regenerate() }: a fresh session's ID
			// is new already, so both paths leave the check with a new ID.
			if freshGuardedRenew(info, ins, n, func(m ast.Node) bool { return renewsIn(m, local) }) {
				return true
			}
			if op, ok := golib.SessionCallOp(info, n); ok {
				return op.Kind == golib.OpRenew || op.Kind == golib.OpDestroy && op.Lib == golib.LibSCS
			}
			fn := typematch.Callee(info, n)
			return fn != nil && (local[fn] || pass.ImportObjectFact(fn, new(renewsSession)))
		}
		return false
	}
	local := flow.UnconditionalFuncs(info, ins, cfgs, renewsIn)
	for fn := range local {
		pass.ExportObjectFact(fn, new(renewsSession))
	}
	renews := func(n ast.Node) bool { return renewsIn(n, local) }

	if !golib.UsesSessionLib(pass.Pkg, pass.TypesInfo) {
		return nil, nil
	}
	routes := web.CollectRoutes(info, ins)
	ends := flow.RequestEnds(info, ins, cfgs, golib.EndsRequest)
	stores := golib.CollectStores(pass.Pkg, info, ins, ix)
	stores.ModuleImports = func() map[string]bool { return gomod.ModuleImports(pass) }
	stores.SessionFuncKind = func(fn *types.Func) golib.StoreKind {
		if f := new(givesSession); fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, f) {
			return f.Kind
		}
		return golib.StoreUnknown
	}
	exportSessionGetters(pass, ins, stores)
	cookieSessions := cookieProvider(pass, ins)
	// One finding per handler, chosen once all its writes are known.
	found := make(map[ast.Node][]candidate)
	var handlers []web.Handler
	add := func(h web.Handler, c candidate) {
		if found[h.Cur.Node()] == nil {
			handlers = append(handlers, h)
		}
		found[h.Cur.Node()] = append(found[h.Cur.Node()], c)
	}
	writers := make(map[*types.Func]*writesIdentity)

	for cur, op := range golib.SessionOps(ins, info) {
		if op.Kind != golib.OpWrite {
			continue
		}
		key, ok := op.KeyString(info)
		if !ok || !names.IsAuthIdentityKey(key) && !userRecord(op.Value, key) {
			continue
		}
		h, chain, ok := web.EnclosingHandler(info, routes, cur)
		if !ok || inFreshBranch(info, cur) {
			continue
		}
		switch op.Lib {
		case golib.LibSCS, golib.LibFiber, golib.LibOwn:
		case golib.LibBeego:
			if cookieSessions {
				continue
			}
		case golib.LibGorilla:
			if stores.GorillaKind(op.Session, h.Body()) != golib.StoreServer {
				continue // cookie-only, fresh or unknown store
			}
			if hasGorillaRenew(info, h.Body()) {
				continue
			}
		case golib.LibGin:
			if stores.GinKind() != golib.StoreServer {
				continue
			}
		default:
			continue
		}
		renew := golib.RenewOp(op.Lib)
		sess := "the session"
		if op.Session != nil {
			sess = types.ExprString(op.Session)
		}
		fix := golib.RenewFix(op.Lib, sess)
		if flow.GuardedInChain(cfgs, info, op.Pos(), chain, renews, ends) {
			continue
		}
		if authenticates(info, h) {
			add(h, candidate{op.Node, blockOf(cur), prefix + fix})
			continue
		}
		// A helper such as setUserSession(ctx, u): its callers decide.
		if d, ok := h.Cur.Node().(*ast.FuncDecl); ok && len(chain) == 1 && h.Route == "" && op.Lib != golib.LibGin {
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
		fn := typematch.Callee(info, call)
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
		if zeroArgs(info, call) {
			continue // SetMember(Member{}): clears the user
		}
		h, chain, ok := web.EnclosingHandler(info, routes, cur)
		if !ok || !authenticates(info, h) {
			continue
		}
		if flow.GuardedInChain(cfgs, info, call.Pos(), chain, renews, ends) {
			continue
		}
		fix := fmt.Sprintf("%s stores %q, so issue a new ID (%s) before calling it, or use session.Login", fn.Name(), w.Key, w.Renew)
		add(h, candidate{call, blockOf(cur), prefix + fix})
	}
	for _, h := range handlers {
		c := choose(info, h, found[h.Cur.Node()])
		pass.Report(analysis.Diagnostic{Pos: c.node.Pos(), End: c.node.End(), Message: c.msg})
	}
	return nil, nil
}

// zeroArgs reports whether a helper is called only with zero values
// (Member{}, nil, 0, ""), which store no identity.
func zeroArgs(info *types.Info, call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	for _, a := range call.Args {
		a = typematch.Unwrap(a)
		if lit, ok := a.(*ast.CompositeLit); ok && len(lit.Elts) == 0 {
			continue
		}
		if tv, ok := info.Types[a]; ok && (tv.IsNil() || tv.Value != nil && (tv.Value.ExactString() == "0" || tv.Value.ExactString() == `""`)) {
			continue
		}
		return false
	}
	return true
}

// givesSession marks a function that returns a gorilla session from a store
// of a known kind (ctx.GetSession() reading the app's FilesystemStore), so
// that handlers in other packages know which kind their session is.
type givesSession struct{ Kind golib.StoreKind }

func (*givesSession) AFact()           {}
func (f *givesSession) String() string { return fmt.Sprintf("givesSession(%d)", f.Kind) }

// exportSessionGetters exports givesSession for the package's exported
// functions and methods that return a gorilla session of one known kind.
func exportSessionGetters(pass *analysis.Pass, ins *inspector.Inspector, stores *golib.Stores) {
	for cur := range ins.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := cur.Node().(*ast.FuncDecl)
		fn, ok := pass.TypesInfo.Defs[d.Name].(*types.Func)
		if !ok || d.Body == nil || !fn.Exported() || !golib.ReturnsGorillaSession(fn) {
			continue
		}
		if recv := fn.Type().(*types.Signature).Recv(); recv != nil && golib.IsStoreImplementation(pass.Pkg, recv.Type()) {
			continue // a store's own Get and New
		}
		kinds := map[golib.StoreKind]bool{}
		ast.Inspect(d.Body, func(n ast.Node) bool {
			if _, lit := n.(*ast.FuncLit); lit {
				return false
			}
			if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) > 0 {
				kinds[stores.GorillaKind(r.Results[0], d.Body)] = true
			}
			return true
		})
		if len(kinds) == 1 {
			for k := range kinds {
				if k != golib.StoreUnknown {
					pass.ExportObjectFact(fn, &givesSession{Kind: k})
				}
			}
		}
	}
}

// A candidate is an identity write in a login handler.
type candidate struct {
	node  ast.Node
	block ast.Node // the innermost block around it
	msg   string
}

func blockOf(cur inspector.Cursor) ast.Node {
	for b := range cur.Enclosing((*ast.BlockStmt)(nil)) {
		return b.Node()
	}
	return nil
}

// choose picks the write that logs the user in: the last group of writes
// (after the handler's credential check, if any: an earlier write may keep
// a half-finished OAuth profile, or log in from a remember-me cookie on
// another path), reported at its first write.
func choose(info *types.Info, h web.Handler, cs []candidate) candidate {
	slices.SortFunc(cs, func(a, b candidate) int { return cmp.Compare(a.node.Pos(), b.node.Pos()) })
	check := web.FirstCredentialCheck(info, h.Body())
	last := len(cs) - 1
	if check.IsValid() && cs[last].node.Pos() < check {
		last = 0 // every write precedes the check: keep the first
	}
	// The first write of that last group: u.ID and u.Name stored one
	// after the other are one login, also when the later ones sit in a
	// block inside (user_id, then the token if one was made).
	first := last
	for first > 0 && encloses(cs[first-1].block, cs[last].block) && (!check.IsValid() || cs[first-1].node.Pos() > check) {
		first--
	}
	return cs[first]
}

// encloses reports whether block outer is inner or holds it.
func encloses(outer, inner ast.Node) bool {
	return outer != nil && inner != nil && outer.Pos() <= inner.Pos() && inner.End() <= outer.End()
}

// authenticates reports whether the handler is a login step: its name or
// route says so, or it checks credentials.
func authenticates(info *types.Info, h web.Handler) bool {
	for _, n := range h.Names {
		if names.IsLoginHandlerName(n) {
			return true
		}
	}
	if h.Route != "" && names.IsLoginHandlerName(h.Route) {
		return true
	}
	return web.VerifiesCredentials(info, h.Body())
}

// freshGuardedRenew reports whether call is sess.Fresh() in the condition
// !sess.Fresh() of an if statement whose body renews the session.
func freshGuardedRenew(info *types.Info, ins *inspector.Inspector, call *ast.CallExpr, renews func(ast.Node) bool) bool {
	if !golib.IsFreshCheck(typematch.Callee(info, call)) {
		return false
	}
	cur, ok := ins.Root().FindNode(call)
	if !ok {
		return false
	}
	not, ok := cur.Parent().Node().(*ast.UnaryExpr)
	if !ok || not.Op != token.NOT {
		return false
	}
	ifs, ok := cur.Parent().Parent().Node().(*ast.IfStmt)
	if !ok || ifs.Cond != not || ifs.Else != nil {
		return false
	}
	found := false
	ast.Inspect(ifs.Body, func(m ast.Node) bool {
		if found {
			return false
		}
		if _, lit := m.(*ast.FuncLit); lit {
			return false
		}
		if c, ok := m.(*ast.CallExpr); ok && renews(c) {
			found = true
		}
		return true
	})
	return found
}

// hasGorillaRenew reports whether body gives a gorilla session a new ID
// (sess.ID = ""): the store then issues a fresh one when it saves, wherever
// the assignment sits relative to the identity write.
func hasGorillaRenew(info *types.Info, body ast.Node) bool {
	for _, op := range golib.SessionOpsIn(info, body, true) {
		if op.Lib == golib.LibGorilla && op.Kind == golib.OpRenew {
			return true
		}
	}
	return false
}

// cookieProvider reports whether the package configures a provider-chosen
// session module (beego's) with its client-side cookie provider.
func cookieProvider(pass *analysis.Pass, ins *inspector.Inspector) bool {
	bs := golib.BeegoSessions
	for cur := range ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		for i, l := range as.Lhs {
			sel, ok := l.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != bs.ProviderField || i >= len(as.Rhs) {
				continue
			}
			if s, ok := typematch.StringConst(pass.TypesInfo, as.Rhs[i]); ok && s == bs.CookieProvider {
				return true
			}
		}
	}
	return false
}

// userRecord reports whether a session write stores the user under a key
// of the app's own choosing (SetSession("author", user), Set("me",
// account)): the value's name says who, where the key does not. A key that
// names something else (a flash, a redirect target) is not one.
func userRecord(value ast.Expr, key string) bool {
	id, ok := ast.Unparen(value).(*ast.Ident)
	if !ok || !names.IsAuthIdentityKey(id.Name) {
		return false
	}
	w := names.Words(key)
	return !names.HasWord(w, "csrf", "xsrf", "flash", "theme", "lang", "cart", "redirect", "return", "next", "url",
		"state", "nonce", "pending", "tmp", "temp", "draft", "signup", "invite", "mfa", "otp", "form", "error", "message")
}

// inFreshBranch reports whether cur sits in the body of if sess.Fresh()
// { ... }: a session made in this request has an ID the server just chose,
// and an ID planted by an attacker (one that exists in the store) is not
// fresh, so the write never lands in it.
func inFreshBranch(info *types.Info, cur inspector.Cursor) bool {
	for ifc := range cur.Enclosing((*ast.IfStmt)(nil)) {
		ifs := ifc.Node().(*ast.IfStmt)
		if !(ifs.Body.Pos() <= cur.Node().Pos() && cur.Node().End() <= ifs.Body.End()) {
			continue
		}
		if call, ok := ast.Unparen(ifs.Cond).(*ast.CallExpr); ok && golib.IsFreshCheck(typematch.Callee(info, call)) {
			return true
		}
	}
	return false
}
