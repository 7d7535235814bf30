package sessioninurl

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/flow"
	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Analyzer reports session IDs and auth tokens put into URLs, and session
// libraries configured to take the session ID from the URL.
var Analyzer = &analysis.Analyzer{
	Name:     "sessioninurl",
	Doc:      catalog.AnalyzerDoc("sessioninurl"),
	URL:      catalog.DocURL("sessioninurl"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, trace.Analyzer},
	Run:      run,
}

const (
	leak        = "where logs, Referer headers and browser history leak it"
	msgQuery    = "session ID placed in a URL query, " + leak + "; keep it in a cookie"
	msgPath     = "session ID placed in a URL path, " + leak + "; keep it in a cookie"
	msgRedirect = "auth token placed in a redirect URL, " + leak + "; set it in a Secure, HttpOnly cookie instead"
	planted     = "so IDs leak through logs, Referer headers and browser history and a link can plant one"
)

func run(pass *analysis.Pass) (any, error) {
	if !typematch.Imports(pass.Pkg, golib.URLLibPaths...) {
		return nil, nil
	}
	a := &analyzer{
		pass:       pass,
		t:          pass.ResultOf[trace.Analyzer].(*trace.Values),
		reported:   make(map[token.Pos]bool),
		redirected: make(map[ast.Expr]bool),
		redirVars:  make(map[types.Object]bool),
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// First the redirect targets, so that URL pieces know where they go.
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		if target := a.redirectTarget(cur.Node().(*ast.CallExpr)); target != nil {
			a.markRedirect(target, 0)
		}
	}
	for cur := range ins.Root().Preorder((*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		if gomod.IsTestFile(pass.Fset.File(cur.Node().Pos()).Name()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if n.Op != token.ADD {
				continue
			}
			if p, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && p.Op == token.ADD {
				continue // only the outermost concatenation
			}
			a.concat(n, cur)
		case *ast.CallExpr:
			a.call(n, cur)
		case *ast.CompositeLit:
			a.compositeLit(n)
		case *ast.AssignStmt:
			a.assign(n)
		}
	}
	return nil, nil
}

type analyzer struct {
	pass       *analysis.Pass
	t          *trace.Values
	reported   map[token.Pos]bool
	redirected map[ast.Expr]bool     // expressions that become a redirect target
	redirVars  map[types.Object]bool // url.URL variables redirected to (u.String())
}

func (a *analyzer) report(n ast.Node, msg string) {
	if a.reported[n.Pos()] {
		return
	}
	a.reported[n.Pos()] = true
	a.pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg})
}

