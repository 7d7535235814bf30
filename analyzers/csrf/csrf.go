package csrf

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/code"
)

//go:embed doc.go
var doc string

// Analyzer reports apps that authenticate with cookie sessions and register
// state-changing routes without any CSRF defence.
var Analyzer = &analysis.Analyzer{
	Name:      "csrf",
	Doc:       code.MustDoc(doc, "csrf"),
	URL:       code.DocURL("csrf"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, code.IndexAnalyzer},
	Run:       run,
	FactTypes: []analysis.Fact{(*appliesCSRF)(nil), (*registersRoutes)(nil), (*unprotectedApp)(nil)},
}

// unprotectedApp marks a library package (not main, starting no server)
// that sets up cookie sessions and state-changing routes with no defence.
// The package that wires the app, and may wrap it in CSRF middleware, makes
// the call: it reports unless it applies a defence.
type unprotectedApp struct {
	Lib    string
	Routes []string
}

func (*unprotectedApp) AFact() {}
func (f *unprotectedApp) String() string {
	return "unprotectedApp(" + f.Lib + ": " + strings.Join(f.Routes, ", ") + ")"
}

// appliesCSRF marks a function that sets up a CSRF defence (it calls
// csrf.Protect, nosurf.New, http.NewCrossOriginProtection, a framework's
// CSRF middleware, or another such function).
type appliesCSRF struct{}

func (*appliesCSRF) AFact()         {}
func (*appliesCSRF) String() string { return "appliesCSRF" }

// registersRoutes marks a function that registers state-changing routes,
// so that the package wiring the app (often main) sees them.
type registersRoutes struct{ Routes []string }

func (*registersRoutes) AFact() {}
func (f *registersRoutes) String() string {
	return "registersRoutes(" + strings.Join(f.Routes, ", ") + ")"
}

const (
	pathNosurf      = "github.com/justinas/nosurf"
	pathGorillaCSRF = "github.com/gorilla/csrf"
	pathEchoMW      = "github.com/labstack/echo/v4/middleware"
	pathFiber2CSRF  = "github.com/gofiber/fiber/v2/middleware/csrf"
	pathFiber3CSRF  = "github.com/gofiber/fiber/v3/middleware/csrf"
)

// SameSite settings of one mechanism.
const (
	sameSiteUnset = iota
	sameSiteLax
	sameSiteNoneSet
)

// A mechanism is one way the package keeps a cookie session.
type mechanism struct {
	node         ast.Node // where to report
	lib          string   // "net/http", "gin", "echo", "fiber", "beego", "scs", "gorilla", "session"
	laxByDefault bool     // the library's cookie defaults to SameSite=Lax
	// own is the SameSite set on this mechanism itself (an http.Cookie
	// literal, a fiber session.Config literal): sameSiteUnset, sameSiteLax
	// (Lax, Strict or computed elsewhere) or sameSiteNone. An attribute
	// protects its own cookie only.
	own int
}

