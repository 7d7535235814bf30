package rules

import (
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// SessionInURL flags session IDs and auth tokens put into URLs (redirect
// targets, query strings, path segments, links): req.sessionID,
// req.session.id, values named like session IDs or access tokens, and JWTs
// from jwt.sign, after ?x=, &x=, ;jsessionid= or in a path; also
// url.searchParams.set('sid', ...). URLs end up in logs, browser history and
// Referer headers. One-time tokens (password reset, e-mail verification)
// are silent.
var SessionInURL = &Rule{
	ID:    "sessioninurl",
	Query: "(template_string) @tpl\n(binary_expression) @concat\n" + callQuery,
	Check: checkSessionInURL,
}

var (
	sessionIDName = regexp.MustCompile(`(?i)^(session_?id|sess_?id|sid|jsessionid|phpsessid|connect\.sid)$`)
	authTokenName = regexp.MustCompile(`(?i)^(access_?token|auth_?token|id_?token|jwt|bearer|session_?token|api_?key|refresh_?token)$`)
	urlParamKey   = regexp.MustCompile(`(?i)([?&;/#]|^)(session_?id|sess_?id|sid|session|jsessionid|phpsessid|access_?token|auth_?token|id_?token|jwt|token|api_?key|key)=$`)
	// credentialParam are query keys that name a credential whatever the
	// value's variable is called.
	credentialParam = regexp.MustCompile(`(?i)[?&#;](access_?token|auth_?token|id_?token|refresh_?token|jwt|bearer)=$`)
	oneTimeContext  = regexp.MustCompile(`(?i)(reset|verify|verif|confirm|activat|invite|unsubscribe|magic|recover|forgot)`)
)

func checkSessionInURL(f *File, m syntax.Match) {
	if f.Test {
		return
	}
	if qs := m.Capture("call"); qs != nil {
		fn := syntax.Unwrap(qs.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			return
		}
		if p := f.text(fn.ChildByField("property")); p != "set" && p != "append" || !strings.HasSuffix(f.memberPath(fn.ChildByField("object")), "searchParams") {
			return
		}
		as := args(qs)
		if len(as) < 2 {
			return
		}
		key, ok := f.stringValue(as[0], 0)
		if _, constant := f.stringValue(as[1], 0); constant || isConstantName(f.text(as[1])) {
			return // url.searchParams.set('access_token', REDACTED): redaction
		}
		kind, live := f.secretKind(as[1])
		if !live && f.outboundRequest(qs) {
			return
		}
		if ok && (sessionIDName.MatchString(key) || authTokenName.MatchString(key)) || kind != "" {
			f.report("sessioninurl", qs, urlMessage(f.secretKindOr(as[1], key)))
		}
		return
	}
	n := m.Capture("tpl")
	if n == nil {
		n = m.Capture("concat")
		if f.text(n.ChildByField("operator")) != "+" {
			return
		}
		if p := n.Parent; p != nil && p.Kind == "binary_expression" && f.text(p.ChildByField("operator")) == "+" {
			return // only the outermost concatenation
		}
	}
	parts := f.urlParts(n)
	lit := ""
	for _, p := range parts {
		if p.lit {
			lit += p.text
			continue
		}
		kind, live := f.secretKind(p.node)
		if kind == "" && credentialParam.MatchString(lit) && !f.constantValue(p.node) {
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
		case !urlParamKey.MatchString(lit) || f.outboundRequest(n):
			lit += "${}"
			continue
		case absoluteURL.MatchString(lit) && !f.inRedirect(n):
			lit += "${}"
			continue
		}
		f.report("sessioninurl", p.node, urlMessage(kind))
		return
	}
}

func urlMessage(kind string) string {
	article := "a "
	if strings.ContainsAny(kind[:1], "aeiou") {
		article = "an "
	}
	return article + kind + " is put into a URL, where it leaks through logs, browser history and Referer headers and can be replayed; keep it in an HttpOnly cookie or an Authorization header"
}

type urlPart struct {
	lit  bool
	text string
	node *syntax.Node
}

// urlParts flattens a template string or + chain into literal and
// expression parts.
func (f *File) urlParts(n *syntax.Node) []urlPart {
	var out []urlPart
	var walk func(n *syntax.Node, depth int)
	walk = func(n *syntax.Node, depth int) {
		n = syntax.Unwrap(n)
		if n == nil || depth > 64 {
			return
		}
		switch n.Kind {
		case "template_string":
			for _, c := range n.Children {
				switch c.Kind {
				case "string_fragment":
					out = append(out, urlPart{lit: true, text: f.text(c)})
				case "template_substitution":
					if e := firstNamed(c); e != nil {
						out = append(out, urlPart{node: e})
					}
				}
			}
		case "binary_expression":
			if f.text(n.ChildByField("operator")) == "+" {
				walk(n.ChildByField("left"), depth+1)
				walk(n.ChildByField("right"), depth+1)
				return
			}
			out = append(out, urlPart{node: n})
		case "string":
			s, _ := f.stringValue(n, 0)
			out = append(out, urlPart{lit: true, text: s})
		default:
			out = append(out, urlPart{node: n})
		}
	}
	walk(n, 0)
	return out
}

// secretKind names what an expression holds: "session ID", "JWT", "auth
// token", or "". live reports the request's own session ID: req.sessionID,
// req.session.id, ctx.session.id or the session cookie's value.
func (f *File) secretKind(n *syntax.Node) (kind string, live bool) {
	n = unwrapEncoding(f, syntax.Unwrap(n))
	if n == nil {
		return "", false
	}
	p := f.memberPath(n)
	if strings.HasSuffix(p, ".sessionID") || strings.HasSuffix(p, ".session.id") || strings.HasSuffix(p, ".sessionId") && strings.Contains(p, "req") {
		return "session ID", true
	}
	if strings.Contains(p, "cookies.") && strings.Contains(strings.ToLower(p), "sid") || f.sessionCookieValue(n) {
		return "session ID", true
	}
	name := p
	if n.Kind == "call_expression" {
		// getAccessToken(), auth.readToken(): the getter names the value.
		name = getterSubject(f.memberPath(n.ChildByField("function")))
	}
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	if f.signsJWT(f.value(n, 0), 0) {
		return "JWT", false
	}
	if v := f.value(n, 0); v != nil && v.Kind == "await_expression" {
		if c := syntax.Unwrap(firstNamed(v)); c != nil && c.Kind == "call_expression" && f.isCallTo(c, "jsonwebtoken", "sign") {
			return "JWT", false
		}
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

// signsJWT reports whether n is jwt.sign(...), or a call of a helper
// (here or in a local module) that returns one.
func (f *File) signsJWT(n *syntax.Node, depth int) bool {
	if n == nil || n.Kind != "call_expression" || depth > 2 {
		return false
	}
	if f.isCallTo(n, "jsonwebtoken", "sign") {
		return true
	}
	fn := syntax.Unwrap(n.ChildByField("function"))
	if fn == nil {
		return false
	}
	body := f.localFunction(fn, 0)
	if body == nil {
		if v := f.value(fn, 0); v != nil && v != fn && syntax.IsFunction(v) {
			body = v
		}
	}
	if body == nil {
		return false
	}
	for _, r := range returnValues(body) {
		if f.signsJWT(f.value(r, 0), depth+1) {
			return true
		}
	}
	return false
}

// unwrapEncoding looks through encodeURIComponent(x), encodeURI(x),
// escape(x), String(x) and querystring.escape(x) to x.
func unwrapEncoding(f *File, n *syntax.Node) *syntax.Node {
	for i := 0; n != nil && n.Kind == "call_expression" && i < 4; i++ {
		switch fn := syntax.Unwrap(n.ChildByField("function")); {
		case fn == nil:
			return n
		case fn.Kind == "identifier" && (f.text(fn) == "encodeURIComponent" || f.text(fn) == "encodeURI" || f.text(fn) == "escape" || f.text(fn) == "String"),
			f.isCallTo(n, "querystring", "escape"):
			as := args(n)
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
func (f *File) sessionCookieValue(n *syntax.Node) bool {
	var name string
	switch n.Kind {
	case "subscript_expression":
		if !strings.HasSuffix(f.memberPath(n.ChildByField("object")), "ookies") {
			return false
		}
		name, _ = f.stringValue(n.ChildByField("index"), 0)
	case "member_expression":
		if !strings.HasSuffix(f.memberPath(n.ChildByField("object")), "ookies") {
			return false
		}
		name = f.text(n.ChildByField("property"))
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || f.text(fn.ChildByField("property")) != "get" ||
			!strings.HasSuffix(f.memberPath(fn.ChildByField("object")), ".cookies") {
			return false
		}
		if as := args(n); len(as) > 0 {
			name, _ = f.stringValue(as[0], 0)
		}
	default:
		return false
	}
	return name != "" && isSessionCookieName(f, name)
}

func isSessionCookieName(f *File, name string) bool {
	lower := strings.ToLower(name)
	return strings.Contains(lower, "sess") || lower == "sid" || strings.HasSuffix(lower, ".sid") || strings.HasSuffix(lower, "_sid") || f.names().sessionCookie(name)
}

// constantValue reports whether n is a string constant or a constant's name.
func (f *File) constantValue(n *syntax.Node) bool {
	if _, ok := f.stringValue(n, 0); ok {
		return true
	}
	return isConstantName(f.text(n))
}

// isConstantName reports whether an identifier is written like a constant
// (REDACTED, MASK_VALUE).
func isConstantName(s string) bool {
	return len(s) > 1 && strings.ToUpper(s) == s && strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}

var (
	absoluteURL   = regexp.MustCompile(`^(https?|wss?)://`)
	httpClientMod = map[string]bool{"axios": true, "got": true, "node-fetch": true, "cross-fetch": true, "superagent": true, "request": true,
		"request-promise": true, "needle": true, "undici": true, "http": true, "https": true, "ky": true, "phin": true, "bent": true}
	httpMethod = regexp.MustCompile(`^(get|post|put|patch|delete|del|head|request|fetch|send)$`)
)

// outboundRequest reports whether the URL n is sent in an HTTP request the
// server makes: fetch(url), axios.get(url), got(url), https.request(url),
// graphRequest(url), or const u = url; ... api.get(u).
func (f *File) outboundRequest(n *syntax.Node) bool {
	u := n
	for u.Parent != nil && (u.Parent.Kind == "binary_expression" || u.Parent.Kind == "template_string" ||
		u.Parent.Kind == "template_substitution" || u.Parent.Kind == "parenthesized_expression") {
		u = u.Parent
	}
	p := u.Parent
	switch {
	case p == nil:
		return false
	case p.Kind == "arguments" && p.Parent != nil && p.Parent.Kind == "call_expression":
		return f.isOutboundCall(p.Parent)
	case p.Kind == "variable_declarator" && u.Field == "value":
		name := p.ChildByField("name")
		if name == nil || name.Kind != "identifier" {
			return false
		}
		scope := declScope(p)
		found := false
		syntax.Walk(scope, func(m *syntax.Node) bool {
			if !found && m.Kind == "identifier" && m != name && f.text(m) == f.text(name) &&
				m.Parent != nil && m.Parent.Kind == "arguments" && m.Parent.Parent != nil && m.Parent.Parent.Kind == "call_expression" {
				found = f.isOutboundCall(m.Parent.Parent)
			}
			return !found
		})
		return found
	}
	return false
}

var requestFuncName = regexp.MustCompile(`(?i)(request|fetch)$`)

func (f *File) isOutboundCall(call *syntax.Node) bool {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil {
		return false
	}
	if b, ok := f.calleeRef(call); ok && httpClientMod[b.module] {
		return true
	}
	switch fn.Kind {
	case "identifier":
		return requestFuncName.MatchString(f.text(fn))
	case "member_expression":
		prop := f.text(fn.ChildByField("property"))
		if requestFuncName.MatchString(prop) {
			return true
		}
		if !httpMethod.MatchString(prop) {
			return false
		}
		obj := f.memberPath(fn.ChildByField("object"))
		last := strings.ToLower(obj[strings.LastIndex(obj, ".")+1:])
		return clientName.MatchString(last) || strings.HasSuffix(last, "request") || strings.HasSuffix(last, "http")
	}
	return false
}

// inRedirect reports whether n is part of a redirect the app sends:
// res.redirect(url), ctx.redirect(url), res.location(url), a Location
// header.
func (f *File) inRedirect(n *syntax.Node) bool {
	for p, i := n, 0; p != nil && i < 6; p, i = p.Parent, i+1 {
		if p.Kind != "call_expression" {
			continue
		}
		fn := syntax.Unwrap(p.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			continue
		}
		switch f.text(fn.ChildByField("property")) {
		case "redirect", "location":
			return true
		case "setHeader", "header", "set", "writeHead":
			if strings.Contains(strings.ToLower(f.text(p)), "location") {
				return true
			}
		}
	}
	return false
}

func (f *File) secretKindOr(n *syntax.Node, key string) string {
	if k, _ := f.secretKind(n); k != "" {
		return k
	}
	if sessionIDName.MatchString(key) {
		return "session ID"
	}
	return "auth token"
}
