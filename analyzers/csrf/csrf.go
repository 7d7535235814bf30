package csrf

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/analyzers/internal/web"
	"github.com/sessionlint/sessionlint/catalog"
)

// Analyzer reports apps that authenticate with cookie sessions and register
// state-changing routes without any CSRF defence.
var Analyzer = &analysis.Analyzer{
	Name:      "csrf",
	Doc:       catalog.AnalyzerDoc("csrf"),
	URL:       catalog.DocURL("csrf"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, trace.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{(*appliesCSRF)(nil), (*registersRoutes)(nil), (*unprotectedApp)(nil), (*keepsSessions)(nil), (*takesMethod)(nil), (*providerApp)(nil), (*wiresApp)(nil)},
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

// wiresApp marks a package that wires an app (it starts a server): a main
// package importing it leaves to it what it brings in.
type wiresApp struct{}

func (*wiresApp) AFact()         {}
func (*wiresApp) String() string { return "wiresApp" }

// keepsSessions marks a package of the app (not a library) that keeps
// cookie sessions without SameSite protection but registers no routes
// itself (an auth service setting the session cookie): the package that
// wires the app and registers the routes reports unless it applies a
// defence.
type keepsSessions struct{ Lib string }

func (*keepsSessions) AFact()           {}
func (f *keepsSessions) String() string { return "keepsSessions(" + f.Lib + ")" }

// takesMethod marks an exported HTTP handler that takes a state-changing
// method when registered for any method (it tests r.Method, or reads a
// body or form), for the package that registers it.
type takesMethod struct{ Method string }

func (*takesMethod) AFact()           {}
func (f *takesMethod) String() string { return "takesMethod(" + f.Method + ")" }

// providerApp marks a package that uses a provider-configured session
// module (beego's web): a main package that imports it wires the app its
// config file describes.
type providerApp struct{}

func (*providerApp) AFact()         {}
func (*providerApp) String() string { return "providerApp" }

// appliesCSRF marks a function that sets up a CSRF defence (it calls
// csrf.Protect, nosurf.New, http.NewCrossOriginProtection, a framework's
// CSRF middleware, or another such function).
type appliesCSRF struct{}

func (*appliesCSRF) AFact()         {}
func (*appliesCSRF) String() string { return "appliesCSRF" }

// registersRoutes marks a function that registers state-changing routes,
// so that the package wiring the app (often main) sees them; as a package
// fact, the routes its init functions register.
type registersRoutes struct{ Routes []string }

func (*registersRoutes) AFact() {}
func (f *registersRoutes) String() string {
	return "registersRoutes(" + strings.Join(f.Routes, ", ") + ")"
}

// SameSite settings of one mechanism.
const (
	sameSiteUnset = iota
	sameSiteLax
	sameSiteNoneSet
)

// A mechanism is one way the package keeps a cookie session.
type mechanism struct {
	node         ast.Node // where to report
	lib          string   // the framework, for the fix advice (golib.CSRFAdvice); cookieLib for a plain cookie
	laxByDefault bool     // the library's cookie defaults to SameSite=Lax
	plainCookie  bool     // a cookie written by hand, not a session library
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
		ix:   pass.ResultOf[trace.Analyzer].(*trace.Values),
	}
	c.collect()
	c.propagate()
	c.exportHandlerMethods()
	for fn := range c.defenceFuncs {
		if fn.Exported() {
			pass.ExportObjectFact(fn, new(appliesCSRF))
		}
	}
	var initRoutes []string
	for fn, routes := range c.routeFuncs {
		switch {
		case fn.Exported():
			pass.ExportObjectFact(fn, &registersRoutes{Routes: routes})
		case fn.Name() == "init" && fn.Type().(*types.Signature).Recv() == nil:
			initRoutes = append(initRoutes, routes...)
		}
	}
	// Routes an init function registers come with the import (beego's
	// routers package): the package carries them as a fact.
	if len(initRoutes) > 0 && pass.Pkg.Name() != "main" {
		slices.Sort(initRoutes)
		pass.ExportPackageFact(&registersRoutes{Routes: slices.Compact(initRoutes)})
	}
	for _, pf := range pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*registersRoutes); ok && pf.Package != pass.Pkg {
			for _, r := range f.Routes {
				if !slices.Contains(c.routes, r) {
					c.routes = append(c.routes, r)
				}
			}
		}
	}
	wires := pass.Pkg.Name() == "main" || c.startsServer
	if c.startsServer && pass.Pkg.Name() != "main" {
		pass.ExportPackageFact(&wiresApp{})
	}
	weak := c.weakMechanism()
	// Logging in, signing up and out, as in the JavaScript rule: a forged
	// request on them acts on no session the user holds.
	c.routes = slices.DeleteFunc(c.routes, func(r string) bool {
		_, p, _ := strings.Cut(r, " ")
		return names.IsAccountRoute(p)
	})
	if wires && !c.defended {
		if !c.reportUnprotectedImports() && weak == nil && len(c.routes) > 0 {
			c.reportSessionImports()
		}
	}
	if c.defended || weak == nil {
		return nil, nil
	}
	switch {
	case len(c.routes) == 0:
		if !wires && !gomod.IsLibraryPackage(pass) {
			pass.ExportPackageFact(&keepsSessions{Lib: weak.lib})
		}
	case !wires:
		pass.ExportPackageFact(&unprotectedApp{Lib: weak.lib, Routes: c.routes})
	default:
		pass.Report(analysis.Diagnostic{Pos: weak.node.Pos(), End: weak.node.End(), Message: message(weak.lib, c.routes)})
	}
	return nil, nil
}