// redirectTarget returns the URL argument of a redirect: http.Redirect,
// gin/echo/fiber/beego Redirect, fiber v3 Redirect().To, and a Location
// header.
func (a *analyzer) redirectTarget(call *ast.CallExpr) ast.Expr {
	fn := typematch.Callee(a.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	if i := golib.RedirectURLArg(fn, len(call.Args)); i >= 0 {
		return call.Args[i]
	}
	if golib.IsHeaderSetter(fn) && len(call.Args) == 2 {
		if k, ok := typematch.StringConst(a.pass.TypesInfo, call.Args[0]); ok && strings.EqualFold(k, "Location") {
			return call.Args[1]
		}
	}
	return nil
}

// markRedirect records e and what it is built from as redirect targets.
func (a *analyzer) markRedirect(e ast.Expr, depth int) {
	e = typematch.Unwrap(e)
	if depth > 4 || a.redirected[e] {
		return
	}
	a.redirected[e] = true
	switch v := e.(type) {
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(v.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "String" {
			if typematch.IsNamed(typematch.TypeOf(a.pass.TypesInfo, sel.X), "net/url", "URL") {
				if root, path := typematch.SelectorPath(a.pass.TypesInfo, sel.X); root != nil && len(path) == 0 {
					a.redirVars[root] = true
				}
			}
		}
		if tv, ok := a.pass.TypesInfo.Types[v.Fun]; ok && tv.IsType() && len(v.Args) == 1 {
			a.markRedirect(v.Args[0], depth+1)
		}
	case *ast.BinaryExpr:
		a.markRedirect(v.X, depth+1)
		a.markRedirect(v.Y, depth+1)
	}
	if defs, ok := a.t.Defs(e, nil); ok {
		for _, d := range defs {
			if d.Index == 0 {
				a.markRedirect(d.Expr, depth+1)
			}
		}
	}
}

var (
	queryKeyRE = lazyre.New(`[?&;]([A-Za-z0-9_.\-\[\]]+)=$`)
	rawKeyRE   = lazyre.New(`(?:^|&)([A-Za-z0-9_.\-\[\]]+)=$`)
)

// A piece is a value spliced into a URL.
type piece struct {
	key   string // query parameter name, "" for a path segment
	value ast.Expr
	text  string // the constant text of the whole URL, for context words
}

// concat checks a string concatenation a + "?sid=" + id.
func (a *analyzer) concat(e *ast.BinaryExpr, cur inspector.Cursor) {
	if !isString(a.pass.TypesInfo, e) {
		return
	}
	var ops []ast.Expr
	var flatten func(x ast.Expr)
	flatten = func(x ast.Expr) {
		if b, ok := ast.Unparen(x).(*ast.BinaryExpr); ok && b.Op == token.ADD {
			flatten(b.X)
			flatten(b.Y)
			return
		}
		ops = append(ops, x)
	}
	flatten(e)
	raw := a.isRawQuery(cur)
	var pieces []piece
	text, all := "", ""
	for _, op := range ops {
		if s, ok := typematch.StringConst(a.pass.TypesInfo, op); ok {
			all += s
		}
	}
	for _, op := range ops {
		if s, ok := typematch.StringConst(a.pass.TypesInfo, op); ok {
			text += s
			continue
		}
		if p, ok := splice(text, op, raw, all); ok {
			pieces = append(pieces, p)
		}
		text += "\x00"
	}
	a.pieces(pieces, a.redirected[e])
}

// isRawQuery reports whether the expression at cur is assigned to a
// RawQuery field.
func (a *analyzer) isRawQuery(cur inspector.Cursor) bool {
	switch p := cur.Parent().Node().(type) {
	case *ast.KeyValueExpr:
		id, ok := p.Key.(*ast.Ident)
		return ok && id.Name == "RawQuery"
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "RawQuery" {
				return true
			}
		}
	}
	return false
}

// splice classifies a value inserted after text: a query parameter, a path
// segment of a URL, or neither.
func splice(text string, value ast.Expr, raw bool, all string) (piece, bool) {
	if m := queryKeyRE.FindStringSubmatch(text); m != nil {
		return piece{key: m[1], value: value, text: all}, true
	}
	if raw {
		if m := rawKeyRE.FindStringSubmatch(text); m != nil {
			return piece{key: m[1], value: value, text: all}, true
		}
	}
	if strings.HasSuffix(text, "/") && !strings.Contains(text, "?") &&
		(strings.HasPrefix(text, "/") || strings.Contains(text, "://") || strings.HasPrefix(text, "\x00/")) {
		return piece{value: value, text: all}, true
	}
	return piece{}, false
}

var verbRE = lazyre.New(`%[-+# 0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[a-zA-Z%]`)

// call checks fmt.Sprintf URLs, url.Values writes, fiber and beego options
// and scs tokens loaded from the query.
func (a *analyzer) call(call *ast.CallExpr, cur inspector.Cursor) {
	info := a.pass.TypesInfo
	fn := typematch.Callee(info, call)
	if fn == nil {
		return
	}
	a.queryCredential(call, fn, cur)
	switch {
	case typematch.IsFunc(fn, "fmt", "Sprintf") && len(call.Args) >= 1:
		format, ok := typematch.StringConst(info, call.Args[0])
		if !ok {
			return
		}
		var pieces []piece
		arg := 1
		text := ""
		last := 0
		for _, loc := range verbRE.FindAllStringIndex(format, -1) {
			text += format[last:loc[0]]
			last = loc[1]
			verb := format[loc[0]:loc[1]]
			if verb == "%%" {
				text += "%"
				continue
			}
			if arg < len(call.Args) {
				if p, ok := splice(text, call.Args[arg], false, format); ok {
					pieces = append(pieces, p)
				}
			}
			text += "\x00"
			arg++
		}
		a.pieces(pieces, a.redirected[call])
	case typematch.IsMethod(fn, "net/url", "Values", "Set", "Add") && len(call.Args) == 2:
		key, ok := typematch.StringConst(info, call.Args[0])
		if !ok {
			return
		}
		sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if sel == nil || !a.valuesInURL(sel.X) || a.signedQuery(sel.X, cur) {
			return
		}
		a.pieces([]piece{{key: key, value: call.Args[1]}}, a.valuesRedirected(sel.X))
	case golib.IsOAuthStateURL(fn) && len(call.Args) >= 1:
		// The state is meant to be random; a session token used as one
		// travels through the provider's URLs and logs.
		if vk := a.valueKind(call.Args[0], 0); vk == kindSession || vk == kindAuth {
			a.report(call.Args[0], "session token used as the OAuth state, so it travels in the provider's authorization and callback URLs and their logs; pass a random state (crypto/rand) and keep the session in its cookie")
		}
	case golib.IsURLExtractor(fn):
		if a.inExtractorConfig(cur) {
			where := "URL query"
			if fn.Name() == "FromParam" {
				where = "URL path"
			}
			a.report(call, fmt.Sprintf("fiber session reads its ID from the %s (extractors.%s), %s; use extractors.FromCookie (the default)", where, fn.Name(), planted))
		}
	case golib.IsIDInQueryOption(fn) && len(call.Args) == 1:
		if v, ok := typematch.BoolConst(info, call.Args[0]); ok && v {
			a.report(call, "beego accepts the session ID from the URL query (EnableSidInURLQuery), "+planted+"; leave it false")
		}
	case golib.SessionLoadTokenArg(fn, len(call.Args)) >= 0:
		if tok := call.Args[golib.SessionLoadTokenArg(fn, len(call.Args))]; a.fromQuery(tok, 0) {
			a.report(tok, "session token read from the URL query, so it leaks through logs and Referer headers and a link can plant one; let LoadAndSave read it from the cookie")
		}
	}
}

// queryCredential reports an auth credential read from the URL query by
// name (r.URL.Query().Get("access_token"), c.Query("api_key")): a server
// that accepts it there invites links that carry it into logs, Referer
// headers and browser history. One-time link tokens (?token= of a reset
// mail) are not auth names.
func (a *analyzer) queryCredential(call *ast.CallExpr, fn *types.Func, cur inspector.Cursor) {
	if len(call.Args) == 0 || !a.readsQuery(call, fn) {
		return
	}
	key, ok := typematch.StringConst(a.pass.TypesInfo, call.Args[0])
	if !ok || !isCredentialKey(key) || flow.InDevelopmentBranch(a.pass.TypesInfo, cur) {
		return
	}
	sessionID := isSessionWordName(key) || names.HasWord(names.Words(key), "sid")
	if names.HasWord(names.Words(key), "sid") && !a.usedAsSession(call, cur) {
		return // "sid" also names subscribers, sites and streams: only a session lookup says it is one
	}
	if !sessionID && !signsIn(a.pass.TypesInfo, cur) {
		// An API key or access token checked on each request is often
		// what the protocol asks for (a media player's stream URL, WOPI,
		// a streaming endpoint); one that opens a session is a login
		// link that leaves the credential in logs and history.
		return
	}
	a.report(call, fmt.Sprintf("auth credential accepted from the URL query (%q), where logs, Referer headers and browser history keep it; take it from the Authorization header or a cookie", key))
}

// usedAsSession reports whether the value a query read returns is handed
// to a session lookup: a call whose function names a session
// (store.GetSession(sid), loadSession(r, sid)), directly or through the
// variable it is assigned to.
func (a *analyzer) usedAsSession(read *ast.CallExpr, cur inspector.Cursor) bool {
	info := a.pass.TypesInfo
	var v types.Object
	if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
		for i, r := range as.Rhs {
			if r == read {
				if id, ok := as.Lhs[i].(*ast.Ident); ok {
					v = info.ObjectOf(id)
				}
			}
		}
	}
	fd := typematch.EnclosingFuncDecl(cur)
	if fd == nil || fd.Body == nil {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		for _, arg := range c.Args {
			arg = typematch.Unwrap(arg)
			id, isIdent := arg.(*ast.Ident)
			if arg != read && !(isIdent && v != nil && info.ObjectOf(id) == v) {
				continue
			}
			if fn := typematch.Callee(info, c); fn != nil && (names.HasWord(names.Words(fn.Name()), "session", "sessions", "sess", "sid") || golib.InSessionLib(fn)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// readsQuery reports whether call returns one of the request's URL query
// parameters.
func (a *analyzer) readsQuery(call *ast.CallExpr, fn *types.Func) bool {
	if golib.IsQueryReader(fn) {
		return true
	}
	if !typematch.IsMethod(fn, "net/url", "Values", "Get") {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if q, ok := typematch.Unwrap(sel.X).(*ast.CallExpr); ok {
		return typematch.IsMethod(typematch.Callee(a.pass.TypesInfo, q), "net/url", "URL", "Query") && a.requestURL(q)
	}
	return a.queryValues(sel.X) && a.requestQuery(sel.X)
}

// requestURL reports whether u.Query() reads the incoming request's URL
// (r.URL.Query()), not one the code parsed itself (a redirect it follows,
// a link it was given).
func (a *analyzer) requestURL(query *ast.CallExpr) bool {
	sel, ok := ast.Unparen(query.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	u, ok := typematch.Unwrap(sel.X).(*ast.SelectorExpr)
	return ok && u.Sel.Name == "URL" && typematch.IsNamed(typematch.TypeOf(a.pass.TypesInfo, u.X), "net/http", "Request")
}

// requestQuery reports whether the url.Values e came from the request's
// URL (q := r.URL.Query()).
func (a *analyzer) requestQuery(e ast.Expr) bool {
	return slices.ContainsFunc(a.queryCalls(e), a.requestURL)
}

// isCredentialKey reports a query parameter name that carries a login
// credential: access_token, accessToken, api_key, apikey, auth_token, jwt,
// a session ID.
func isCredentialKey(key string) bool {
	w := names.Words(key)
	switch {
	case names.HasWord(w, "accesstoken", "apikey", "authtoken", "jwt", "bearer"):
		return true
	case names.HasWord(w, "token") && names.HasWord(w, "access", "auth", "session", "id"):
		return true
	case names.HasWord(w, "key") && names.HasWord(w, "api", "access", "auth"):
		return true
	}
	return names.HasWord(w, "sid", "sessid", "sessionid", "jsessionid", "phpsessid") ||
		names.HasWord(w, "session") && names.HasWord(w, "id")
}

// signedQuery reports whether the function also puts a signature into the
// same query values (q.Set("hmac", sig)): a signed single-use handshake
// (an SSO login token) travels in the URL by design.
func (a *analyzer) signedQuery(values ast.Expr, cur inspector.Cursor) bool {
	root, path := typematch.SelectorPath(a.pass.TypesInfo, values)
	fd := typematch.EnclosingFuncDecl(cur)
	if root == nil || fd == nil {
		return false
	}
	signed := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || signed || len(call.Args) != 2 {
			return !signed
		}
		fn := typematch.Callee(a.pass.TypesInfo, call)
		sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if fn == nil || sel == nil || !typematch.IsMethod(fn, "net/url", "Values", "Set", "Add") {
			return true
		}
		if r, p := typematch.SelectorPath(a.pass.TypesInfo, sel.X); r != root || !slices.Equal(p, path) {
			return true
		}
		if key, ok := typematch.StringConst(a.pass.TypesInfo, call.Args[0]); ok && names.HasWord(names.Words(key), "hmac", "signature", "sig", "signed") {
			signed = true
		}
		return !signed
	})
	return signed
}

// inExtractorConfig reports whether the extractor at cur is (part of) the
// Extractor of a session config (fiber v3's session.Config).
func (a *analyzer) inExtractorConfig(cur inspector.Cursor) bool {
	for c := cur.Parent(); c.Node() != nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				if f, ok := a.pass.TypesInfo.Uses[id].(*types.Var); ok && golib.IsExtractorField(f) {
					return true
				}
			}
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if sel, ok := l.(*ast.SelectorExpr); ok {
					if s, ok := a.pass.TypesInfo.Selections[sel]; ok {
						if f, ok := s.Obj().(*types.Var); ok && golib.IsExtractorField(f) {
							return true
						}
					}
				}
			}
			// e := extractors.FromQuery("sid"), used later in a Config.
			if len(n.Lhs) == 1 {
				if id, ok := n.Lhs[0].(*ast.Ident); ok {
					return a.usedAsExtractor(a.pass.TypesInfo.ObjectOf(id))
				}
			}
			return false
		case *ast.CallExpr:
			if golib.IsExtractorChain(typematch.Callee(a.pass.TypesInfo, n)) {
				continue
			}
			return false
		case *ast.ValueSpec:
			if len(n.Names) == 1 {
				return a.usedAsExtractor(a.pass.TypesInfo.ObjectOf(n.Names[0]))
			}
			return false
		}
	}
	return false
}