func run(pass *analysis.Pass) (any, error) {
	c := &checker{
		pass: pass,
		info: pass.TypesInfo,
		ins:  pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		ix:   pass.ResultOf[code.IndexAnalyzer].(*code.Index),
	}
	c.collect()
	for fn := range c.defenceFuncs {
		if fn.Exported() {
			pass.ExportObjectFact(fn, new(appliesCSRF))
		}
	}
	for fn, routes := range c.routeFuncs {
		if fn.Exported() {
			pass.ExportObjectFact(fn, &registersRoutes{Routes: routes})
		}
	}
	wires := pass.Pkg.Name() == "main" || c.startsServer
	if wires && !c.defended {
		c.reportUnprotectedImports()
	}
	if c.defended || len(c.mechs) == 0 || len(c.routes) == 0 {
		return nil, nil
	}
	// Report at the session library's setup rather than at a cookie
	// literal when both exist.
	slices.SortStableFunc(c.mechs, func(a, b mechanism) int {
		return cmpBool(a.lib == "net/http", b.lib == "net/http")
	})
	var weak *mechanism
	for i := range c.mechs {
		m := &c.mechs[i]
		switch {
		case m.own == sameSiteLax:
			continue
		case m.own == sameSiteNoneSet, m.lib == "net/http":
			// weak: None on this cookie, or a cookie without SameSite
		case m.laxByDefault && !c.sameSiteNone || !m.laxByDefault && c.sameSiteStrict && !c.sameSiteNone:
			continue
		}
		if weak == nil {
			weak = m
		}
	}
	if weak == nil || code.IsNonProductionFile(pass.Fset.File(weak.node.Pos()).Name()) {
		return nil, nil
	}
	if !wires {
		pass.ExportPackageFact(&unprotectedApp{Lib: weak.lib, Routes: c.routes})
		return nil, nil
	}
	pass.Report(analysis.Diagnostic{Pos: weak.node.Pos(), End: weak.node.End(), Message: message(weak.lib, c.routes)})
	return nil, nil
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func message(lib string, routes []string) string {
	list := routes
	more := ""
	if len(list) > 5 {
		more = fmt.Sprintf(" and %d more", len(list)-5)
		list = list[:5]
	}
	fix := "wrap the handler with http.NewCrossOriginProtection().Handler or gorilla/csrf"
	switch lib {
	case "gin":
		fix = "add a CSRF middleware (such as github.com/utrack/gin-csrf) or set the session cookie's SameSite to Lax"
	case "echo":
		fix = "add middleware.CSRF() or set SameSite: http.SameSiteLaxMode in the session options"
	case "fiber":
		fix = "add the csrf.New() middleware and keep CookieSameSite at Lax"
	case "beego":
		fix = "set web.BConfig.WebConfig.EnableXSRF = true and check the token in forms"
	}
	return fmt.Sprintf("app uses cookie sessions and registers %s%s without CSRF protection, so other sites can submit them as the user; %s",
		strings.Join(list, ", "), more, fix)
}

// startsServer reports whether fn starts serving HTTP, which makes its
// package the one that wires the app.
func startsServer(fn *types.Func) bool {
	return code.IsFunc(fn, "net/http", "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS") ||
		code.IsMethod(fn, "net/http", "Server", "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS") ||
		code.IsMethod(fn, "github.com/gin-gonic/gin", "Engine", "Run", "RunTLS", "RunListener") ||
		code.IsMethod(fn, "github.com/labstack/echo/v4", "Echo", "Start", "StartTLS", "StartServer") ||
		code.IsMethod(fn, "github.com/gofiber/fiber/v2", "App", "Listen", "ListenTLS", "Listener") ||
		code.IsMethod(fn, "github.com/gofiber/fiber/v3", "App", "Listen", "Listener") ||
		code.IsFunc(fn, code.PathBeegoWeb, "Run", "RunWithMiddleWares")
}

type checker struct {
	pass *analysis.Pass
	info *types.Info
	ins  *inspector.Inspector
	ix   *code.Index

	mechs          []mechanism
	routes         []string
	defended       bool
	startsServer   bool // the package starts the HTTP server: it wires the app
	sameSiteStrict bool // a SameSite=Lax/Strict (or configured) setting exists
	sameSiteNone   bool // a SameSite=None setting exists

	defenceFuncs map[*types.Func]bool
	routeFuncs   map[*types.Func][]string
}

func (c *checker) collect() {
	c.defenceFuncs = map[*types.Func]bool{}
	c.routeFuncs = map[*types.Func][]string{}
	seenRoute := map[string]bool{}
	addRoute := func(cur inspector.Cursor, r string) {
		if fd := enclosingFunc(c.info, cur); fd != nil && !slices.Contains(c.routeFuncs[fd], r) {
			c.routeFuncs[fd] = append(c.routeFuncs[fd], r)
		}
		if !seenRoute[r] {
			seenRoute[r] = true
			c.routes = append(c.routes, r)
		}
	}
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.BasicLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			fn := code.Callee(c.info, n)
			if c.isDefence(n, fn) {
				c.defended = true
				if fd := enclosingFunc(c.info, cur); fd != nil {
					c.defenceFuncs[fd] = true
				}
			}
			c.mechanismCall(n, fn)
			if startsServer(fn) {
				c.startsServer = true
			}
			for _, r := range c.routeOf(n, fn) {
				addRoute(cur, r)
			}
			if fn != nil && fn.Pkg() != c.pass.Pkg && fn.Pkg() != nil {
				f := new(registersRoutes)
				if c.pass.ImportObjectFact(fn.Origin(), f) {
					for _, r := range f.Routes {
						addRoute(cur, r)
					}
				}
			}
		case *ast.CompositeLit:
			c.literal(n)
		case *ast.AssignStmt:
			c.assign(n)
		case *ast.BasicLit:
			// A hand-written check: r.Header.Get("Sec-Fetch-Site"),
			// "X-CSRF-Token", a "csrf_token" form field.
			if s, ok := code.StringConst(c.info, n); ok {
				l := strings.ToLower(s)
				if strings.Contains(l, "csrf") || strings.Contains(l, "xsrf") || l == "sec-fetch-site" {
					c.defended = true
				}
			}
		}
	}
	c.beegoConf()
}