// weakMechanism returns the package's cookie session that SameSite does
// not protect, preferring a session library's setup to a cookie literal,
// or nil.
func (c *checker) weakMechanism() *mechanism {
	slices.SortStableFunc(c.mechs, func(a, b mechanism) int {
		return cmpBool(a.plainCookie, b.plainCookie)
	})
	for i := range c.mechs {
		m := &c.mechs[i]
		switch {
		case m.own == sameSiteLax:
			continue
		case m.own == sameSiteNoneSet, m.plainCookie:
			// weak: None on this cookie, or a cookie without SameSite
		case m.laxByDefault && !c.sameSiteNone || !m.laxByDefault && c.sameSiteStrict && !c.sameSiteNone:
			continue
		}
		if gomod.IsNonProductionFile(c.pass.Fset.File(m.node.Pos()).Name()) {
			return nil
		}
		return m
	}
	return nil
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
	return fmt.Sprintf("app uses cookie sessions and registers %s%s without CSRF protection, so other sites can submit them as the user; %s",
		strings.Join(list, ", "), more, golib.CSRFAdvice(lib))
}

type checker struct {
	pass *analysis.Pass
	info *types.Info
	ins  *inspector.Inspector
	ix   *trace.Values

	mechs          []mechanism
	routes         []string
	defended       bool
	startsServer   bool // the package starts the HTTP server: it wires the app
	sameSiteStrict bool // a SameSite=Lax/Strict (or configured) setting exists
	sameSiteNone   bool // a SameSite=None setting exists

	routeModel   *web.RouteModel
	defenceFuncs map[*types.Func]bool
	library      bool                // another module's package: only catalogued defences count
	originFuncs  map[*types.Func]int // readsOrigin | refuses
	routeFuncs   map[*types.Func][]string
	calls        map[*types.Func][]*types.Func // this package's functions → the ones of it they call
}

// propagate gives a function the routes and defences of the functions of
// this package it calls: SetRouter calls SetAPIRouter, which registers the
// routes, and main sees them through SetRouter's fact.
func (c *checker) propagate() {
	for changed := true; changed; {
		changed = false
		for caller, callees := range c.calls {
			for _, callee := range callees {
				if c.defenceFuncs[callee] && !c.defenceFuncs[caller] {
					c.defenceFuncs[caller] = true
					changed = true
				}
				for _, r := range c.routeFuncs[callee] {
					if !slices.Contains(c.routeFuncs[caller], r) {
						c.routeFuncs[caller] = append(c.routeFuncs[caller], r)
						changed = true
					}
				}
			}
		}
	}
}