func (a *analyzer) usedAsExtractor(obj types.Object) bool {
	found := false
	for cur := range a.t.Inspector.Root().Preorder((*ast.KeyValueExpr)(nil)) {
		kv := cur.Node().(*ast.KeyValueExpr)
		id, ok := kv.Key.(*ast.Ident)
		if !ok || id.Name != golib.ExtractorFieldName {
			continue
		}
		if v, ok := ast.Unparen(kv.Value).(*ast.Ident); ok && a.pass.TypesInfo.ObjectOf(v) == obj {
			found = true
		}
	}
	return found
}

// fromQuery reports whether e is read from the request's URL query.
func (a *analyzer) fromQuery(e ast.Expr, depth int) bool {
	e = typematch.Unwrap(e)
	if depth > 3 {
		return false
	}
	if call, ok := e.(*ast.CallExpr); ok {
		fn := typematch.Callee(a.pass.TypesInfo, call)
		if typematch.IsMethod(fn, "net/url", "Values", "Get") {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if q, ok := typematch.Unwrap(sel.X).(*ast.CallExpr); ok {
					if qf := typematch.Callee(a.pass.TypesInfo, q); typematch.IsMethod(qf, "net/url", "URL", "Query") {
						return true
					}
				}
				return a.queryValues(sel.X)
			}
		}
		if golib.IsQueryReader(fn) {
			return true
		}
	}
	if defs, ok := a.t.Defs(e, nil); ok {
		for _, d := range defs {
			if d.Index == 0 && a.fromQuery(d.Expr, depth+1) {
				return true
			}
		}
	}
	return false
}

