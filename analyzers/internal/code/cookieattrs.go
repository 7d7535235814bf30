package code

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Helpers for the cookie-attribute rules (cookieflags, noexpiry): which
// variables and fields hold a value, which writes are made below them, how a
// cookie is named, and how long a constant lifetime is.

// A HeldWrite is an assignment to a field below some holder, such as
// store.Options.HttpOnly = true: Holder is the object the prefix names (the
// variable store, or for app.store the field store), Prefix the expression
// before Path.
type HeldWrite struct {
	Holder types.Object
	Prefix ast.Expr
	Path   []string
	Value  ast.Expr
	Cursor inspector.Cursor // the assignment
}

// Holders maps values to the variables and struct fields that hold them, and
// records every field write of the package by holder.
type Holders struct {
	info    *types.Info
	ix      *Index
	held    map[ast.Expr][]types.Object
	writes  map[types.Object][]HeldWrite
	all     []HeldWrite
	callers map[*types.Func][]*ast.CallExpr
	tuples  map[types.Object][]ast.Expr // v, err := f(): v → f()
}

// NewHolders indexes the package.
func NewHolders(info *types.Info, ins *inspector.Inspector, ix *Index) *Holders {
	h := &Holders{info: info, ix: ix, held: make(map[ast.Expr][]types.Object),
		writes: make(map[types.Object][]HeldWrite), callers: make(map[*types.Func][]*ast.CallExpr),
		tuples: make(map[types.Object][]ast.Expr)}
	for cur := range ins.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			switch {
			case len(n.Lhs) == len(n.Rhs):
				for i := range n.Lhs {
					h.assign(cur, n.Lhs[i], n.Rhs[i])
				}
			case len(n.Rhs) == 1:
				h.assign(cur, n.Lhs[0], n.Rhs[0]) // v, err := f()
				if k := HolderKey(info, n.Lhs[0]); k != nil {
					h.tuples[k] = append(h.tuples[k], n.Rhs[0])
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if len(n.Values) == len(n.Names) {
					h.hold(name, n.Values[i])
				} else if len(n.Values) == 1 && i == 0 {
					h.hold(name, n.Values[0])
				}
			}
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
							h.holdObj(f, kv.Value)
						}
					}
				}
			}
		case *ast.CallExpr:
			if fn := Callee(info, n); fn != nil {
				h.callers[fn] = append(h.callers[fn], n)
			}
		}
	}
	return h
}

func (h *Holders) assign(cur inspector.Cursor, lhs, rhs ast.Expr) {
	h.hold(lhs, rhs)
	// Record the write under every prefix of the selector chain.
	var path []string
	e := Unwrap(lhs)
	for {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			break
		}
		if s, ok := h.info.Selections[sel]; !ok || s.Kind() != types.FieldVal {
			break
		}
		path = append([]string{sel.Sel.Name}, path...)
		prefix := Unwrap(sel.X)
		if key := HolderKey(h.info, prefix); key != nil {
			w := HeldWrite{Holder: key, Prefix: prefix, Path: path, Value: rhs, Cursor: cur}
			h.writes[key] = append(h.writes[key], w)
			h.all = append(h.all, w)
		}
		e = prefix
	}
}

func (h *Holders) hold(lhs, rhs ast.Expr) {
	if key := HolderKey(h.info, lhs); key != nil {
		h.holdObj(key, rhs)
	}
}

func (h *Holders) holdObj(key types.Object, rhs ast.Expr) {
	h.held[Unwrap(rhs)] = append(h.held[Unwrap(rhs)], key)
	for _, o := range h.ix.Origins(rhs) {
		if o != Unwrap(rhs) {
			h.held[o] = append(h.held[o], key)
		}
	}
}

// HolderKey returns the object an expression names as a place: a variable
// for an identifier, the field (or package-level variable) for a selector.
func HolderKey(info *types.Info, e ast.Expr) types.Object {
	switch e := Unwrap(e).(type) {
	case *ast.Ident:
		if obj, ok := info.ObjectOf(e).(*types.Var); ok {
			return obj
		}
	case *ast.SelectorExpr:
		if obj, ok := info.ObjectOf(e.Sel).(*types.Var); ok {
			return obj
		}
	}
	return nil
}

// Origins is Index.Origins, also following the first variable of a tuple
// assignment (c, err := r.Cookie("sid")) to its call.
func (h *Holders) Origins(e ast.Expr) []ast.Expr {
	var out []ast.Expr
	for _, o := range h.ix.Origins(e) {
		if id, ok := o.(*ast.Ident); ok {
			if calls := h.tuples[h.info.ObjectOf(id)]; len(calls) > 0 {
				out = append(out, calls...)
				continue
			}
		}
		out = append(out, o)
	}
	return out
}