// exportHandlerMethods records, for the packages that register this
// package's exported handlers, which of them take a state-changing method.
func (c *checker) exportHandlerMethods() {
	if c.library {
		return
	}
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			d, ok := decl.(*ast.FuncDecl)
			if !ok || !d.Name.IsExported() || d.Recv != nil || len(d.Type.Params.List) != 2 {
				continue
			}
			fn, _ := c.info.Defs[d.Name].(*types.Func)
			if fn == nil || !golib.IsHandlerSignature(fn) {
				continue
			}
			if m := c.routeModel.HandlerFuncMethod(d); m != "" {
				c.pass.ExportObjectFact(fn, &takesMethod{Method: m})
			}
		}
	}
}

func (c *checker) collect() {
	c.routeModel = web.NewRouteModel(c.ix)
	c.routeModel.HandlerMethod = func(fn *types.Func) string {
		f := new(takesMethod)
		if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, f) {
			return f.Method
		}
		return ""
	}
	c.library = gomod.IsLibraryPackage(c.pass)
	c.defenceFuncs = map[*types.Func]bool{}
	c.originFuncs = map[*types.Func]int{}
	c.routeFuncs = map[*types.Func][]string{}
	c.calls = map[*types.Func][]*types.Func{}
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
			fn := typematch.Callee(c.info, n)
			if c.isDefence(n, fn) || !c.library && c.passesDefence(n) {
				c.defend(cur)
			}
			if !c.library {
				c.originCheck(n, cur)
			}
			c.mechanismCall(n, fn, cur)
			if golib.StartsServer(fn) {
				c.startsServer = true
			}
			if fn != nil && fn.Pkg() == c.pass.Pkg {
				if fd := enclosingFunc(c.info, cur); fd != nil && fd != fn && !slices.Contains(c.calls[fd], fn.Origin()) {
					c.calls[fd] = append(c.calls[fd], fn.Origin())
				}
			}
			for _, r := range c.routeModel.StateChangingRoutes(n, fn) {
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
			// Only as a call's argument: a "csrfField" template
			// function's name or a comment-like map key defends nothing.
			call, arg := cur.Parent().Node().(*ast.CallExpr)
			if !arg || c.library || isLogging(typematch.Callee(c.info, call)) {
				continue
			}
			// A sentence ("CSRF token mismatch") names no header or
			// field; nor does a logging call's field key.
			if s, ok := typematch.StringConst(c.info, n); ok && !strings.Contains(strings.TrimSpace(s), " ") {
				l := strings.ToLower(s)
				if strings.Contains(l, "csrf") || strings.Contains(l, "xsrf") || l == "sec-fetch-site" {
					c.defend(cur)
				}
			}
		}
	}
	for fn, seen := range c.originFuncs {
		if seen == readsOrigin|refuses {
			c.defenceFuncs[fn] = true
			c.defended = true
		}
	}
	c.providerConfig()
	c.providerConf()
}

// What a function does with a request, for an Origin check.
const (
	readsOrigin = 1 << iota // reads the Origin (or Referer) header
	refuses                 // answers 403 Forbidden
)

// originCheck records calls that read the request's Origin or Referer
// header and calls that answer 403: a function doing both is a hand-written
// Origin check, a CSRF defence (a CORS middleware that only sets
// Access-Control headers refuses nothing and is not one).
func (c *checker) originCheck(call *ast.CallExpr, cur inspector.Cursor) {
	fd := enclosingFunc(c.info, cur)
	if fd == nil {
		return
	}
	for _, a := range call.Args {
		if s, ok := typematch.StringConst(c.info, a); ok {
			if l := strings.ToLower(s); l == "origin" || l == "referer" {
				c.originFuncs[fd] |= readsOrigin
			}
		} else if v, ok := typematch.IntConst(c.info, a); ok && v == 403 { // http.StatusForbidden
			c.originFuncs[fd] |= refuses
		}
	}
}

// defend records a defence set up at cur, and by its function.
func (c *checker) defend(cur inspector.Cursor) {
	c.defended = true
	if fd := enclosingFunc(c.info, cur); fd != nil {
		c.defenceFuncs[fd] = true
	}
}

