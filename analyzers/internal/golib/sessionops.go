package golib

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// A SessionLib names the session library an operation belongs to.
type SessionLib uint8

const (
	LibUnknown SessionLib = iota
	LibSCS                // alexedwards/scs/v2 SessionManager
	LibGorilla            // gorilla/sessions Session (also via echo-contrib/session)
	LibGin                // gin-contrib/sessions Session
	LibFiber              // gofiber v2/v3 session.Session and v3 session.Middleware
	LibBeego              // beego web.Controller and session.Store
	LibOwn                // github.com/sessionlint/sessionlint/session
)

// An OpKind classifies what a session operation does.
type OpKind uint8

const (
	OpNone    OpKind = iota
	OpWrite          // stores a value under a key
	OpDelete         // removes one key (or stores nil, false, "" or 0 under it)
	OpClear          // removes every key but keeps the session ID
	OpRenew          // issues a new session ID, keeping (or not) the data
	OpDestroy        // deletes the server-side session and/or expires its cookie
)

// A SessionOp is one operation on a session found in the source.
type SessionOp struct {
	Kind    OpKind
	Lib     SessionLib
	Node    ast.Node // the call, or the assignment's left-hand side
	Session ast.Expr // the manager, session or controller operated on (nil for package functions)
	Key     ast.Expr // OpWrite, OpDelete: the key expression
	Value   ast.Expr // OpWrite: the stored value
}

// A sessionMethod models one session operation of a library: the methods
// (or functions) that perform it, what it does, and where its key and
// value are among the arguments (-1: none).
type sessionMethod struct {
	f          Func
	lib        SessionLib
	kind       OpKind
	key, value int
	// keyOfString: the key is the first string argument and the value the
	// next (the session package's Put(ctx, key, value) and Set).
	keyOfString bool
	// destroyIfExpires: the call ends the session only when its options
	// argument expires the cookie (gin's Options(sessions.Options{MaxAge: -1})).
	destroyIfExpires bool
}

func methods(pkg, recv string, lib SessionLib, kind OpKind, key, value int, names ...string) sessionMethod {
	return sessionMethod{f: Func{Pkg: pkg, Recv: recv, Names: names}, lib: lib, kind: kind, key: key, value: value}
}

