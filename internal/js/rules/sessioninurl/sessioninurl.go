package sessioninurl

import (
	"bytes"
	"strings"
	"time"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/routes"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// SessionInURL flags session IDs and auth tokens put into URLs (redirect
// targets, query strings, path segments, links): req.sessionID,
// req.session.id, values named like session IDs or access tokens, and JWTs
// from jwt.sign, after ?x=, &x=, ;jsessionid= or in a path; also
// url.searchParams.set('sid', ...), and socket.io-client's
// io(url, { query: { token } }), which goes into the handshake URL. URLs
// end up in logs, browser history and
// Referer headers. One-time tokens (password reset, e-mail verification)
// are silent.
var Rule = &analysis.Rule{
	ID:    "sessioninurl",
	Query: "(template_string) @tpl\n(binary_expression) @concat\n" + analysis.CallQuery + "\n" + analysis.NewQuery,
	Check: check,
}

var (
	sessionIDName = lazyre.New(`(?i)^(session_?id|sess_?id|sid|jsessionid|phpsessid|connect\.sid)$`)
	// authTokenName matches values named like this app's bearer
	// credentials: access/auth/session/user tokens, JWTs. API keys are
	// left out: in URLs they are most often a provider's, sent by design.
	authTokenName = lazyre.New(`(?i)^(access|auth|id|session|refresh|user|bearer|login|api)_?token$|^(jwt|bearer)$`)
	urlParamKey   = lazyre.New(`(?i)([?&;/#]|^)(session_?id|sess_?id|sid|session|jsessionid|phpsessid|access_?token|auth_?token|id_?token|jwt|token|api_?key|key)=$`)
	// credentialParam are query keys that name a credential whatever the
	// value's variable is called.
	credentialParam = lazyre.New(`(?i)[?&#;](access_?token|auth_?token|id_?token|refresh_?token|jwt|bearer)=$`)
	oneTimeContext  = lazyre.New(`(?i)(reset|verify|verif|confirm|activ|invite|unsubscribe|magic|recover|forgot|forget)`)
)

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if f.Once(queryScan{}) {
		sessionFromQuery(f)
	}
	if nw := m.Capture("new"); nw != nil {
		if !queryOption(f, nw) { // new Manager(url, { query: { token } })
			builtQuery(f, nw) // new URLSearchParams({ token })
		}
		return
	}
	if qs := m.Capture("call"); qs != nil {
		if queryTokenOption(f, qs) || queryOption(f, qs) || builtQuery(f, qs) {
			return
		}
		fn := syntax.Unwrap(qs.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			return
		}
		if p := f.Text(fn.ChildByField("property")); p != "set" && p != "append" || !strings.HasSuffix(f.MemberPath(fn.ChildByField("object")), "searchParams") {
			return
		}
		as := resolve.Args(qs)
		if len(as) < 2 {
			return
		}
		key, ok := f.String(as[0])
		if _, constant := f.String(as[1]); constant || isConstantName(f.Text(as[1])) {
			return // url.searchParams.set('access_token', REDACTED): redaction
		}
		kind, live := secretKind(f, as[1])
		if !live && outboundRequest(f, qs) {
			return
		}
		if ok && (sessionIDName.MatchString(key) || authTokenName.MatchString(key)) || kind != "" {
			f.Report("sessioninurl", qs, urlMessage(secretKindOr(f, as[1], key)))
		}
		return
	}
	n := m.Capture("tpl")
	if n == nil {
		n = m.Capture("concat")
		if f.Text(n.ChildByField("operator")) != "+" {
			return
		}
		if p := n.Parent; p != nil && p.Kind == "binary_expression" && f.Text(p.ChildByField("operator")) == "+" {
			return // only the outermost concatenation
		}
	}
	if documentation(f, n) {
		return // an example shown in <pre> or <code>
	}
	parts := f.Parts(n)
	lit := ""
	for _, p := range parts {
		if p.Lit {
			lit += p.Text
			continue
		}
		kind, live := secretKind(f, p.Node)
		if kind == "" && credentialParam.MatchString(lit) && !constantValue(f, p.Node) {
			// ?access_token=${t}: the key says what the value is.
			kind = "auth token"
		}
		urlish := strings.ContainsAny(lit, "?/&;#") || strings.HasPrefix(lit, "http")
		if kind == "" || !urlish || oneTimeContext.MatchString(lit) {
			lit += "${}"
			continue
		}
		// The request's own session ID leaks in any part of a URL. Other
		// values named like IDs or tokens count as query parameters of
		// URLs this app hands out: in a path they are usually resource
		// IDs (DELETE /sessions/:id), and a provider's API called from
		// the server takes its key in the query by design.
		switch {
		case live:
		case kind == "auth token" && strings.HasSuffix(lit, "/") && inRedirect(f, n):
			// res.redirect(`/auth/totp/${loginToken}`): the user's browser
			// carries it in the address.
		case !urlParamKey.MatchString(lit) || outboundRequest(f, n):
			lit += "${}"
			continue
		case absoluteURL.MatchString(lit) && !inRedirect(f, n):
			lit += "${}"
			continue
		}
		f.Report("sessioninurl", p.Node, urlMessage(kind))
		return
	}
}

