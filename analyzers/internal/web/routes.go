package web

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// A RouteModel finds the state-changing routes a package registers, as
// "METHOD /path": routers named after methods (gin r.POST, echo e.POST,
// fiber app.Post, chi r.Post, httprouter), Handle("POST", path) and
// Method("POST", path) forms, gorilla/mux's .Methods("POST"), net/http
// "POST /path" patterns and handlers that test r.Method, group prefixes, and
// the libraries' own forms (golib).
type RouteModel struct {
	info   *types.Info
	values *trace.Values
	tables map[*types.Struct][]*ast.CompositeLit // route table rows by row type, built on first use
	// HandlerMethod, when set, says which state-changing method a handler
	// of another package takes ("" for none known): the analyzer's facts.
	HandlerMethod func(fn *types.Func) string
}

// HandlerFuncMethod returns the state-changing method a handler function of
// this package takes when registered for any method: the one it tests
// r.Method for, or POST when it reads a body or form; "" otherwise.
func (rm *RouteModel) HandlerFuncMethod(d *ast.FuncDecl) string {
	if d == nil || d.Body == nil {
		return ""
	}
	return rm.bodyMethod(d.Body)
}

// NewRouteModel prepares the route model of a package.
func NewRouteModel(values *trace.Values) *RouteModel {
	return &RouteModel{info: values.Info, values: values}
}

// StateChangingRoutes returns the state-changing routes call registers.
func (rm *RouteModel) StateChangingRoutes(call *ast.CallExpr, fn *types.Func) []string {
	return rm.routeOf(call, fn)
}

var stateMethods = []string{"POST", "PUT", "PATCH", "DELETE"}

// routeOf returns the state-changing routes a call registers, as
// "METHOD /path".
func (rm *RouteModel) routeOf(call *ast.CallExpr, fn *types.Func) []string {
	if fn == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	name := fn.Name()
	arg := func(i int) (string, bool) {
		if i < len(call.Args) {
			return typematch.StringConst(rm.info, call.Args[i])
		}
		return "", false
	}
	// net/http patterns: mux.HandleFunc("POST /transfer", h).
	if golib.IsPatternRouter(fn) && len(call.Args) == 2 {
		p, ok := arg(0)
		if !ok {
			return nil
		}
		if m, rest, ok := strings.Cut(p, " "); ok && slices.Contains(stateMethods, m) {
			return []string{m + " " + strings.TrimSpace(rest)}
		}
		if !strings.Contains(p, " ") && rm.handlerChecksMethod(call.Args[1]) != "" {
			return []string{rm.handlerChecksMethod(call.Args[1]) + " " + p}
		}
		return nil
	}
	// beego: web.Router("/transfer", &c{}, "post:Transfer").
	if basePkg, ok := golib.IsControllerRouter(fn); ok && len(call.Args) >= 2 {
		p, _ := arg(0)
		var out []string
		if spec, ok := arg(2); ok {
			for _, part := range strings.Split(spec, ";") {
				ms, _, _ := strings.Cut(part, ":")
				for _, m := range strings.Split(ms, ",") {
					m = strings.ToUpper(strings.TrimSpace(m))
					switch {
					case slices.Contains(stateMethods, m):
						out = append(out, m+" "+p)
					case m == "*":
						out = append(out, "POST "+p)
					}
				}
			}
			return dedupe(out)
		}
		// A RESTful controller: its Post/Put/Patch/Delete methods.
		if t := typematch.TypeOf(rm.info, call.Args[1]); t != nil {
			ms := types.NewMethodSet(t)
			for _, m := range stateMethods {
				if sel := ms.Lookup(nil, m[:1]+strings.ToLower(m[1:])); sel != nil && !typematch.PathMatches(typematch.FuncPkgPath(sel.Obj().(*types.Func)), basePkg) {
					out = append(out, m+" "+p)
				}
			}
		}
		return out
	}
	if m := golib.MethodRouterMethod(fn); m != "" {
		if p, ok := arg(0); ok {
			return []string{m + " " + p}
		}
	}
	if sig.Recv() == nil || golib.IsHTTPClient(sig.Recv().Type()) {
		return nil
	}
	// Routers: gin r.POST, echo e.POST, fiber app.Post, chi r.Post,
	// httprouter router.POST, and Handle("POST", path) / Method("POST", path).
	upper := strings.ToUpper(name)
	if slices.Contains(stateMethods, upper) || slices.Contains(stateMethods, strings.TrimSuffix(upper, "FUNC")) {
		if p, ok := arg(0); ok && (strings.HasPrefix(p, "/") || p == "") && len(call.Args) >= 2 && rm.hasHandlerArg(call.Args[1:]) {
			return []string{strings.TrimSuffix(upper, "FUNC") + " " + rm.prefix(call) + p}
		}
		return nil
	}
	switch name {
	case "Handle", "Method", "MethodFunc", "Add", "HandlerFunc", "Handler":
		m, ok1 := arg(0)
		p, ok2 := arg(1)
		if ok1 && ok2 && slices.Contains(stateMethods, strings.ToUpper(m)) {
			return []string{strings.ToUpper(m) + " " + rm.prefix(call) + p}
		}
		if !ok1 && len(call.Args) >= 2 {
			return rm.tableRoutes(call.Args[0], call.Args[1])
		}
	case "Methods":
		// gorilla/mux: r.HandleFunc("/transfer", h).Methods("POST").
		var ms []string
		for i := range call.Args {
			if m, ok := arg(i); ok && slices.Contains(stateMethods, strings.ToUpper(m)) {
				ms = append(ms, strings.ToUpper(m))
			}
		}
		if len(ms) == 0 {
			if len(call.Args) == 1 {
				var path ast.Expr
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(inner.Args) > 0 {
						path = inner.Args[0]
					}
				}
				return rm.tableRoutes(call.Args[0], path)
			}
			return nil
		}
		p := "?"
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(inner.Args) > 0 {
				if s, ok := typematch.StringConst(rm.info, inner.Args[0]); ok {
					p = s
				}
			}
		}
		var out []string
		for _, m := range ms {
			out = append(out, m+" "+p)
		}
		return out
	}
	return nil
}