var sessionMethods = []sessionMethod{
	methods(PathSCS, "SessionManager", LibSCS, OpWrite, 1, 2, "Put"),
	methods(PathSCS, "SessionManager", LibSCS, OpDelete, 1, -1, "Remove"),
	methods(PathSCS, "SessionManager", LibSCS, OpClear, -1, -1, "Clear"),
	methods(PathSCS, "SessionManager", LibSCS, OpRenew, -1, -1, "RenewToken"),
	methods(PathSCS, "SessionManager", LibSCS, OpDestroy, -1, -1, "Destroy"),
	// scs Pop* reads and removes a one-time value (a flash): no operation.

	methods(PathGinSessions, "Session", LibGin, OpWrite, 0, 1, "Set"),
	methods(PathGinSessions, "Session", LibGin, OpDelete, 0, -1, "Delete"),
	methods(PathGinSessions, "Session", LibGin, OpClear, -1, -1, "Clear"),
	{f: Func{Pkg: PathGinSessions, Recv: "Session", Names: []string{"Options"}}, lib: LibGin, kind: OpDestroy, key: -1, value: -1, destroyIfExpires: true},

	methods(PathFiber2Session, "Session", LibFiber, OpWrite, 0, 1, "Set"),
	methods(PathFiber2Session, "Session", LibFiber, OpDelete, 0, -1, "Delete"),
	// Reset also deletes the stored data and expires the old cookie.
	methods(PathFiber2Session, "Session", LibFiber, OpRenew, -1, -1, "Regenerate", "Reset"),
	// Destroy deletes the stored data and expires the cookie but keeps the ID.
	methods(PathFiber2Session, "Session", LibFiber, OpDestroy, -1, -1, "Destroy"),
	// gofiber/session v2: sessions.Get(c) returns the request's Store.
	methods(PathGofiberSession, "Store", LibFiber, OpWrite, 0, 1, "Set"),
	methods(PathGofiberSession, "Store", LibFiber, OpDelete, 0, -1, "Delete"),
	methods(PathGofiberSession, "Store", LibFiber, OpRenew, -1, -1, "Regenerate"),
	methods(PathGofiberSession, "Store", LibFiber, OpDestroy, -1, -1, "Destroy"),
	methods(PathFiber3Session, "Session", LibFiber, OpWrite, 0, 1, "Set"),
	methods(PathFiber3Session, "Session", LibFiber, OpDelete, 0, -1, "Delete"),
	methods(PathFiber3Session, "Session", LibFiber, OpRenew, -1, -1, "Regenerate", "Reset"),
	methods(PathFiber3Session, "Session", LibFiber, OpDestroy, -1, -1, "Destroy"),
	methods(PathFiber3Session, "Middleware", LibFiber, OpWrite, 0, 1, "Set"),
	methods(PathFiber3Session, "Middleware", LibFiber, OpDelete, 0, -1, "Delete"),
	methods(PathFiber3Session, "Middleware", LibFiber, OpRenew, -1, -1, "Regenerate", "Reset"),
	methods(PathFiber3Session, "Middleware", LibFiber, OpDestroy, -1, -1, "Destroy"),

	methods(PathBeegoWeb, "Controller", LibBeego, OpWrite, 0, 1, "SetSession"),
	methods(PathBeegoWeb, "Controller", LibBeego, OpDelete, 0, -1, "DelSession"),
	methods(PathBeegoWeb, "Controller", LibBeego, OpRenew, -1, -1, "SessionRegenerateID"),
	methods(PathBeegoWeb, "Controller", LibBeego, OpDestroy, -1, -1, "DestroySession"),
	methods(PathBeegoSession, "Store", LibBeego, OpWrite, 1, 2, "Set"),
	methods(PathBeegoSession, "Store", LibBeego, OpDelete, 1, -1, "Delete"),
	methods(PathBeegoSession, "Store", LibBeego, OpClear, -1, -1, "Flush"),
	methods(PathBeegoSession, "Manager", LibBeego, OpRenew, -1, -1, "SessionRegenerateID"),
	methods(PathBeegoSession, "Manager", LibBeego, OpDestroy, -1, -1, "SessionDestroy"),

	{f: Func{Pkg: PathOwnSession, Names: []string{"Put", "Set", "Update"}}, lib: LibOwn, kind: OpWrite, keyOfString: true},
	{f: Func{Pkg: PathOwnSession, Names: []string{"Delete", "Remove"}}, lib: LibOwn, kind: OpDelete, keyOfString: true},
	{f: Func{Pkg: PathOwnSession, Names: []string{"Clear"}}, lib: LibOwn, kind: OpClear, key: -1, value: -1},
	// PasswordChanged keeps the session under a new ID. (Pop reads and
	// removes a flash value; EndSession ends another of the user's
	// sessions: neither is an operation on this one.)
	{f: Func{Pkg: PathOwnSession, Names: []string{"Login", "Renew", "RenewID", "Regenerate", "Rotate", "PasswordChanged"}}, lib: LibOwn, kind: OpRenew, key: -1, value: -1},
	{f: Func{Pkg: PathOwnSession, Names: []string{"Logout", "LogoutAll", "Destroy", "End"}}, lib: LibOwn, kind: OpDestroy, key: -1, value: -1},
}

// sessionMethodOf returns the session operation fn performs, or nil.
func sessionMethodOf(fn *types.Func) *sessionMethod {
	for i := range sessionMethods {
		m := &sessionMethods[i]
		if m.lib == LibOwn {
			// The session package: its functions and the methods of its
			// types alike.
			if typematch.FuncPkgPath(fn) == PathOwnSession && slices.Contains(m.f.Names, fn.Name()) {
				return m
			}
			continue
		}
		if m.f.Matches(fn) {
			return m
		}
	}
	return nil
}