// queryValues reports whether e is a url.Values that came from a URL's
// Query().
func (a *analyzer) queryValues(e ast.Expr) bool { return len(a.queryCalls(e)) > 0 }

// queryCalls returns the u.Query() calls the url.Values e is assigned from.
func (a *analyzer) queryCalls(e ast.Expr) []*ast.CallExpr {
	var out []*ast.CallExpr
	defs, _ := a.t.Defs(e, nil)
	for _, d := range defs {
		if q, ok := typematch.Unwrap(d.Expr).(*ast.CallExpr); ok {
			if qf := typematch.Callee(a.pass.TypesInfo, q); typematch.IsMethod(qf, "net/url", "URL", "Query") {
				out = append(out, q)
			}
		}
	}
	return out
}

// valuesInURL reports whether the url.Values v ends up in a URL: it came
// from u.Query(), or its Encode() is assigned to a RawQuery or appended to
// a "?".
func (a *analyzer) valuesInURL(v ast.Expr) bool {
	if a.queryValues(v) {
		return true
	}
	root, path := typematch.SelectorPath(a.pass.TypesInfo, v)
	if root == nil || len(path) > 0 {
		return false
	}
	for _, use := range a.t.ArgUses(root) {
		sel, ok := ast.Unparen(use.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Encode" {
			continue
		}
		cur, ok := a.t.Inspector.Root().FindNode(use)
		if !ok {
			continue
		}
		if a.isRawQuery(cur) {
			return true
		}
		if b, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && b.Op == token.ADD && b.Y == use {
			if s, ok := typematch.StringConst(a.pass.TypesInfo, b.X); ok && strings.HasSuffix(s, "?") {
				return true
			}
			if lb, ok := ast.Unparen(b.X).(*ast.BinaryExpr); ok {
				if s, ok := typematch.StringConst(a.pass.TypesInfo, lb.Y); ok && strings.HasSuffix(s, "?") {
					return true
				}
			}
		}
	}
	return false
}