func urlMessage(kind string) string {
	return article(kind) + kind + " is put into a URL, where it leaks through logs, browser history and Referer headers and can be replayed; keep it in an HttpOnly cookie or an Authorization header"
}

func article(kind string) string {
	if strings.ContainsAny(kind[:1], "aeiou") {
		return "an "
	}
	return "a "
}

// secretKind names what an expression holds: "session ID", "JWT", "auth
// token", or "". live reports the request's own session ID: req.sessionID,
// req.session.id, ctx.session.id or the session cookie's value.
// urlBuilder names the functions that build a URL or its query from an
// object of parameters: buildUrl(base, { token }), url.format({ query }),
// querystring.stringify({ token }), new URLSearchParams({ token }), ufo's
// stringifyQuery({ token }).
var urlBuilder = lazyre.New(`(?i)^((build|make|create|format|get|add)_?(url|uri|link|href|query|query_?string)|stringify(_?(query|params|search))?|(encode|serialize)_?(query|params|search|query_?string)|format|URLSearchParams)$`)

// builtQuery reports a session ID or token handed to a URL builder in its
// parameter object, and says whether the call was one.
func builtQuery(f *analysis.File, call *syntax.Node) bool {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil {
		fn = syntax.Unwrap(call.ChildByField("constructor"))
	}
	if fn == nil {
		return false
	}
	name := f.Text(fn)
	if fn.Kind == "member_expression" {
		name = f.Text(fn.ChildByField("property"))
	}
	if !urlBuilder.MatchString(name) || name == "stringify" && strings.HasPrefix(f.Text(fn), "JSON.") {
		return false
	}
	if outboundRequest(f, call) || formBody(f, call) {
		return true
	}
	as := resolve.Args(call)
	for _, a := range as {
		// makeUrl(['api', 'sign_up_confirm'], { token }): the path says
		// it is a one-time link.
		if f.Object(a) == nil && oneTimeContext.MatchString(f.Text(a)) {
			return true
		}
	}
	for _, a := range as {
		o := f.Object(a)
		if o == nil {
			continue
		}
		if q := f.Get(o, "query"); q.Found { // url.format({ pathname, query: { token } })
			if inner := f.Object(q.Value); inner != nil {
				o = inner
			}
		}
		reported := false
		o.Props(func(p *resolve.Prop) {
			if reported || oneTimeContext.MatchString(p.Key) {
				return
			}
			if _, constant := f.String(p.Value); constant {
				return
			}
			// The value must be this app's secret (a JWT signed here, the
			// session ID, the stored login token): a key named api_token
			// may well be another service's key, sent by design.
			if kind, _ := secretKind(f, p.Value); kind != "" {
				f.Report("sessioninurl", p.Node, urlMessage(kind))
				reported = true
			}
		})
	}
	return true
}