// tableRoutes reads the routes of a route table: the registration takes
// its method (and path) from the fields of a row, route.Method and
// route.Pattern, and the package spells the rows as literals of the row's
// struct type, {"POST", "/login", h}.
func (rm *RouteModel) tableRoutes(method, path ast.Expr) []string {
	row, mi, ok := rm.rowField(method)
	if !ok {
		return nil
	}
	pi := -1
	if prow, i, ok := rm.rowField(path); ok && prow == row {
		pi = i
	}
	var out []string
	for _, lit := range rm.rows(row) {
		m, ok := rm.rowValue(lit, row, mi)
		if !ok || !slices.Contains(stateMethods, strings.ToUpper(m)) {
			continue
		}
		p := "?"
		if pi >= 0 {
			if v, ok := rm.rowValue(lit, row, pi); ok {
				p = v
			}
		}
		out = append(out, strings.ToUpper(m)+" "+p)
	}
	return dedupe(out)
}

// rowField returns the struct type and field index of a field read x.F.
func (rm *RouteModel) rowField(e ast.Expr) (*types.Struct, int, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil, 0, false
	}
	s, ok := rm.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil, 0, false
	}
	recv := s.Recv()
	if p, ok := recv.Underlying().(*types.Pointer); ok {
		recv = p.Elem()
	}
	st, ok := recv.Underlying().(*types.Struct)
	return st, s.Index()[0], ok
}

// rows returns the package's composite literals of struct type st.
func (rm *RouteModel) rows(st *types.Struct) []*ast.CompositeLit {
	if rm.tables == nil {
		rm.tables = make(map[*types.Struct][]*ast.CompositeLit)
		for cur := range rm.values.Inspector.Root().Preorder((*ast.CompositeLit)(nil)) {
			lit := cur.Node().(*ast.CompositeLit)
			if t := typematch.TypeOf(rm.info, lit); t != nil {
				if s, ok := t.Underlying().(*types.Struct); ok {
					rm.tables[s] = append(rm.tables[s], lit)
				}
			}
		}
	}
	return rm.tables[st]
}

// rowValue returns the constant string of field i in a row literal.
func (rm *RouteModel) rowValue(lit *ast.CompositeLit, st *types.Struct, i int) (string, bool) {
	for j, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == st.Field(i).Name() {
				return typematch.StringConst(rm.info, kv.Value)
			}
			continue
		}
		if j == i {
			return typematch.StringConst(rm.info, elt)
		}
	}
	return "", false
}