// valuesRedirected reports whether the url.Values v goes into a URL that is
// redirected to (q := u.Query() or u.RawQuery = q.Encode() with
// http.Redirect(w, r, u.String(), ...)).
func (a *analyzer) valuesRedirected(v ast.Expr) bool {
	defs, _ := a.t.Defs(v, nil)
	for _, d := range defs {
		if q, ok := typematch.Unwrap(d.Expr).(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(q.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Query" {
				if root, _ := typematch.SelectorPath(a.pass.TypesInfo, sel.X); root != nil && a.redirVars[root] {
					return true
				}
			}
		}
	}
	root, _ := typematch.SelectorPath(a.pass.TypesInfo, v)
	if root == nil {
		return false
	}
	for _, use := range a.t.ArgUses(root) {
		sel, ok := ast.Unparen(use.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Encode" {
			continue
		}
		if a.redirected[use] {
			return true
		}
		cur, ok := a.t.Inspector.Root().FindNode(use)
		if !ok {
			continue
		}
		if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if s, ok := l.(*ast.SelectorExpr); ok && s.Sel.Name == "RawQuery" {
					if r, _ := typematch.SelectorPath(a.pass.TypesInfo, s.X); r != nil && a.redirVars[r] {
						return true
					}
				}
			}
		}
		if b, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && a.redirected[b] {
			return true
		}
	}
	return false
}