// passesDefence reports whether a call is handed a CSRF check of the app's
// own as a function value: r.Use(checkCSRF), mux.Use(app.verifyXSRF).
func (c *checker) passesDefence(call *ast.CallExpr) bool {
	for _, arg := range call.Args {
		var id *ast.Ident
		switch a := ast.Unparen(arg).(type) {
		case *ast.Ident:
			id = a
		case *ast.SelectorExpr:
			id = a.Sel
		default:
			continue
		}
		if fn, ok := c.info.Uses[id].(*types.Func); ok {
			w := names.Words(fn.Name())
			if slices.Contains(w, "csrf") || slices.Contains(w, "xsrf") {
				return true
			}
			// web.InsertFilter("*", web.BeforeRouter, routers.CorsFilter)
			if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn.Origin(), new(appliesCSRF)) {
				return true
			}
		}
	}
	return false
}

// isLogging reports whether fn belongs to a logging package (log, slog,
// zerolog, logrus, zap, the app's own log wrapper), whose arguments are
// messages and field keys.
func isLogging(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	p := strings.ToLower(fn.Pkg().Path())
	switch base := path.Base(p); {
	case base == "blog" || base == "catalog" || base == "dialog" || base == "changelog" || base == "backlog":
		return false
	case strings.HasSuffix(base, "log") || strings.HasSuffix(base, "logger") || strings.HasSuffix(base, "logging"):
		return true
	}
	return strings.HasSuffix(p, "/zap") || strings.Contains(p, "/zap/")
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
	if golib.IsCSRFDefence(fn) {
		return true
	}
	if golib.InCSRFLib(fn) {
		return false
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
	if c.library {
		return false
	}
	w := names.Words(fn.Name())
	return slices.Contains(w, "csrf") || slices.Contains(w, "xsrf")
}

// mechanismCall records the cookie-session mechanisms set up by a call.
func (c *checker) mechanismCall(call *ast.CallExpr, fn *types.Func, cur inspector.Cursor) {
	if fn == nil || fn.Pkg() == nil {
		return
	}
	if m := golib.SessionMechanismOf(fn); m != nil {
		own := sameSiteUnset
		if m.ConfigSameSite != "" {
			own = c.configSameSite(call, m.ConfigSameSite)
		}
		c.mechs = append(c.mechs, mechanism{node: call, lib: m.Lib, laxByDefault: m.LaxByDefault, own: own})
		return
	}
	if w := golib.CookieWriteOf(fn, len(call.Args)); w != nil {
		c.writtenCookie(call.Args[w.Arg], w, typematch.EnclosingFuncDecl(cur))
		return
	}
	if s := golib.CookieSetterOf(fn, call); s != nil {
		// c.SetCookie(cfg.SessionCookieName, token, ...): a session cookie
		// by its name's constant or the names it is read through, unless
		// the call deletes it.
		if maxAge, ok := typematch.IntConst(c.info, s.Arg(call, s.MaxAge)); ok && maxAge < 0 {
			return
		}
		if c.ix.IdentifyCookie(s.Arg(call, s.Name), s.Arg(call, s.Value), typematch.EnclosingFuncDecl(cur)).Session {
			c.mechs = append(c.mechs, mechanism{node: call, lib: golib.LibOfCookieSetter})
		}
		return
	}
	if golib.IsCookieSetter(fn) {
		return
	}
	if golib.IsSameSiteCall(fn) && len(call.Args) == 1 {
		c.sameSiteValue(call.Args[0])
	}
}

// writtenCookie records http.SetCookie(w, &http.Cookie{Name: "session", ...})
// of a session cookie, and whether it sets SameSite.
func (c *checker) writtenCookie(arg ast.Expr, w *golib.CookieWrite, fd *ast.FuncDecl) {
	ct := w.Cookie
	for _, o := range c.ix.Origins(arg) {
		lit, ok := typematch.Unwrap(o).(*ast.CompositeLit)
		if !ok {
			continue
		}
		name, _ := typematch.Field(lit, ct.Name)
		value, _ := typematch.Field(lit, ct.Value)
		if name == nil || !c.ix.IdentifyCookie(name, value, fd).Session {
			continue
		}
		inline := typematch.Unwrap(arg) == ast.Expr(lit)
		if u, ok := typematch.Unwrap(arg).(*ast.UnaryExpr); ok && typematch.Unwrap(u.X) == ast.Expr(lit) {
			inline = true
		}
		// A literal held in a variable may get its value later.
		if c.ix.DeletesCookie(lit, ct.MaxAge, ct.Expires, ct.Value, !inline) {
			continue // a deletion
		}
		own := sameSiteUnset
		if c.cookieLax(lit, ct) {
			own = sameSiteLax
		}
		c.mechs = append(c.mechs, mechanism{node: lit, lib: w.Lib, plainCookie: true, own: own})
	}
}

// literal records SameSite settings in option literals: gorilla and gin
// sessions.Options, fiber session.Config, the session package's Options.
func (c *checker) literal(lit *ast.CompositeLit) {
	if golib.IsWrittenCookie(typematch.TypeOf(c.info, lit)) {
		return // judged per cookie, in writtenCookie
	}
	for id, kv := range typematch.KeyedFields(lit) {
		c.setting(id.Name, kv.Value)
	}
}

// assign records field writes of SameSite settings (store.Options.SameSite
// = http.SameSiteStrictMode, sm.Cookie.SameSite = ...).
func (c *checker) assign(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
			c.setting(sel.Sel.Name, as.Rhs[i])
		}
	}
}