// formBody reports a parameter object sent as a request's form body
// (fetch(url, { body: new URLSearchParams({ refresh_token }) })), not put
// into a URL.
func formBody(f *analysis.File, n *syntax.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 3; p, i = p.Parent, i+1 {
		switch p.Kind {
		case "pair":
			k, _ := f.KeyName(p.ChildByField("key"))
			return k == "body" || k == "data" || k == "form" || k == "json"
		case "arguments":
			return isOutboundCall(f, p.Parent)
		case "variable_declarator", "expression_statement", "return_statement":
			return false
		}
	}
	return false
}

// storedToken reports a value read from the browser's storage under a key
// that names the login token (localStorage.getItem('TOKEN')): the app's
// own auth token.
func storedToken(f *analysis.File, n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n == nil || depth > 4 {
		return false
	}
	switch n.Kind {
	case "binary_expression":
		switch f.Text(n.ChildByField("operator")) {
		case "||", "??":
			return storedToken(f, n.ChildByField("left"), depth+1) || storedToken(f, n.ChildByField("right"), depth+1)
		}
	case "identifier":
		if v := f.IdentValue(n); v != nil {
			return storedToken(f, v, depth+1)
		}
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		p := f.MemberPath(fn)
		if !strings.HasSuffix(p, "Storage.getItem") {
			return false
		}
		if as := resolve.Args(n); len(as) == 1 {
			k, ok := f.String(as[0])
			return ok && storageTokenKey.MatchString(k)
		}
	}
	return false
}

// storageTokenKey: browser storage keys that hold the login token.
var storageTokenKey = lazyre.New(`(?i)^(\w+[_.-])?(token|jwt|access_?token|auth_?token|id_?token|auth)$`)

func secretKind(f *analysis.File, n *syntax.Node) (kind string, live bool) {
	n = unwrapEncoding(f, syntax.Unwrap(n))
	if n == nil {
		return "", false
	}
	if storedToken(f, n, 0) {
		return "auth token", false
	}
	p := f.MemberPath(n)
	// x.session.id is the request's session (req.session.id); elsewhere
	// (this.session.id in a page) it is a record named session.
	fromRequest := strings.Contains(p, "req") || strings.HasPrefix(p, "ctx.") || strings.HasPrefix(p, "event.")
	if strings.HasSuffix(p, ".sessionID") || (strings.HasSuffix(p, ".session.id") || strings.HasSuffix(p, ".sessionId")) && fromRequest {
		return "session ID", true
	}
	if strings.Contains(p, "cookies.") && strings.Contains(strings.ToLower(p), "sid") || sessionCookieValue(f, n) {
		return "session ID", true
	}
	name := p
	if n.Kind == "call_expression" {
		// getAccessToken(), auth.readToken(): the getter names the value.
		name = getterSubject(f.MemberPath(n.ChildByField("function")))
	}
	// this.$store.getters['user/getToken']: a store getter named for what
	// it gets, in its module (user + Token).
	ns := ""
	if i := strings.LastIndex(name, "/"); i >= 0 {
		ns = name[strings.LastIndexAny(name[:i], "./")+1 : i]
		name = name[i+1:]
	}
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	name = ns + getterSubject(name)
	if v := f.Value(n); web.SignsJWT(f, v, 0) {
		if d, ok := web.TokenLifetime(f, v); ok && d <= shortLived && !namesUser(f, v) {
			// A signed link that expires within minutes (a download or
			// preview URL scoped to one file) is a capability, not a
			// session.
			return "", false
		}
		return "JWT", false
	}
	switch {
	case name == "":
		return "", false
	case sessionIDName.MatchString(name):
		return "session ID", false
	case authTokenName.MatchString(name):
		return "auth token", false
	}
	return "", false
}

// getterSubject turns a getter's name into what it gets:
// "getAccessToken" → "AccessToken", "auth.readToken" → "auth.Token".
func getterSubject(fn string) string {
	i := strings.LastIndex(fn, ".") + 1
	for _, verb := range []string{"get", "read", "load", "fetch", "current"} {
		if rest, ok := strings.CutPrefix(fn[i:], verb); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return fn[:i] + rest
		}
	}
	return fn
}