// compositeLit checks url.Values{"sid": {id}}, fiber v2 KeyLookup and
// beego EnableSidInURLQuery options.
func (a *analyzer) compositeLit(lit *ast.CompositeLit) {
	info := a.pass.TypesInfo
	t := typematch.TypeOf(info, lit)
	switch {
	case typematch.IsNamed(t, "net/url", "Values"):
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := typematch.StringConst(info, kv.Key)
			vals, ok2 := kv.Value.(*ast.CompositeLit)
			if !ok || !ok2 {
				continue
			}
			cur, _ := a.t.Inspector.Root().FindNode(lit)
			if !a.litInURL(cur) {
				continue
			}
			for _, v := range vals.Elts {
				a.pieces([]piece{{key: key, value: v}}, false)
			}
		}
	default:
		for id, kv := range typematch.KeyedFields(lit) {
			if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
				a.option(f, kv.Value, kv)
			}
		}
	}
}

// litInURL reports whether a url.Values literal at cur is encoded into a
// URL right away (url.Values{...}.Encode() as a RawQuery or after "?").
func (a *analyzer) litInURL(cur inspector.Cursor) bool {
	p := cur.Parent()
	sel, ok := p.Node().(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Encode" {
		return false
	}
	call := p.Parent()
	if a.isRawQuery(call) {
		return true
	}
	if b, ok := call.Parent().Node().(*ast.BinaryExpr); ok && b.Op == token.ADD {
		if s, ok := typematch.StringConst(a.pass.TypesInfo, b.X); ok && strings.HasSuffix(s, "?") {
			return true
		}
	}
	return false
}

func (a *analyzer) assign(as *ast.AssignStmt) {
	for f, w := range typematch.FieldWrites(a.pass.TypesInfo, as) {
		a.option(f, w.Value, as)
	}
}

// option checks where session IDs and auth tokens are read from (fiber's
// KeyLookup, JWT middlewares' TokenLookup) and beego's session-ID-in-query
// flags.
func (a *analyzer) option(f *types.Var, value ast.Expr, at ast.Node) {
	if f.Pkg() == nil {
		return
	}
	info := a.pass.TypesInfo
	if l := golib.TokenLookupOf(f); l != nil {
		if s, ok := typematch.StringConst(info, value); ok {
			if src := golib.URLSources(s); len(src) > 0 {
				place := "query"
				if strings.HasPrefix(strings.ToLower(src[0]), "param") {
					place = "path"
				}
				a.report(at, fmt.Sprintf("%s reads its %s from the URL %s (%q), %s; %s", l.Lib, l.What, place, s, planted, l.Fix))
			}
		}
		return
	}
	switch {
	case golib.IDInQueryFlag(f):
		if v, ok := typematch.IsLiteralBool(info, value); ok && v {
			a.report(at, "beego accepts the session ID from the URL query (EnableSidInURLQuery), "+planted+"; leave it false")
		}
	}
}

// pieces reports session IDs and, in redirect targets, auth tokens among
// the values spliced into a URL.
func (a *analyzer) pieces(ps []piece, redirect bool) {
	for _, p := range ps {
		if oneTimeLink(p.text) || (p.key != "" && exemptKey(p.key)) {
			continue
		}
		vk := a.valueKind(p.value, 0)
		if vk == kindExempt {
			continue
		}
		keySession := p.key != "" && isSessionWordName(p.key)
		keyAuth := p.key != "" && isAuthName(p.key)
		switch {
		case p.key == "" && vk == kindSession && redirect:
			// Path segments only in redirects: API clients address
			// session resources by path (WebDriver's /session/{id}).
			a.report(p.value, msgPath)
		case p.key != "" && (vk == kindSession || keySession && vk != kindOther):
			a.report(p.value, msgQuery)
		case redirect && (vk == kindAuth || keyAuth && vk == kindNeutral):
			a.report(p.value, msgRedirect)
		}
	}
}