// HoldersOf returns the variables and fields that hold value (directly, or
// through variables and helper functions, see Index.Origins).
func (h *Holders) HoldersOf(value ast.Expr) []types.Object { return h.held[Unwrap(value)] }

// WritesBelow returns the writes below any of the holders whose path is
// exactly path.
func (h *Holders) WritesBelow(holders []types.Object, path ...string) []HeldWrite {
	var out []HeldWrite
	seen := make(map[types.Object]bool)
	for _, k := range holders {
		if seen[k] {
			continue
		}
		seen[k] = true
		for _, w := range h.writes[k] {
			if pathEqual(w.Path, path) {
				out = append(out, w)
			}
		}
	}
	return out
}

// AllWrites returns every field write of the package (each under every
// prefix of its selector chain).
func (h *Holders) AllWrites() []HeldWrite { return h.all }

// Callers returns the calls of fn in this package.
func (h *Holders) Callers(fn *types.Func) []*ast.CallExpr { return h.callers[fn] }

func pathEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// notSessionCookieWords mark cookies that are never session material.
var notSessionCookieWords = []string{
	"csrf", "xsrf", "theme", "lang", "language", "locale", "tz", "timezone",
	"consent", "gdpr", "pref", "prefs", "preference", "preferences", "banner",
	"tracking", "analytics", "ga", "gid", "cart", "currency", "dismissed",
	"tour", "flash", "visited", "redirect", "return", "next", "oauthstate", "state",
	"nonce", "ab", "experiment", "sidebar", "layout", "mode", "dark",
}

// IsNotSessionCookieName reports whether a cookie name (or a variable naming
// it) marks a cookie that is not session material: CSRF tokens, preferences,
// consent, tracking, flash messages, redirect targets.
func IsNotSessionCookieName(name string) bool {
	return !isExtra(extra.SessionCookies, name) && hasWord(Words(name), notSessionCookieWords...)
}

// IsRememberMeName reports whether a name marks a remember-me or persistent
// login cookie or branch, whose long lifetime is intended.
func IsRememberMeName(name string) bool {
	w := Words(name)
	if hasWord(w, "remember", "rememberme", "remembered", "persist", "persistent", "persistence") {
		return true
	}
	lower := strings.ToLower(name)
	return strings.Contains(lower, "remember") || strings.Contains(lower, "keeplogged") ||
		strings.Contains(lower, "staysigned") || strings.Contains(lower, "staylogged") ||
		(hasWord(w, "keep", "stay") && hasWord(w, "logged", "signed", "login", "me"))
}

// isSessionValueName reports whether a variable, field or function name
// says its value is a session ID or an auth token.
func isSessionValueName(name string) bool {
	w := Words(name)
	if hasWord(w, notSessionCookieWords...) || hasWord(w, "reset", "invite", "verification", "verify", "confirm", "api", "upload", "request", "trace") {
		return false
	}
	if hasWord(w, "session", "sessions", "sess", "sid", "sessid", "sessionid", "token", "jwt", "bearer", "auth", "authn", "authtoken", "accesstoken", "refreshtoken", "idtoken") {
		return true
	}
	lower := strings.ToLower(name)
	return strings.Contains(lower, "session") || strings.Contains(lower, "token")
}

// ExprNames lists the identifiers an expression is spelled with, innermost
// last: x.y.Z gives Z, y, x; a call gives the callee's name and the names of
// its receiver expression.
func ExprNames(e ast.Expr) []string {
	var out []string
	for depth := 0; depth < 4 && e != nil; depth++ {
		switch x := Unwrap(e).(type) {
		case *ast.Ident:
			return append(out, x.Name)
		case *ast.SelectorExpr:
			out = append(out, x.Sel.Name)
			e = x.X
		case *ast.CallExpr:
			for _, a := range x.Args {
				if id, ok := Unwrap(a).(*ast.Ident); ok {
					out = append(out, id.Name) // url.QueryEscape(token)
				}
			}
			e = x.Fun
		case *ast.IndexExpr:
			e = x.X
		default:
			return out
		}
	}
	return out
}

// A CookieIdent says which cookie a literal or call sets.
type CookieIdent struct {
	Name    string // constant name, "" when unknown
	Session bool   // the name or the value says session or auth material
}