// hasHandlerArg reports whether one of args is a handler: a function, or a
// value whose type is named like a handler (http.Handler, gin.HandlerFunc),
// which tells a router from an HTTP client's Post("/v1/x", body).
func (rm *RouteModel) hasHandlerArg(args []ast.Expr) bool {
	for _, a := range args {
		t := typematch.TypeOf(rm.info, a)
		if t == nil {
			continue
		}
		if _, ok := t.Underlying().(*types.Signature); ok {
			return true
		}
		if n := typematch.NamedOf(t); n != nil && strings.Contains(n.Obj().Name(), "Handler") {
			return true
		}
	}
	return false
}

func dedupe(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

// prefix returns the path prefix of a router group the call is made on:
// g := r.Group("/account"); g.POST("/transfer", h).
func (rm *RouteModel) prefix(call *ast.CallExpr) string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	for _, o := range rm.values.Origins(sel.X) {
		if g, ok := typematch.Unwrap(o).(*ast.CallExpr); ok && len(g.Args) > 0 {
			if fn := typematch.Callee(rm.info, g); fn != nil && (fn.Name() == "Group" || fn.Name() == "Route" || fn.Name() == "PathPrefix") {
				if s, ok := typematch.StringConst(rm.info, g.Args[0]); ok {
					return strings.TrimSuffix(s, "/")
				}
			}
		}
	}
	return ""
}

// handlerChecksMethod returns the state-changing method a net/http handler
// tests (r.Method == http.MethodPost, switch r.Method { case "POST": }).
func (rm *RouteModel) handlerChecksMethod(h ast.Expr) string {
	var body ast.Node
	switch h := typematch.Unwrap(h).(type) {
	case *ast.FuncLit:
		body = h.Body
	case *ast.CallExpr:
		if tv, ok := rm.info.Types[h.Fun]; ok && tv.IsType() && len(h.Args) == 1 {
			return rm.handlerChecksMethod(h.Args[0])
		}
		// Auth(Save): a middleware wrapping the handler, its last
		// function argument.
		for i := len(h.Args) - 1; i >= 0; i-- {
			if t := typematch.TypeOf(rm.info, h.Args[i]); t == nil {
				continue
			} else if _, isFunc := t.Underlying().(*types.Signature); isFunc {
				return rm.handlerChecksMethod(h.Args[i])
			}
		}
		return ""
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := h.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = h.(*ast.Ident)
		}
		if fn, ok := rm.info.Uses[id].(*types.Func); ok {
			if d := rm.values.FuncDecl(fn); d != nil {
				body = d.Body
			} else if rm.HandlerMethod != nil {
				return rm.HandlerMethod(fn)
			}
		}
	}
	if body == nil {
		return ""
	}
	return rm.bodyMethod(body)
}

// bodyMethod returns the state-changing method a handler's body tests
// r.Method for, or POST when it reads a body or form; "" otherwise.
func (rm *RouteModel) bodyMethod(body ast.Node) string {
	found := ""
	isMethod := func(e ast.Expr) bool { return golib.IsRequestMethod(rm.info, e) }
	check := func(e ast.Expr) {
		if s, ok := typematch.StringConst(rm.info, e); ok && slices.Contains(stateMethods, s) && found == "" {
			found = s
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				if isMethod(n.X) {
					check(n.Y)
				} else if isMethod(n.Y) {
					check(n.X)
				}
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && isMethod(n.Tag) {
				for _, s := range n.Body.List {
					for _, e := range s.(*ast.CaseClause).List {
						check(e)
					}
				}
			}
		}
		return found == ""
	})
	if found == "" && rm.readsBody(body, 0) {
		// A handler for any method that reads a body or form takes a
		// cross-site form POST as well.
		found = "POST"
	}
	return found
}

// readsBody reports whether a handler's body reads the request's body or
// form, itself or in a function of the package it hands the request to.
func (rm *RouteModel) readsBody(body ast.Node, depth int) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok || found {
			return !found
		}
		if golib.ReadsRequestBody(rm.info, e) {
			found = true
			return false
		}
		call, ok := e.(*ast.CallExpr)
		if !ok || depth > 0 {
			return true
		}
		for _, a := range call.Args {
			if typematch.IsNamed(typematch.TypeOf(rm.info, a), golib.PathHTTP, "Request") {
				if fn := typematch.Callee(rm.info, call); fn != nil {
					if d := rm.values.FuncDecl(fn); d != nil && d.Body != nil && rm.readsBody(d.Body, depth+1) {
						found = true
					}
				}
				break
			}
		}
		return !found
	})
	return found
}