type valueKind uint8

const (
	kindNeutral valueKind = iota // a value that says nothing about itself (id, v)
	kindSession                  // a session ID
	kindAuth                     // an auth token (access token, JWT, API key)
	kindExempt                   // a one-time link token, OAuth code or state, CSRF token
	kindOther                    // something else by name (a checkout session, a page)
)

// valueKind classifies a spliced value by the library call it comes from or
// the names it goes by, following variables a few steps.
func (a *analyzer) valueKind(e ast.Expr, depth int) valueKind {
	info := a.pass.TypesInfo
	e = typematch.Unwrap(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return a.valueKind(call.Args[0], depth)
		}
		fn := typematch.Callee(info, call)
		switch {
		case golib.IsSessionIDGetter(fn):
			return kindSession
		case fn != nil && (fn.Pkg() == nil || passThrough[fn.Pkg().Path()]) && len(call.Args) > 0:
			// url.QueryEscape(sid), strings.TrimSpace(tok): the argument.
			return a.valueKind(call.Args[0], depth)
		case fn != nil:
			if k := nameKind(fn.Name()); k != kindNeutral {
				return k
			}
		}
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			if golib.IsSessionIDField(typematch.TypeOf(info, sel.X), sel.Sel.Name) {
				return kindSession
			}
			if sel.Sel.Name == "Value" && typematch.IsNamed(typematch.TypeOf(info, sel.X), "net/http", "Cookie") && a.sessionCookie(sel.X) {
				return kindSession
			}
			// tok.AccessToken, user.SessionID: the field's name, else the
			// receiver's (session.ID).
			if k := nameKind(sel.Sel.Name); k != kindNeutral {
				return k
			}
			if isIDName(sel.Sel.Name) {
				if root, path := typematch.SelectorPath(info, sel.X); root != nil && len(path) == 0 {
					if k := nameKind(root.Name()); k == kindSession {
						return k
					}
				}
			}
		}
	}
	if id, ok := e.(*ast.Ident); ok {
		if k := nameKind(id.Name); k != kindNeutral {
			if k == kindSession && a.numberText(id) {
				return kindOther // sid := fmt.Sprintf("%d", id): a row number, not a session ID
			}
			return k
		}
	}
	if depth < 3 {
		if defs, ok := a.t.Defs(e, nil); ok {
			for _, d := range defs {
				if d.Index != 0 {
					continue
				}
				if k := a.valueKind(d.Expr, depth+1); k != kindNeutral {
					return k
				}
			}
		}
	}
	return kindNeutral
}

var passThrough = map[string]bool{
	"net/url": true, "strings": true, "fmt": true, "strconv": true, "html": true, "html/template": true,
}

// sessionCookie reports whether the cookie c came from r.Cookie("session...").
func (a *analyzer) sessionCookie(c ast.Expr) bool {
	defs, _ := a.t.Defs(c, nil)
	for _, d := range defs {
		call, ok := typematch.Unwrap(d.Expr).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			continue
		}
		if fn := typematch.Callee(a.pass.TypesInfo, call); typematch.IsMethod(fn, "net/http", "Request", "Cookie") {
			if name, ok := typematch.StringConst(a.pass.TypesInfo, call.Args[0]); ok && names.IsSessionName(name) {
				return true
			}
		}
	}
	return false
}

// oneTimeWords mark links that carry a one-time token by design (password
// reset, email verification, invitations, magic links), OAuth parameters,
// CSRF tokens, handles of error or flash messages shown on the next page,
// and other things that are not sessions.
var oneTimeWords = []string{
	"reset", "verify", "verification", "verified", "confirm", "confirmation", "invite", "invitation",
	"activate", "activation", "unsubscribe", "magic", "password", "passwd", "email", "signup", "register",
	"download", "share", "shared", "csrf", "xsrf", "state", "nonce", "code", "page", "cursor",
	"continuation", "upload", "push", "device", "captcha", "stripe", "checkout", "payment", "preview",
	"invoice", "ticket", "otp", "onetime", "once", "pagination", "sync", "game", "room", "chat",
	"video", "meeting", "call", "webhook", "error", "errors", "flash", "notice",
}