// providerConfig records the switches of a provider-configured session
// module (beego's web.BConfig): EnableXSRF and SessionOn.
func (c *checker) providerConfig() {
	bs := golib.BeegoSessions
	for _, w := range bs.ConfigWrites(c.info, c.ins) {
		switch w.Field {
		case bs.XSRFField:
			if v, ok := typematch.BoolConst(c.info, w.Value); !ok || v {
				c.defended = true
			}
		case bs.OnField:
			if v, ok := typematch.BoolConst(c.info, w.Value); ok && v {
				c.mechs = append(c.mechs, mechanism{node: w.Lhs, lib: bs.Lib})
			}
		}
	}
}

// setting classifies one option by field name.
func (c *checker) setting(field string, value ast.Expr) {
	switch {
	case slices.Contains(golib.SameSiteFields, field):
		c.sameSiteValue(value)
	case field == golib.SameSiteStrictFlag:
		if v, ok := typematch.BoolConst(c.info, value); !ok || v {
			c.sameSiteStrict = true
		}
	case field == golib.SameSiteNoneFlag:
		if v, ok := typematch.BoolConst(c.info, value); !ok || v {
			c.sameSiteNone = true
		}
	}
}

// configSameSite reads the SameSite field of the config literal a session
// constructor receives (fiber's session.Config CookieSameSite).
func (c *checker) configSameSite(call *ast.CallExpr, field string) int {
	if len(call.Args) == 0 {
		return sameSiteUnset
	}
	for _, o := range c.ix.Origins(call.Args[0]) {
		lit, ok := typematch.Unwrap(o).(*ast.CompositeLit)
		if !ok {
			continue
		}
		v, ok := typematch.Field(lit, field)
		if !ok {
			return sameSiteUnset
		}
		s, ok := typematch.StringConst(c.info, v)
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

// cookieLax reports whether a cookie literal sets SameSite to Lax or
// Strict, or to a value computed elsewhere.
func (c *checker) cookieLax(lit *ast.CompositeLit, ct *golib.OptionType) bool {
	v, ok := typematch.Field(lit, ct.SameSite)
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

// providerConf reads the config file beside an app whose session module is
// configured by provider (beego's conf/app.conf) for its session and CSRF
// switches.
func (c *checker) providerConf() {
	bs := golib.BeegoSessions
	if len(c.pass.Files) == 0 {
		return
	}
	direct := typematch.Imports(c.pass.Pkg, bs.ConfigPkg)
	// A main package that brings beego in through its own packages (the
	// routers, a daemon that calls Run) wires the app the config file
	// describes.
	if direct && c.pass.Pkg.Name() != "main" {
		c.pass.ExportPackageFact(new(providerApp))
	}
	var via ast.Node
	if !direct && c.pass.Pkg.Name() == "main" {
		// The first import that brings such a package in, whatever the
		// order of the facts.
		for _, pf := range c.pass.AllPackageFacts() {
			if _, ok := pf.Fact.(*providerApp); ok {
				var at ast.Node = c.pass.Files[0].Name
				if spec := c.importOf(pf.Package); spec != nil {
					at = spec
				}
				if via == nil || at.Pos() < via.Pos() {
					via = at
				}
			}
		}
	}
	if !direct && via == nil {
		return
	}
	entries, ok := bs.ReadConf(filepath.Dir(c.pass.Fset.File(c.pass.Files[0].Pos()).Name()))
	if !ok {
		return
	}
	on := false
	for _, e := range entries {
		v := strings.ToLower(e.Value)
		switch e.Key {
		case bs.XSRFKey:
			c.defended = c.defended || v == "true"
		case bs.OnKey:
			on = on || v == "true"
		}
	}
	if !on {
		return
	}
	if via != nil {
		c.mechs = append(c.mechs, mechanism{node: via, lib: bs.Lib})
		return
	}
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if bs.Run.Matches(typematch.Callee(c.info, call)) {
			c.mechs = append(c.mechs, mechanism{node: call, lib: bs.Lib})
			return
		}
	}
}

// reportUnprotectedImports reports, in a package that wires an app, the
// imported packages that set up cookie sessions and routes without a
// defence, at the import of each (or of the package that brings it in).
func (c *checker) reportUnprotectedImports() (reported bool) {
	for _, pf := range c.pass.AllPackageFacts() {
		f, ok := pf.Fact.(*unprotectedApp)
		if !ok || pf.Package == c.pass.Pkg {
			continue
		}
		spec := c.importOf(pf.Package)
		if spec == nil || gomod.IsNonProductionFile(c.pass.Fset.File(spec.Pos()).Name()) {
			continue
		}
		if c.wiredOnTheWay(pf.Package) {
			continue // the package that starts the server reports it
		}
		c.pass.Report(analysis.Diagnostic{
			Pos: spec.Pos(), End: spec.End(),
			Message: strings.Replace(message(f.Lib, f.Routes), "app uses cookie sessions and registers",
				"app wires in "+pf.Package.Path()+", which uses cookie sessions and registers", 1),
		})
		reported = true
	}
	return reported
}

// reportSessionImports reports an app whose cookie sessions are kept in
// one package (keepsSessions) and whose state-changing routes this package
// registers, with no defence: once, at the import that brings the
// sessions in.
func (c *checker) reportSessionImports() {
	var keepers []analysis.PackageFact
	for _, pf := range c.pass.AllPackageFacts() {
		if _, ok := pf.Fact.(*keepsSessions); ok && pf.Package != c.pass.Pkg && !gomod.FromDependency(c.pass, pf.Package.Path()) {
			keepers = append(keepers, pf)
		}
	}
	slices.SortFunc(keepers, func(a, b analysis.PackageFact) int { return strings.Compare(a.Package.Path(), b.Package.Path()) })
	for _, pf := range keepers {
		spec := c.importOf(pf.Package)
		if spec == nil || gomod.IsNonProductionFile(c.pass.Fset.File(spec.Pos()).Name()) {
			continue
		}
		c.pass.Report(analysis.Diagnostic{
			Pos: spec.Pos(), End: spec.End(),
			Message: strings.Replace(message(pf.Fact.(*keepsSessions).Lib, c.routes), "app uses cookie sessions and registers",
				"app keeps cookie sessions in "+pf.Package.Path()+" and registers", 1),
		})
		return
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

// wiredOnTheWay reports whether a package this one imports, on the way
// to dep, wires an app itself (cmd starting the server main runs).
func (c *checker) wiredOnTheWay(dep *types.Package) bool {
	// reaches[p]: p imports dep, directly or not (imports form no cycles).
	reaches := make(map[*types.Package]bool)
	var leads func(p *types.Package) bool
	leads = func(p *types.Package) bool {
		if p == dep {
			return true
		}
		if r, ok := reaches[p]; ok {
			return r
		}
		r := slices.ContainsFunc(p.Imports(), leads)
		reaches[p] = r
		return r
	}
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package) bool
	visit = func(p *types.Package) bool {
		if p == dep || seen[p] || !leads(p) {
			return false
		}
		seen[p] = true
		if c.pass.ImportPackageFact(p, new(wiresApp)) {
			return true
		}
		for _, imp := range p.Imports() {
			if visit(imp) {
				return true
			}
		}
		return false
	}
	for _, imp := range c.pass.Pkg.Imports() {
		if visit(imp) {
			return true
		}
	}
	return false
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
