package code

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
)

// Import paths of the session libraries whose operations SessionCallOp and
// SessionAssignOps recognise.
const (
	PathSCS           = "github.com/alexedwards/scs/v2"
	PathGorilla       = "github.com/gorilla/sessions"
	PathGinSessions   = "github.com/gin-contrib/sessions"
	PathFiber2Session = "github.com/gofiber/fiber/v2/middleware/session"
	PathFiber3Session = "github.com/gofiber/fiber/v3/middleware/session"
	PathEchoSession   = "github.com/labstack/echo-contrib/session"
	PathBeegoWeb      = "github.com/beego/beego/v2/server/web"
	PathBeegoSession  = "github.com/beego/beego/v2/server/web/session"
	PathOwnSession    = "github.com/sessionlint/sessionlint/session"
)

// SessionLibPaths lists the import paths for a cheap early exit.
var SessionLibPaths = []string{
	PathSCS, PathGorilla, PathGinSessions, PathFiber2Session, PathFiber3Session,
	PathEchoSession, PathBeegoWeb, PathBeegoSession, PathOwnSession,
}

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
	fn := Callee(info, call)
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
	name := fn.Name()
	switch {
	case IsMethod(fn, PathSCS, "SessionManager", "Put", "Remove", "Pop", "PopString", "PopBool", "PopInt", "PopFloat", "PopBytes", "PopTime", "Clear", "RenewToken", "Destroy"):
		op.Lib = LibSCS
		switch name {
		case "Put":
			op.Kind, op.Key, op.Value = OpWrite, arg(1), arg(2)
		case "Remove":
			op.Kind, op.Key = OpDelete, arg(1)
		case "Clear":
			op.Kind = OpClear
		case "RenewToken":
			op.Kind = OpRenew
		case "Destroy":
			op.Kind = OpDestroy
		default: // Pop*: reads and removes a one-time value (flash)
			return SessionOp{}, false
		}
	case IsMethod(fn, PathGinSessions, "Session", "Set", "Delete", "Clear", "Options"):
		op.Lib = LibGin
		switch name {
		case "Set":
			op.Kind, op.Key, op.Value = OpWrite, arg(0), arg(1)
		case "Delete":
			op.Kind, op.Key = OpDelete, arg(0)
		case "Clear":
			op.Kind = OpClear
		case "Options":
			if !expiresNow(info, arg(0)) {
				return SessionOp{}, false
			}
			op.Kind = OpDestroy
		}
	case IsMethod(fn, PathFiber2Session, "Session", "Set", "Delete", "Destroy", "Regenerate", "Reset"),
		IsMethod(fn, PathFiber3Session, "Session", "Set", "Delete", "Destroy", "Regenerate", "Reset"),
		IsMethod(fn, PathFiber3Session, "Middleware", "Set", "Delete", "Destroy", "Regenerate", "Reset"):
		op.Lib = LibFiber
		switch name {
		case "Set":
			op.Kind, op.Key, op.Value = OpWrite, arg(0), arg(1)
		case "Delete":
			op.Kind, op.Key = OpDelete, arg(0)
		case "Regenerate", "Reset":
			// Reset also deletes the stored data and expires the old cookie.
			op.Kind = OpRenew
		default: // Destroy deletes the stored data and expires the cookie but keeps the ID
			op.Kind = OpDestroy
		}
	case IsMethod(fn, PathBeegoWeb, "Controller", "SetSession", "DelSession", "SessionRegenerateID", "DestroySession"):
		op.Lib = LibBeego
		switch name {
		case "SetSession":
			op.Kind, op.Key, op.Value = OpWrite, arg(0), arg(1)
		case "DelSession":
			op.Kind, op.Key = OpDelete, arg(0)
		case "SessionRegenerateID":
			op.Kind = OpRenew
		case "DestroySession":
			op.Kind = OpDestroy
		}
	case IsMethod(fn, PathBeegoSession, "Store", "Set", "Delete", "Flush"):
		op.Lib = LibBeego
		switch name {
		case "Set":
			op.Kind, op.Key, op.Value = OpWrite, arg(1), arg(2)
		case "Delete":
			op.Kind, op.Key = OpDelete, arg(1)
		case "Flush":
			op.Kind = OpClear
		}
	case IsMethod(fn, PathBeegoSession, "Manager", "SessionRegenerateID", "SessionDestroy"):
		op.Lib = LibBeego
		op.Kind = OpRenew
		if name == "SessionDestroy" {
			op.Kind = OpDestroy
		}
	case fn.Pkg().Path() == PathOwnSession:
		op.Lib = LibOwn
		switch name {
		case "Put", "Set":
			i := firstStringArg(info, call)
			if i < 0 || i+1 >= len(call.Args) {
				return SessionOp{}, false
			}
			op.Kind, op.Key, op.Value = OpWrite, call.Args[i], call.Args[i+1]
		case "Delete", "Remove":
			i := firstStringArg(info, call)
			if i < 0 {
				return SessionOp{}, false
			}
			op.Kind, op.Key = OpDelete, call.Args[i]
		case "Clear":
			op.Kind = OpClear
		case "Login", "Renew", "RenewID", "Regenerate", "Rotate":
			op.Kind = OpRenew
		case "Logout", "LogoutAll", "Destroy", "End":
			op.Kind = OpDestroy
		default:
			return SessionOp{}, false
		}
	default:
		return SessionOp{}, false
	}
	if op.Kind == OpWrite && IsZeroConst(info, op.Value) {
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
				if IsZeroConst(info, rhs) {
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
				if v, ok := IntConst(info, rhs); ok && v < 0 {
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
	if IsNamed(TypeOf(info, expr), PathGorilla, "Session") {
		return expr
	}
	return nil
}

// expiresNow reports whether expr is an options literal (or pointer to one,
// or a variable assigned one in the same statement list) with a negative
// constant MaxAge.
func expiresNow(info *types.Info, expr ast.Expr) bool {
	lit, ok := Unwrap(expr).(*ast.CompositeLit)
	if !ok {
		return false
	}
	v, ok := Field(lit, "MaxAge")
	if !ok {
		return false
	}
	n, ok := IntConst(info, v)
	return ok && n < 0
}

// IsZeroConst reports whether expr is nil, false, "" or 0: a value stored to
// drop a key rather than to record something.
func IsZeroConst(info *types.Info, expr ast.Expr) bool {
	if expr == nil {
		return false
	}
	tv, ok := info.Types[expr]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.Bool:
		return !constant.BoolVal(tv.Value)
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Int, constant.Float:
		return constant.Sign(tv.Value) == 0
	}
	return false
}

func firstStringArg(info *types.Info, call *ast.CallExpr) int {
	for i, a := range call.Args {
		if b, ok := types.Unalias(TypeOf(info, a)).(*types.Basic); ok && b.Info()&types.IsString != 0 {
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
	return StringConst(info, op.Key)
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