func oneTimeLink(text string) bool {
	return names.HasWord(names.Words(text), oneTimeWords...)
}

func exemptKey(key string) bool {
	w := names.Words(key)
	return names.HasWord(w, oneTimeWords...) || names.HasWord(w, "client", "redirect", "uri", "return", "next", "scope", "response", "grant", "user", "username", "email")
}

// nameKind classifies a variable, field or function name.
// numberText reports whether every definition of id formats an integer
// as text (strconv.Itoa(n), fmt.Sprintf("%d", n)).
func (a *analyzer) numberText(id *ast.Ident) bool {
	info := a.pass.TypesInfo
	defs, ok := a.t.Defs(id, nil)
	if !ok || len(defs) == 0 {
		return false
	}
	for _, d := range defs {
		call, ok := typematch.Unwrap(d.Expr).(*ast.CallExpr)
		if !ok || d.Index != 0 {
			return false
		}
		fn := typematch.Callee(info, call)
		switch {
		case typematch.IsFunc(fn, "strconv", "Itoa", "FormatInt", "FormatUint"):
		case typematch.IsFunc(fn, "fmt", "Sprintf") && len(call.Args) == 2:
			if f, ok := typematch.StringConst(info, call.Args[0]); !ok || f != "%d" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func nameKind(name string) valueKind {
	w := names.Words(name)
	switch {
	case names.HasWord(w, oneTimeWords...):
		return kindExempt
	case isSessionWordName(name):
		return kindSession
	case isAuthName(name):
		return kindAuth
	case names.HasWord(w, "session", "sessions") && !names.HasWord(w, "id", "token", "key"):
		return kindOther // sessionName, sessionCount
	case names.HasWord(w, "signature", "sig", "digest", "checksum", "hmac", "md5", "sha1", "sha256"):
		return kindOther // a signature over the link's data (?sid=<md5 of email>), not a session ID
	}
	return kindNeutral
}

// isSessionWordName reports whether a name or query key denotes a session
// ID: sid, session, sessionId, session_id, jsessionid, PHPSESSID, sessionToken.
func isSessionWordName(name string) bool {
	w := names.Words(name)
	if names.HasWord(w, "sid", "sessid", "sessionid", "jsessionid", "phpsessid", "aspsessionid") {
		return true
	}
	if !names.HasWord(w, "session", "sess") {
		return false
	}
	if names.HasWord(w, "name", "count", "store", "manager", "data", "user", "timeout", "lifetime", "expires", "expiry", "config", "cookie", "length", "len", "type", "kind") {
		return false
	}
	return len(w) == 1 || names.HasWord(w, "id", "token", "key", "value")
}

// isAuthName reports whether a name or query key denotes an auth token:
// token, access_token, auth, jwt, id_token, api_key, bearer.
func isAuthName(name string) bool {
	w := names.Words(name)
	if names.HasWord(w, "name", "type", "url", "uri", "expires", "expiry", "header", "length", "len", "count") {
		return false
	}
	return names.HasWord(w, "token", "jwt", "bearer", "auth", "authtoken", "accesstoken", "apikey") ||
		names.HasWord(w, "api") && names.HasWord(w, "key")
}

func isIDName(name string) bool {
	return names.HasWord(names.Words(name), "id", "token", "value", "key")
}

func isString(info *types.Info, e ast.Expr) bool {
	t := typematch.TypeOf(info, e)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// signsIn reports whether the function around cur opens a session: it
// writes the session or a cookie, or calls a function named for logging
// in or setting the session user (setSessionUser, SignIn, http.SetCookie).
func signsIn(info *types.Info, cur inspector.Cursor) bool {
	var body ast.Node
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		break
	}
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if op, ok := golib.SessionCallOp(info, call); ok && op.Kind == golib.OpWrite {
			found = true
			return false
		}
		fn := typematch.Callee(info, call)
		if fn == nil {
			return true
		}
		w := names.Words(fn.Name())
		found = names.HasWord(w, "login", "signin", "logon") || names.HasWord(w, "sign", "log") && names.HasWord(w, "in") ||
			names.HasWord(w, "set", "save", "put", "store", "start", "create", "new") && names.HasWord(w, "session", "cookie")
		return !found
	})
	return found
}