// IdentifyCookie classifies a cookie from the expressions of its name and
// value. A constant name decides when it says session or not-session; an
// unknown or neutral name falls back to the names of the variables,
// fields and functions the name and value come from. fn is the function
// declaration around the cookie: a name or value that is one of its
// parameters is read from the arguments of its callers in the package.
func (h *Holders) IdentifyCookie(nameExpr, valueExpr ast.Expr, fn *ast.FuncDecl) CookieIdent {
	var id CookieIdent
	if fn != nil && hasWord(Words(fn.Name.Name), "csrf", "xsrf") {
		return id // a CSRF middleware's cookie
	}
	if nameExpr != nil {
		consts, names := h.valueNames(nameExpr, fn)
		if len(consts) > 0 {
			id.Name = consts[0]
			for _, c := range consts {
				if IsSessionName(c) {
					id.Session, id.Name = true, c
					return id
				}
			}
			if allNotSession(consts) {
				return id
			}
		} else {
			for _, n := range names {
				if IsNotSessionCookieName(n) {
					return id
				}
			}
			for _, n := range names {
				if IsSessionName(n) && !isGenericCookieWord(n) {
					id.Session = true
					return id
				}
			}
		}
	}
	if valueExpr != nil {
		consts, names := h.valueNames(valueExpr, fn)
		if len(consts) > 0 && len(names) == 0 {
			return id // a constant value is no secret
		}
		for _, n := range names {
			if hasWord(Words(n), "csrf", "xsrf") {
				return id
			}
		}
		for _, n := range names {
			if isSessionValueName(n) {
				id.Session = true
				return id
			}
		}
	}
	return id
}

func allNotSession(names []string) bool {
	for _, n := range names {
		if !IsNotSessionCookieName(n) {
			return false
		}
	}
	return true
}

// isGenericCookieWord reports names such as "cookie" or "name" that say
// nothing about the cookie.
func isGenericCookieWord(n string) bool {
	w := Words(n)
	return len(w) == 1 && (w[0] == "cookie" || w[0] == "name")
}

// valueNames follows e to its origins and returns the constant strings found
// and the names of the non-constant expressions (the expression's own names
// included). Parameters of fn are followed to the arguments of its callers.
func (h *Holders) valueNames(e ast.Expr, fn *ast.FuncDecl) (consts, names []string) {
	var visit func(e ast.Expr, depth int)
	visit = func(e ast.Expr, depth int) {
		if s, ok := StringConst(h.info, e); ok {
			consts = append(consts, s)
			return
		}
		names = append(names, ExprNames(e)...)
		for _, o := range h.ix.Origins(e) {
			if o == Unwrap(e) {
				continue
			}
			if s, ok := StringConst(h.info, o); ok {
				consts = append(consts, s)
				continue
			}
			names = append(names, ExprNames(o)...)
		}
		if depth > 0 || fn == nil {
			return
		}
		// A parameter: read the arguments of the callers.
		for _, o := range append([]ast.Expr{Unwrap(e)}, h.ix.Origins(e)...) {
			id, ok := o.(*ast.Ident)
			if !ok {
				continue
			}
			idx := paramIndex(h.info, fn, h.info.ObjectOf(id))
			if idx < 0 {
				continue
			}
			fobj, _ := h.info.Defs[fn.Name].(*types.Func)
			for _, call := range h.callers[fobj] {
				if idx < len(call.Args) {
					visit(call.Args[idx], depth+1)
				}
			}
		}
	}
	visit(e, 0)
	return consts, names
}

func paramIndex(info *types.Info, fn *ast.FuncDecl, obj types.Object) int {
	if obj == nil || fn.Type.Params == nil {
		return -1
	}
	i := 0
	for _, field := range fn.Type.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, n := range field.Names {
			if info.Defs[n] == obj {
				return i
			}
			i++
		}
	}
	return -1
}

// Day is a day in seconds.
const Day = 24 * 60 * 60

// ConstSeconds returns the constant value of an expression counted in unit
// (1 for seconds, int64(time.Second) for a time.Duration), in seconds,
// following variables to their single constant value.
func (h *Holders) ConstSeconds(e ast.Expr, unit int64) (int64, bool) {
	if v, ok := intValue(h.info, e); ok {
		return v / unit, true
	}
	if call, ok := Unwrap(e).(*ast.CallExpr); ok {
		// int(d) and int64(d) keep the unit; d.Seconds() of a constant
		// Duration counts seconds, as in MaxAge: int((24*time.Hour).Seconds()).
		if tv, ok := h.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return h.ConstSeconds(call.Args[0], unit)
		}
		if fn := Callee(h.info, call); unit == 1 && IsMethod(fn, "time", "Duration", "Seconds") {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				return h.ConstSeconds(sel.X, int64(1e9))
			}
		}
	}
	origins := h.ix.Origins(e)
	if len(origins) != 1 {
		return 0, false
	}
	if v, ok := intValue(h.info, origins[0]); ok {
		return v / unit, true
	}
	return 0, false
}