func enclosingFunc(info *types.Info, cur inspector.Cursor) *types.Func {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fn, _ := info.Defs[fc.Node().(*ast.FuncDecl).Name].(*types.Func)
		return fn
	}
	return nil
}

// isDefence reports whether a call sets up a CSRF defence.
func (c *checker) isDefence(call *ast.CallExpr, fn *types.Func) bool {
	if fn == nil {
		return false
	}
	switch {
	case code.IsFunc(fn, pathGorillaCSRF, "Protect"),
		code.IsFunc(fn, pathNosurf, "New", "NewPure"),
		code.IsFunc(fn, "net/http", "NewCrossOriginProtection"),
		code.IsMethod(fn, "net/http", "CrossOriginProtection", "Handler", "Check"),
		code.IsFunc(fn, pathEchoMW, "CSRF", "CSRFWithConfig"),
		code.IsFunc(fn, pathFiber2CSRF, "New"),
		code.IsFunc(fn, pathFiber3CSRF, "New"):
		return true
	}
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		// Any other CSRF library: github.com/utrack/gin-csrf, ...
		p := strings.ToLower(fn.Pkg().Name() + " " + path.Base(fn.Pkg().Path()))
		if strings.Contains(p, "csrf") || strings.Contains(p, "xsrf") {
			return true
		}
		if c.pass.ImportObjectFact(fn.Origin(), new(appliesCSRF)) {
			return true
		}
	}
	// A middleware of the app itself: csrfMiddleware(next), app.verifyCSRF.
	w := code.Words(fn.Name())
	return slices.Contains(w, "csrf") || slices.Contains(w, "xsrf")
}

// mechanismCall records the cookie-session mechanisms set up by a call.
func (c *checker) mechanismCall(call *ast.CallExpr, fn *types.Func) {
	if fn == nil || fn.Pkg() == nil {
		return
	}
	add := func(lib string, lax bool) {
		c.mechs = append(c.mechs, mechanism{node: call, lib: lib, laxByDefault: lax})
	}
	switch {
	case code.IsFunc(fn, code.PathSCS, "New"):
		add("scs", true)
	case code.IsFunc(fn, code.PathGorilla, "NewCookieStore", "NewFilesystemStore"):
		add("gorilla", false)
	case code.IsFunc(fn, code.PathGinSessions, "Sessions", "SessionsMany"):
		add("gin", false)
	case code.IsFunc(fn, code.PathEchoSession, "Middleware", "MiddlewareWithConfig"):
		add("echo", false)
	case code.IsFunc(fn, code.PathFiber2Session, "New"),
		code.IsFunc(fn, code.PathFiber3Session, "New", "NewStore", "NewWithStore"):
		c.mechs = append(c.mechs, mechanism{node: call, lib: "fiber", laxByDefault: true, own: c.fiberSameSite(call)})
	case code.IsFunc(fn, code.PathOwnSession, "New"):
		add("session", true)
	case code.IsFunc(fn, code.PathBeegoSession, "NewManager"):
		add("beego", false)
	case code.IsFunc(fn, "net/http", "SetCookie") && len(call.Args) == 2:
		c.netHTTPCookie(call, call.Args[1])
	case code.IsMethod(fn, "github.com/gin-gonic/gin", "Context", "SetCookie") && len(call.Args) >= 1:
		if s, ok := code.StringConst(c.info, call.Args[0]); ok && code.IsSessionName(s) {
			add("gin", false)
		}
	case code.IsMethod(fn, "github.com/gin-gonic/gin", "Context", "SetSameSite") && len(call.Args) == 1:
		c.sameSiteValue(call.Args[0])
	}
}