// unwrapEncoding looks through encodeURIComponent(x), encodeURI(x),
// escape(x), String(x) and querystring.escape(x) to x.
func unwrapEncoding(f *analysis.File, n *syntax.Node) *syntax.Node {
	for i := 0; n != nil && n.Kind == "call_expression" && i < 4; i++ {
		switch fn := syntax.Unwrap(n.ChildByField("function")); {
		case fn == nil:
			return n
		case fn.Kind == "identifier" && (f.Text(fn) == "encodeURIComponent" || f.Text(fn) == "encodeURI" || f.Text(fn) == "escape" || f.Text(fn) == "String"),
			f.Calls(n, jslib.QueryString, "escape"):
			as := resolve.Args(n)
			if len(as) == 0 {
				return n
			}
			n = syntax.Unwrap(as[0])
		default:
			return n
		}
	}
	return n
}

// sessionCookieValue reports whether n reads a session cookie of the
// request: req.cookies['connect.sid'], req.signedCookies.sid,
// ctx.cookies.get('koa.sess').
func sessionCookieValue(f *analysis.File, n *syntax.Node) bool {
	var name string
	switch n.Kind {
	case "subscript_expression":
		if !strings.HasSuffix(f.MemberPath(n.ChildByField("object")), "ookies") {
			return false
		}
		name, _ = f.String(n.ChildByField("index"))
	case "member_expression":
		if !strings.HasSuffix(f.MemberPath(n.ChildByField("object")), "ookies") {
			return false
		}
		name = f.Text(n.ChildByField("property"))
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || f.Text(fn.ChildByField("property")) != "get" ||
			!strings.HasSuffix(f.MemberPath(fn.ChildByField("object")), ".cookies") {
			return false
		}
		if as := resolve.Args(n); len(as) > 0 {
			name, _ = f.String(as[0])
		}
	default:
		return false
	}
	return name != "" && isSessionCookieName(f, name)
}

func isSessionCookieName(f *analysis.File, name string) bool {
	lower := strings.ToLower(name)
	return strings.Contains(lower, "sess") || lower == "sid" || strings.HasSuffix(lower, ".sid") || strings.HasSuffix(lower, "_sid") || f.Names().SessionCookie(name)
}

// constantValue reports whether n is a string constant or a constant's name.
func constantValue(f *analysis.File, n *syntax.Node) bool {
	if _, ok := f.String(n); ok {
		return true
	}
	return isConstantName(f.Text(n))
}

// isConstantName reports whether an identifier is written like a constant
// (REDACTED, MASK_VALUE).
func isConstantName(s string) bool {
	return len(s) > 1 && strings.ToUpper(s) == s && strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}

var (
	absoluteURL = lazyre.New(`^(https?|wss?)://`)
	httpMethod  = lazyre.New(`^(get|post|put|patch|delete|del|head|request|fetch|send|ajax|getJSON)$`)
)

// outboundRequest reports whether the URL n is sent in an HTTP request the
// server makes: fetch(url), axios.get(url), got(url), https.request(url),
// graphRequest(url), or const u = url; ... api.get(u).
func outboundRequest(f *analysis.File, n *syntax.Node) bool {
	u := n
	for u.Parent != nil && (u.Parent.Kind == "binary_expression" || u.Parent.Kind == "template_string" ||
		u.Parent.Kind == "template_substitution" || u.Parent.Kind == "parenthesized_expression" ||
		u.Parent.Kind == "ternary_expression" && u.Field != "condition") { // fetch(ok ? url : null)
		u = u.Parent
	}
	p := u.Parent
	switch {
	case p == nil:
		return false
	case p.Kind == "arguments" && p.Parent != nil && p.Parent.Kind == "call_expression":
		return isOutboundCall(f, p.Parent)
	case p.Kind == "variable_declarator" && u.Field == "value",
		p.Kind == "assignment_expression" && u.Field == "right":
		// const url = ...; fetch(url), fetch(base + url), or finalURL =
		// ...; later fetch(finalURL, ...).
		name := p.ChildByField("name")
		if name == nil {
			name = p.ChildByField("left")
		}
		if name == nil || name.Kind != "identifier" {
			return false
		}
		scope := syntax.EnclosingFunction(p)
		if scope == nil {
			scope = resolve.DeclScope(p)
		}
		found := false
		syntax.Walk(scope, func(m *syntax.Node) bool {
			if !found && m.Kind == "identifier" && m != name && f.Text(m) == f.Text(name) {
				if call := argumentOf(m); call != nil {
					found = isOutboundCall(f, call)
				}
			}
			return !found
		})
		return found
	}
	return false
}