func intValue(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v := constant.ToInt(tv.Value)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// TimeFromNow returns how many seconds after now a time expression lies,
// for time.Now().Add(d) and time.Now().AddDate(y, m, d) with constant
// arguments (months count 30 days, years 365), through .UTC(), .Local(),
// .Round(...) and .Truncate(...) and through variables.
func (h *Holders) TimeFromNow(e ast.Expr) (int64, bool) {
	origins := h.ix.Origins(e)
	if len(origins) != 1 {
		return 0, false
	}
	e = origins[0]
	for {
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return 0, false
		}
		fn := Callee(h.info, call)
		if fn == nil || FuncPkgPath(fn) != "time" {
			return 0, false
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return 0, false
		}
		switch fn.Name() {
		case "UTC", "Local", "Round", "Truncate", "In":
			e = Unwrap(sel.X)
			continue
		case "Add":
			if !isTimeNow(h.info, sel.X) || len(call.Args) != 1 {
				return 0, false
			}
			return h.ConstSeconds(call.Args[0], int64(1e9))
		case "AddDate":
			if !isTimeNow(h.info, sel.X) || len(call.Args) != 3 {
				return 0, false
			}
			var n [3]int64
			for i, a := range call.Args {
				v, ok := intValue(h.info, a)
				if !ok {
					return 0, false
				}
				n[i] = v
			}
			return (n[0]*365 + n[1]*30 + n[2]) * Day, true
		}
		return 0, false
	}
}

func isTimeNow(info *types.Info, e ast.Expr) bool {
	for {
		call, ok := Unwrap(e).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn := Callee(info, call)
		if IsFunc(fn, "time", "Now") {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || fn == nil || FuncPkgPath(fn) != "time" || (fn.Name() != "UTC" && fn.Name() != "Local") {
			return false
		}
		e = sel.X
	}
}

// IsPastTime reports whether a time expression lies in the past: the Unix
// epoch or a constant early date (time.Unix(0, 0), time.Date(1970, ...)), or
// now minus a constant duration.
func (h *Holders) IsPastTime(e ast.Expr) bool {
	if d, ok := h.TimeFromNow(e); ok {
		return d < 0
	}
	for _, o := range h.ix.Origins(e) {
		for {
			call, ok := o.(*ast.CallExpr)
			if !ok {
				break
			}
			fn := Callee(h.info, call)
			if FuncPkgPath(fn) != "time" {
				break
			}
			switch {
			case IsFunc(fn, "time", "Unix", "UnixMilli") && len(call.Args) > 0:
				if _, ok := intValue(h.info, call.Args[0]); ok {
					return true
				}
			case IsFunc(fn, "time", "Date") && len(call.Args) > 0:
				if y, ok := intValue(h.info, call.Args[0]); ok && y < 2000 {
					return true
				}
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				break
			}
			o = Unwrap(sel.X)
		}
		if sel, ok := o.(*ast.SelectorExpr); ok {
			// A package-level variable such as epoch = time.Unix(0, 0) is
			// followed by Origins; a name saying so is enough otherwise.
			if hasWord(Words(sel.Sel.Name), "epoch", "expired", "past") {
				return true
			}
		}
		if id, ok := o.(*ast.Ident); ok && hasWord(Words(id.Name), "epoch", "expired", "past") {
			return true
		}
	}
	return false
}

// InRememberMeContext reports whether the node at cur lies in a function or
// an if/switch branch whose name or condition mentions remember-me or a
// persistent login.
func InRememberMeContext(cur inspector.Cursor) bool {
	for c := cur.Parent(); c.Node() != nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.IfStmt:
			for _, name := range condNames(n.Cond) {
				if IsRememberMeName(name) {
					return true
				}
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				for _, name := range condNames(e) {
					if IsRememberMeName(name) {
						return true
					}
				}
			}
		case *ast.FuncDecl:
			return IsRememberMeName(n.Name.Name)
		}
	}
	return false
}

func condNames(e ast.Expr) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			out = append(out, n.Name)
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				out = append(out, strings.Trim(n.Value, "\"`"))
			}
		}
		return true
	})
	return out
}

// EnclosingFuncDecl returns the function declaration around cur, or nil.
func EnclosingFuncDecl(cur inspector.Cursor) *ast.FuncDecl {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c.Node().(*ast.FuncDecl)
	}
	return nil
}

// ImportName returns the name under which file imports path ("" if it does
// not, "." for a dot import).
func ImportName(file *ast.File, path string) string {
	for _, spec := range file.Imports {
		if strings.Trim(spec.Path.Value, "\"") != path {
			continue
		}
		if spec.Name != nil {
			if spec.Name.Name == "_" {
				continue
			}
			return spec.Name.Name
		}
		return path[strings.LastIndex(path, "/")+1:]
	}
	return ""
}