// netHTTPCookie records http.SetCookie(w, &http.Cookie{Name: "session", ...})
// of a session cookie, and whether it sets SameSite.
func (c *checker) netHTTPCookie(call *ast.CallExpr, arg ast.Expr) {
	for _, o := range c.ix.Origins(arg) {
		lit, ok := code.Unwrap(o).(*ast.CompositeLit)
		if !ok {
			continue
		}
		name, _ := code.Field(lit, "Name")
		s, ok := code.StringConst(c.info, name)
		if !ok || !code.IsSessionName(s) {
			continue
		}
		if maxAge, ok := code.Field(lit, "MaxAge"); ok {
			if v, ok := code.IntConst(c.info, maxAge); ok && v < 0 {
				continue // a deletion
			}
		}
		own := sameSiteUnset
		if c.cookieLax(lit) {
			own = sameSiteLax
		}
		c.mechs = append(c.mechs, mechanism{node: lit, lib: "net/http", own: own})
	}
}

// literal records SameSite settings in option literals: gorilla and gin
// sessions.Options, fiber session.Config, the session package's Options.
func (c *checker) literal(lit *ast.CompositeLit) {
	if code.IsNamed(code.TypeOf(c.info, lit), "net/http", "Cookie") {
		return // judged per cookie, in netHTTPCookie
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		c.setting(id.Name, kv.Value)
	}
}

// assign records field writes of SameSite settings (store.Options.SameSite
// = http.SameSiteStrictMode, sm.Cookie.SameSite = ...) and beego's
// EnableXSRF / SessionOn.
func (c *checker) assign(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		root, path := code.SelectorPath(c.info, lhs)
		if root != nil && root.Pkg() != nil && root.Pkg().Path() == code.PathBeegoWeb && root.Name() == "BConfig" && len(path) > 0 {
			switch path[len(path)-1] {
			case "EnableXSRF":
				if v, ok := code.BoolConst(c.info, as.Rhs[i]); !ok || v {
					c.defended = true
				}
			case "SessionOn":
				if v, ok := code.BoolConst(c.info, as.Rhs[i]); ok && v {
					c.mechs = append(c.mechs, mechanism{node: lhs, lib: "beego"})
				}
			}
		}
		c.setting(sel.Sel.Name, as.Rhs[i])
	}
}

// setting classifies one option by field name.
func (c *checker) setting(field string, value ast.Expr) {
	switch field {
	case "SameSite", "CookieSameSite", "SessionCookieSameSite":
		c.sameSiteValue(value)
	case "SameSiteStrict": // the session package
		if v, ok := code.BoolConst(c.info, value); !ok || v {
			c.sameSiteStrict = true
		}
	case "DangerouslySameSiteNone":
		if v, ok := code.BoolConst(c.info, value); !ok || v {
			c.sameSiteNone = true
		}
	}
}

// fiberSameSite reads CookieSameSite from the Config literal a fiber
// session constructor receives.
func (c *checker) fiberSameSite(call *ast.CallExpr) int {
	if len(call.Args) == 0 {
		return sameSiteUnset
	}
	for _, o := range c.ix.Origins(call.Args[0]) {
		lit, ok := code.Unwrap(o).(*ast.CompositeLit)
		if !ok {
			continue
		}
		v, ok := code.Field(lit, "CookieSameSite")
		if !ok {
			return sameSiteUnset
		}
		s, ok := code.StringConst(c.info, v)
		switch {
		case !ok:
			return sameSiteLax // computed elsewhere: configured
		case strings.EqualFold(s, "none"), strings.EqualFold(s, "disabled"):
			return sameSiteNoneSet
		default:
			return sameSiteLax
		}
	}
	return sameSiteUnset
}

// cookieLax reports whether an http.Cookie literal sets SameSite to Lax or
// Strict, or to a value computed elsewhere.
func (c *checker) cookieLax(lit *ast.CompositeLit) bool {
	v, ok := code.Field(lit, "SameSite")
	if !ok {
		return false
	}
	tv, ok := c.info.Types[v]
	if !ok || tv.Value == nil {
		return true
	}
	n, ok := constant.Int64Val(constant.ToInt(tv.Value))
	return ok && (n == 2 || n == 3)
}

// sameSiteValue classifies a SameSite value: http.SameSite constants
// (Default 1, Lax 2, Strict 3, None 4) and fiber's strings.
func (c *checker) sameSiteValue(v ast.Expr) {
	tv, ok := c.info.Types[v]
	if !ok || tv.Value == nil {
		c.sameSiteStrict = true // configured from elsewhere
		return
	}
	switch tv.Value.Kind() {
	case constant.String:
		switch strings.ToLower(constant.StringVal(tv.Value)) {
		case "lax", "strict":
			c.sameSiteStrict = true
		case "none", "disabled":
			c.sameSiteNone = true
		}
	case constant.Int:
		switch n, _ := constant.Int64Val(tv.Value); n {
		case 2, 3:
			c.sameSiteStrict = true
		case 4:
			c.sameSiteNone = true
		}
	}
}