// argumentOf returns the call an expression is (part of) an argument of.
func argumentOf(n *syntax.Node) *syntax.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.Kind {
		case "binary_expression", "template_string", "template_substitution", "parenthesized_expression", "object", "pair", "shorthand_property_identifier":
			continue
		case "arguments":
			if p.Parent != nil && (p.Parent.Kind == "call_expression" || p.Parent.Kind == "new_expression") {
				return p.Parent
			}
		}
		return nil
	}
	return nil
}

var requestFuncName = lazyre.New(`(?i)(request|fetch)$`)

func isOutboundCall(f *analysis.File, call *syntax.Node) bool {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil {
		return false
	}
	if b, ok := f.Callee(call); ok && jslib.HTTPClient(b.Module) {
		return true
	}
	switch fn.Kind {
	case "identifier":
		return requestFuncName.MatchString(f.Text(fn))
	case "member_expression":
		prop := f.Text(fn.ChildByField("property"))
		if requestFuncName.MatchString(prop) {
			return true
		}
		if !httpMethod.MatchString(prop) {
			return false
		}
		obj := f.MemberPath(fn.ChildByField("object"))
		last := strings.ToLower(obj[strings.LastIndex(obj, ".")+1:])
		return routes.ClientName.MatchString(last) || strings.HasSuffix(last, "request") || strings.HasSuffix(last, "http")
	}
	return false
}

// inRedirect reports whether n is part of a redirect the app sends:
// res.redirect(url), ctx.redirect(url), res.location(url), a Location
// header.
func inRedirect(f *analysis.File, n *syntax.Node) bool {
	for p, i := n, 0; p != nil && i < 6; p, i = p.Parent, i+1 {
		if p.Kind != "call_expression" {
			continue
		}
		fn := syntax.Unwrap(p.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			continue
		}
		switch f.Text(fn.ChildByField("property")) {
		case "redirect", "location":
			return true
		case "setHeader", "header", "set", "writeHead":
			if strings.Contains(strings.ToLower(f.Text(p)), "location") {
				return true
			}
		}
	}
	return false
}

func secretKindOr(f *analysis.File, n *syntax.Node, key string) string {
	if k, _ := secretKind(f, n); k != "" {
		return k
	}
	if sessionIDName.MatchString(key) {
		return "session ID"
	}
	return "auth token"
}

// namesUser reports whether a signed token's payload (the signer's first
// argument) says who the user is ({ sub: user.id }): a short-lived access
// token, not a link scoped to one file.
func namesUser(f *analysis.File, sign *syntax.Node) bool {
	sign = syntax.Unwrap(sign)
	if sign == nil || sign.Kind != "call_expression" {
		return false
	}
	as := resolve.Args(sign)
	if len(as) == 0 {
		return false
	}
	g := f.Owner(sign)
	found := false
	g.Object(as[0]).Props(func(p *resolve.Prop) {
		if userKey.MatchString(p.Key) {
			found = true
		}
	})
	return found
}

var userKey = lazyre.New(`(?i)^(sub|user|user_?id|uid|id|email|username|account(_?id)?)$`)

// shortLived: tokens that expire within this are single-use capabilities
// (signed download links), not sessions.
const shortLived = 15 * time.Minute

type queryScan struct{}