// SessionCallOp classifies a call as a session operation of one of the
// modelled libraries.
func SessionCallOp(info *types.Info, call *ast.CallExpr) (SessionOp, bool) {
	// delete(sess.Values, k) on a gorilla session.
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && len(call.Args) == 2 {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "delete" {
			if sess := gorillaValues(info, call.Args[0]); sess != nil {
				return SessionOp{Kind: OpDelete, Lib: LibGorilla, Node: call, Session: sess, Key: call.Args[1]}, true
			}
		}
		return SessionOp{}, false
	}
	fn := typematch.Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return SessionOp{}, false
	}
	var recv ast.Expr
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			recv = sel.X
		}
	}
	op := SessionOp{Node: call, Session: recv}
	arg := func(i int) ast.Expr {
		if i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	m := sessionMethodOf(fn)
	if m == nil {
		return SessionOp{}, false
	}
	op.Lib, op.Kind = m.lib, m.kind
	switch {
	case m.keyOfString:
		// The session package: the key is the first string argument, the
		// value follows it.
		i := firstStringArg(info, call)
		if i < 0 || op.Kind == OpWrite && i+1 >= len(call.Args) {
			return SessionOp{}, false
		}
		op.Key = call.Args[i]
		if op.Kind == OpWrite {
			op.Value = call.Args[i+1]
		}
	case m.destroyIfExpires:
		// gin's session.Options(sessions.Options{MaxAge: -1}) ends it.
		if !expiresNow(info, arg(0)) {
			return SessionOp{}, false
		}
	default:
		if m.key >= 0 {
			op.Key = arg(m.key)
		}
		if m.value >= 0 {
			op.Value = arg(m.value)
		}
	}
	if op.Kind == OpWrite && typematch.IsZeroConst(info, op.Value) {
		op.Kind = OpDelete
	}
	return op, true
}

// SessionAssignOps classifies the left-hand sides of an assignment that write
// to a gorilla session: sess.Values[k] = v (write, or delete when v is nil,
// false, "" or 0), sess.Values = map... (clear), sess.ID = ... (renew: an
// empty ID makes the store issue a new one), and sess.Options.MaxAge = -1 or
// sess.Options = &sessions.Options{MaxAge: -1} (destroy).
func SessionAssignOps(info *types.Info, as *ast.AssignStmt) []SessionOp {
	var out []SessionOp
	for i, lhs := range as.Lhs {
		var rhs ast.Expr
		if len(as.Rhs) == len(as.Lhs) {
			rhs = as.Rhs[i]
		}
		lhs = ast.Unparen(lhs)
		if ix, ok := lhs.(*ast.IndexExpr); ok {
			if sess := gorillaValues(info, ix.X); sess != nil && rhs != nil {
				op := SessionOp{Kind: OpWrite, Lib: LibGorilla, Node: lhs, Session: sess, Key: ix.Index, Value: rhs}
				if typematch.IsZeroConst(info, rhs) {
					op.Kind = OpDelete
				}
				out = append(out, op)
			}
			continue
		}
		sel, ok := lhs.(*ast.SelectorExpr)
		if !ok || rhs == nil {
			continue
		}
		switch sel.Sel.Name {
		case "Values":
			if sess := gorillaSession(info, sel.X); sess != nil {
				out = append(out, SessionOp{Kind: OpClear, Lib: LibGorilla, Node: lhs, Session: sess})
			}
		case "ID":
			if sess := gorillaSession(info, sel.X); sess != nil {
				out = append(out, SessionOp{Kind: OpRenew, Lib: LibGorilla, Node: lhs, Session: sess})
			}
		case "Options":
			if sess := gorillaSession(info, sel.X); sess != nil && expiresNow(info, rhs) {
				out = append(out, SessionOp{Kind: OpDestroy, Lib: LibGorilla, Node: lhs, Session: sess})
			}
		case "MaxAge":
			inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
			if !ok || inner.Sel.Name != "Options" {
				continue
			}
			if sess := gorillaSession(info, inner.X); sess != nil {
				if v, ok := typematch.IntConst(info, rhs); ok && v < 0 {
					out = append(out, SessionOp{Kind: OpDestroy, Lib: LibGorilla, Node: lhs, Session: sess})
				}
			}
		}
	}
	return out
}