// beegoConf reads conf/app.conf beside a beego app for sessionon and
// enablexsrf.
func (c *checker) beegoConf() {
	if !code.Imports(c.pass.Pkg, code.PathBeegoWeb) || len(c.pass.Files) == 0 {
		return
	}
	dir := filepath.Dir(c.pass.Fset.File(c.pass.Files[0].Pos()).Name())
	data, err := os.ReadFile(filepath.Join(dir, "conf", "app.conf"))
	if err != nil {
		return
	}
	on := false
	for line := range strings.Lines(string(data)) {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.ToLower(strings.Trim(strings.TrimSpace(v), `"`))
		switch k {
		case "enablexsrf":
			c.defended = c.defended || v == "true"
		case "sessionon":
			on = on || v == "true"
		}
	}
	if !on {
		return
	}
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if code.IsFunc(code.Callee(c.info, call), code.PathBeegoWeb, "Run", "RunWithMiddleWares") {
			c.mechs = append(c.mechs, mechanism{node: call, lib: "beego"})
			return
		}
	}
}

var stateMethods = []string{"POST", "PUT", "PATCH", "DELETE"}

// routeOf returns the state-changing routes a call registers, as
// "METHOD /path".
func (c *checker) routeOf(call *ast.CallExpr, fn *types.Func) []string {
	if fn == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	name := fn.Name()
	arg := func(i int) (string, bool) {
		if i < len(call.Args) {
			return code.StringConst(c.info, call.Args[i])
		}
		return "", false
	}
	// net/http patterns: mux.HandleFunc("POST /transfer", h).
	if (code.IsFunc(fn, "net/http", "Handle", "HandleFunc") || code.IsMethod(fn, "net/http", "ServeMux", "Handle", "HandleFunc")) && len(call.Args) == 2 {
		p, ok := arg(0)
		if !ok {
			return nil
		}
		if m, rest, ok := strings.Cut(p, " "); ok && slices.Contains(stateMethods, m) {
			return []string{m + " " + strings.TrimSpace(rest)}
		}
		if !strings.Contains(p, " ") && c.handlerChecksMethod(call.Args[1]) != "" {
			return []string{c.handlerChecksMethod(call.Args[1]) + " " + p}
		}
		return nil
	}
	// beego: web.Router("/transfer", &c{}, "post:Transfer").
	if code.IsFunc(fn, code.PathBeegoWeb, "Router") && len(call.Args) >= 2 {
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
		if t := code.TypeOf(c.info, call.Args[1]); t != nil {
			ms := types.NewMethodSet(t)
			for _, m := range stateMethods {
				if sel := ms.Lookup(nil, m[:1]+strings.ToLower(m[1:])); sel != nil && code.FuncPkgPath(sel.Obj().(*types.Func)) != code.PathBeegoWeb {
					out = append(out, m+" "+p)
				}
			}
		}
		return out
	}
	if code.IsFunc(fn, code.PathBeegoWeb, "Post", "Put", "Patch", "Delete", "CtrlPost", "CtrlPut", "CtrlPatch", "CtrlDelete") {
		if p, ok := arg(0); ok {
			return []string{strings.ToUpper(strings.TrimPrefix(name, "Ctrl")) + " " + p}
		}
	}
	if sig.Recv() == nil || code.IsNamed(sig.Recv().Type(), "net/http", "Client") {
		return nil
	}
	// Routers: gin r.POST, echo e.POST, fiber app.Post, chi r.Post,
	// httprouter router.POST, and Handle("POST", path) / Method("POST", path).
	upper := strings.ToUpper(name)
	if slices.Contains(stateMethods, upper) || slices.Contains(stateMethods, strings.TrimSuffix(upper, "FUNC")) {
		if p, ok := arg(0); ok && (strings.HasPrefix(p, "/") || p == "") && len(call.Args) >= 2 && c.hasHandlerArg(call.Args[1:]) {
			return []string{strings.TrimSuffix(upper, "FUNC") + " " + c.prefix(call) + p}
		}
		return nil
	}
	switch name {
	case "Handle", "Method", "MethodFunc", "Add", "HandlerFunc", "Handler":
		m, ok1 := arg(0)
		p, ok2 := arg(1)
		if ok1 && ok2 && slices.Contains(stateMethods, strings.ToUpper(m)) {
			return []string{strings.ToUpper(m) + " " + c.prefix(call) + p}
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
			return nil
		}
		p := "?"
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(inner.Args) > 0 {
				if s, ok := code.StringConst(c.info, inner.Args[0]); ok {
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

// hasHandlerArg reports whether one of args is a handler: a function, or a
// value whose type is named like a handler (http.Handler, gin.HandlerFunc),
// which tells a router from an HTTP client's Post("/v1/x", body).
func (c *checker) hasHandlerArg(args []ast.Expr) bool {
	for _, a := range args {
		t := code.TypeOf(c.info, a)
		if t == nil {
			continue
		}
		if _, ok := t.Underlying().(*types.Signature); ok {
			return true
		}
		if n := code.NamedOf(t); n != nil && strings.Contains(n.Obj().Name(), "Handler") {
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
func (c *checker) prefix(call *ast.CallExpr) string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	for _, o := range c.ix.Origins(sel.X) {
		if g, ok := code.Unwrap(o).(*ast.CallExpr); ok && len(g.Args) > 0 {
			if fn := code.Callee(c.info, g); fn != nil && (fn.Name() == "Group" || fn.Name() == "Route" || fn.Name() == "PathPrefix") {
				if s, ok := code.StringConst(c.info, g.Args[0]); ok {
					return strings.TrimSuffix(s, "/")
				}
			}
		}
	}
	return ""
}

// handlerChecksMethod returns the state-changing method a net/http handler
// tests (r.Method == http.MethodPost, switch r.Method { case "POST": }).
func (c *checker) handlerChecksMethod(h ast.Expr) string {
	var body ast.Node
	switch h := code.Unwrap(h).(type) {
	case *ast.FuncLit:
		body = h.Body
	case *ast.CallExpr:
		if tv, ok := c.info.Types[h.Fun]; ok && tv.IsType() && len(h.Args) == 1 {
			return c.handlerChecksMethod(h.Args[0])
		}
		return ""
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := h.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = h.(*ast.Ident)
		}
		if fn, ok := c.info.Uses[id].(*types.Func); ok {
			if d := c.ix.FuncDecl(fn); d != nil {
				body = d.Body
			}
		}
	}
	if body == nil {
		return ""
	}
	found := ""
	isMethod := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Method" && code.IsNamed(code.TypeOf(c.info, sel.X), "net/http", "Request")
	}
	check := func(e ast.Expr) {
		if s, ok := code.StringConst(c.info, e); ok && slices.Contains(stateMethods, s) && found == "" {
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
	return found
}

// reportUnprotectedImports reports, in a package that wires an app, the
// imported packages that set up cookie sessions and routes without a
// defence, at the import of each (or of the package that brings it in).
func (c *checker) reportUnprotectedImports() {
	for _, pf := range c.pass.AllPackageFacts() {
		f, ok := pf.Fact.(*unprotectedApp)
		if !ok || pf.Package == c.pass.Pkg {
			continue
		}
		spec := c.importOf(pf.Package)
		if spec == nil || code.IsNonProductionFile(c.pass.Fset.File(spec.Pos()).Name()) {
			continue
		}
		c.pass.Report(analysis.Diagnostic{
			Pos: spec.Pos(), End: spec.End(),
			Message: strings.Replace(message(f.Lib, f.Routes), "app uses cookie sessions and registers",
				"app wires in "+pf.Package.Path()+", which uses cookie sessions and registers", 1),
		})
	}
}

// importOf finds the import spec through which this package depends on
// dep: its own import, or the import of a package that imports dep.
func (c *checker) importOf(dep *types.Package) *ast.ImportSpec {
	var first *ast.ImportSpec
	for _, f := range c.pass.Files {
		for _, spec := range f.Imports {
			p := strings.Trim(spec.Path.Value, `"`)
			if p == dep.Path() {
				return spec
			}
			for _, imp := range c.pass.Pkg.Imports() {
				if imp.Path() == p && first == nil && dependsOn(imp, dep, make(map[*types.Package]bool)) {
					first = spec
				}
			}
		}
	}
	return first
}

func dependsOn(p, dep *types.Package, seen map[*types.Package]bool) bool {
	if p == dep {
		return true
	}
	if seen[p] {
		return false
	}
	seen[p] = true
	for _, imp := range p.Imports() {
		if dependsOn(imp, dep, seen) {
			return true
		}
	}
	return false
}