// sessionFromQuery reports a session ID read from the query string
// (ctx.query.sid, req.query.sessionId): the app accepts session IDs in
// URLs, so links carry them.
func sessionFromQuery(f *analysis.File) {
	src := f.Tree.Src
	if !bytes.Contains(src, []byte("query")) {
		return
	}
	for i := range f.Tree.Nodes {
		n := &f.Tree.Nodes[i]
		if n.Kind != "member_expression" && n.Kind != "subscript_expression" {
			continue
		}
		if l := n.Parent; l != nil && l.Kind == "assignment_expression" && n.Field == "left" {
			continue
		}
		p := f.MemberPath(n)
		parts := strings.Split(p, ".")
		if len(parts) < 3 || parts[len(parts)-2] != "query" || !web.ReqVar.MatchString(parts[0]) && parts[0] != "ctx" {
			continue
		}
		if sessionIDName.MatchString(parts[len(parts)-1]) {
			f.Report("sessioninurl", n, "the session ID is read from the query string, so session IDs travel in URLs, where they leak through logs, browser history and Referer headers and can be planted; read it from the session cookie only")
			return
		}
	}
}

// queryTokenOption reports an auth scheme set to accept tokens from the
// query string (hapi-auth-bearer-token's allowQueryToken: true).
func queryTokenOption(f *analysis.File, call *syntax.Node) bool {
	as := resolve.Args(call)
	if len(as) < 3 || !strings.HasSuffix(f.MemberPath(call.ChildByField("function")), "auth.strategy") {
		return false
	}
	scheme, ok := f.String(as[1])
	if !ok {
		return false
	}
	for _, q := range jslib.QueryTokenOptions {
		if q.Scheme != scheme {
			continue
		}
		if l := f.Get(f.Object(as[2]), q.Option); l.Found && f.Bool(l.Value) == resolve.Yes {
			at := l.Value
			if l.Prop != nil {
				at = l.Prop.Node
			}
			f.Report("sessioninurl", at, "the "+scheme+" scheme accepts tokens from the query string ("+q.Option+"), so clients put auth tokens in URLs, where they leak through logs, browser history and Referer headers; accept them in the Authorization header only")
		}
		return true
	}
	return false
}

// documentation reports a URL written inside a JSX <pre> or <code>
// element: an example for the reader, not a link the app makes.
func documentation(f *analysis.File, n *syntax.Node) bool {
	for p := n.Parent; p != nil && !syntax.IsFunction(p); p = p.Parent {
		if p.Kind == "jsx_element" {
			if open := p.ChildByField("open_tag"); open != nil {
				tag := f.Text(open.ChildByField("name"))
				return tag == "pre" || tag == "code"
			}
			return false
		}
	}
	return false
}

// queryKey names a query parameter that carries a credential whatever the
// value's variable is called.
var queryKey = lazyre.New(`(?i)^(session_?id|sess_?id|sid|access_?token|auth_?token|id_?token|jwt|token|bearer)$`)

// queryOption reports a client of the catalog that connects with a token
// in its options' query object (socket.io-client io(url, { query: { token } })),
// which the client writes into the URL it connects to.
func queryOption(f *analysis.File, call *syntax.Node) bool {
	b, ok := f.Callee(call)
	if !ok {
		return false
	}
	for _, c := range jslib.QueryOptionClients {
		if b != c.Ref {
			continue
		}
		as := resolve.Args(call)
		if len(as) <= c.Options {
			return true
		}
		l := f.Get(f.Object(as[c.Options]), c.Option)
		if !l.Found {
			return true
		}
		reported := false
		f.Object(l.Value).Props(func(p *resolve.Prop) {
			if reported || p.Value == nil {
				return
			}
			kind, _ := secretKind(f, p.Value)
			if kind == "" && queryKey.MatchString(p.Key) && !constantValue(f, p.Value) {
				if _, constant := f.String(p.Value); !constant {
					kind = "auth token"
					if sessionIDName.MatchString(p.Key) {
						kind = "session ID"
					}
				}
			}
			if kind == "" {
				return
			}
			at := p.Value
			if p.Node != nil {
				at = p.Node
			}
			reported = true
			f.Report("sessioninurl", at, "the "+c.Option+" option puts "+article(kind)+kind+" into the URL the client connects to, where it leaks through proxy and server logs; "+c.Fix)
		})
		return true
	}
	return false
}