// gorillaValues returns x's session when expr is x.Values of a gorilla
// *sessions.Session.
func gorillaValues(info *types.Info, expr ast.Expr) ast.Expr {
	sel, ok := ast.Unparen(expr).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Values" {
		return nil
	}
	return gorillaSession(info, sel.X)
}

func gorillaSession(info *types.Info, expr ast.Expr) ast.Expr {
	if typematch.IsNamed(typematch.TypeOf(info, expr), PathGorilla, "Session") {
		return expr
	}
	return nil
}

// expiresNow reports whether expr is an options literal (or pointer to one,
// or a variable assigned one in the same statement list) with a negative
// constant MaxAge, or a helper's call given a negative age.
func expiresNow(info *types.Info, expr ast.Expr) bool {
	// Options built by a helper told the age: util.SessionOptions(-1).
	if call, ok := typematch.Unwrap(expr).(*ast.CallExpr); ok {
		for _, a := range call.Args {
			if n, ok := typematch.IntConst(info, a); ok && n < 0 {
				return true
			}
		}
		return false
	}
	lit, ok := typematch.Unwrap(expr).(*ast.CompositeLit)
	if !ok {
		return false
	}
	v, ok := typematch.Field(lit, "MaxAge")
	if !ok {
		return false
	}
	n, ok := typematch.IntConst(info, v)
	return ok && n < 0
}

func firstStringArg(info *types.Info, call *ast.CallExpr) int {
	for i, a := range call.Args {
		if b, ok := types.Unalias(typematch.TypeOf(info, a)).(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return i
		}
	}
	return -1
}

// SessionOpsIn lists the session operations inside node, in source order,
// not descending into function literals unless nested is true.
func SessionOpsIn(info *types.Info, node ast.Node, nested bool) []SessionOp {
	var out []SessionOp
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return nested || n == node
		case *ast.CallExpr:
			if op, ok := SessionCallOp(info, n); ok {
				out = append(out, op)
			}
		case *ast.AssignStmt:
			out = append(out, SessionAssignOps(info, n)...)
		}
		return true
	})
	slices.SortStableFunc(out, func(a, b SessionOp) int { return int(a.Node.Pos() - b.Node.Pos()) })
	return out
}

// KeyString returns the constant string key of op, if any.
func (op SessionOp) KeyString(info *types.Info) (string, bool) {
	if op.Key == nil {
		return "", false
	}
	return typematch.StringConst(info, op.Key)
}

// Pos returns the position of the operation.
func (op SessionOp) Pos() token.Pos { return op.Node.Pos() }

// SessionOps yields every session operation of the package, with the cursor
// of the call or assignment that performs it.
func SessionOps(ins *inspector.Inspector, info *types.Info) iter.Seq2[inspector.Cursor, SessionOp] {
	return func(yield func(inspector.Cursor, SessionOp) bool) {
		for cur := range ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
			var ops []SessionOp
			switch n := cur.Node().(type) {
			case *ast.CallExpr:
				if op, ok := SessionCallOp(info, n); ok {
					ops = append(ops, op)
				}
			case *ast.AssignStmt:
				ops = SessionAssignOps(info, n)
			}
			for _, op := range ops {
				if !yield(cur, op) {
					return
				}
			}
		}
	}
}

// freshChecks report whether the session was made in this request, so its
// ID is new already: fiber's Session.Fresh.
var freshChecks = []Func{
	{Pkg: PathFiber2Session, Recv: "Session", Names: []string{"Fresh"}},
	{Pkg: PathFiber3Session, Recv: "Session", Names: []string{"Fresh"}},
	{Pkg: PathFiber3Session, Recv: "Middleware", Names: []string{"Fresh"}},
}

// IsFreshCheck reports whether fn tells a session made in this request
// (whose ID nobody could have planted) from a loaded one.
func IsFreshCheck(fn *types.Func) bool { return anyMatches(fn, freshChecks) }
