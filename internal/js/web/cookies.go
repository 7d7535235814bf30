package web

import (
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// A CookieWrite is one call that writes a cookie through an API of the
// catalog (res.cookie, reply.setCookie, ctx.cookies.set, js-cookie, ...).
type CookieWrite struct {
	Setter   *jslib.CookieSetter
	Call     *syntax.Node
	NameNode *syntax.Node
	Name     string // the name, or its skeleton ("share_*_token"); "" unknown
	Value    *syntax.Node
	OptsNode *syntax.Node // nil when no options are passed
	Opts     *resolve.Obj // an empty object when none are passed; nil when unseen
	// Signed: the app's own setter signs or encrypts the value before it
	// writes it (serialize(name, sign(value, secret), options)): the
	// server trusts what the cookie says.
	Signed bool
}

var (
	receiverOnce sync.Once
	receiverRE   map[string]*regexp.Regexp
)

func receiverPattern(p string) *regexp.Regexp {
	receiverOnce.Do(func() {
		receiverRE = map[string]*regexp.Regexp{}
		for _, s := range jslib.CookieSetters {
			if s.Receiver != "" {
				receiverRE[s.Receiver] = regexp.MustCompile(s.Receiver)
			}
			if s.Files != "" {
				receiverRE[s.Files] = regexp.MustCompile(s.Files)
			}
		}
	})
	return receiverRE[p]
}

// CookieAt recognises a cookie write at a call: of an API of the catalog,
// or of the app's own setter that passes its name, value and options on
// to one (res.setCookie = (name, value, options) => res.setHeader(
// 'Set-Cookie', serialize(name, sign(value), options))).
func CookieAt(f *analysis.File, call *syntax.Node) *CookieWrite {
	return cookieAt(f, call, 0)
}

func cookieAt(f *analysis.File, call *syntax.Node, depth int) *CookieWrite {
	if w := wrappedCookie(f, call, depth); w != nil {
		return w
	}
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil {
		return nil
	}
	method, recv := "", ""
	var recvNode *syntax.Node
	switch fn.Kind {
	case "member_expression":
		method = f.Text(fn.ChildByField("property"))
		recvNode = syntax.Unwrap(fn.ChildByField("object"))
		recv = f.MemberPath(recvNode)
		if recv == "" {
			recv = f.Text(recvNode)
		}
	case "identifier":
		method = f.Text(fn)
	default:
		return nil
	}
	for i := range jslib.CookieSetters {
		s := &jslib.CookieSetters[i]
		if s.Method != method {
			continue
		}
		if !setterMatches(f, s, call, recvNode, recv) {
			continue
		}
		as := resolve.Args(call)
		if len(as) <= s.Value {
			return nil
		}
		w := &CookieWrite{Setter: s, Call: call, NameNode: as[s.Name], Value: as[s.Value]}
		w.Name, _ = f.Skeleton(as[s.Name])
		if len(as) > s.Options {
			w.OptsNode = as[s.Options]
			w.Opts = f.Object(as[s.Options])
		} else {
			w.Opts = resolve.NewObj()
		}
		return w
	}
	return nil
}

// cookieMethod: the names of the app's own cookie setters.
var cookieMethod = lazyre.New(`(?i)cookie$`)

// wrappedCookie recognises a call of the app's own cookie setter: a
// function of the file (or bound to the same member, res.setCookie = ...)
// whose body writes a cookie through the catalog with the name and options
// of its parameters. The write is the call's, with the call's arguments.
func wrappedCookie(f *analysis.File, call *syntax.Node, depth int) *CookieWrite {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if depth > 0 || fn == nil || (fn.Kind != "identifier" && fn.Kind != "member_expression") {
		return nil
	}
	name := f.Text(fn)
	if fn.Kind == "member_expression" {
		name = f.Text(fn.ChildByField("property"))
	}
	if !cookieMethod.MatchString(name) {
		return nil
	}
	body := assignedFunction(f, fn)
	if body == nil && fn.Kind == "identifier" {
		body = f.LocalFunction(fn)
	}
	if body == nil || f.Owner(body) != f.File {
		return nil
	}
	var inner *CookieWrite
	syntax.Walk(body, func(n *syntax.Node) bool {
		if inner != nil {
			return false
		}
		if n.Kind == "call_expression" {
			inner = cookieAt(f, n, depth+1)
		}
		return true
	})
	if inner == nil {
		return nil
	}
	ni, vi, oi := f.ParamIndex(body, inner.NameNode), f.ParamIndex(body, inner.Value), -1
	if inner.OptsNode != nil {
		oi = f.ParamIndex(body, inner.OptsNode)
	}
	signed := false
	if vi < 0 {
		// serialize(name, sign64(value, secret), options), or the signed
		// value kept in a local first.
		v := syntax.Unwrap(inner.Value)
		if v != nil && v.Kind == "identifier" {
			v = localInit(f, body, f.Text(v))
		}
		if v != nil && v.Kind == "await_expression" {
			v = syntax.Unwrap(resolve.FirstNamed(v))
		}
		if v != nil && v.Kind == "call_expression" && signer.MatchString(f.Text(v.ChildByField("function"))) {
			for _, a := range resolve.Args(v) {
				if vi = f.ParamIndex(body, a); vi >= 0 {
					signed = true
					break
				}
			}
		}
	}
	as := resolve.Args(call)
	if ni < 0 || vi < 0 || ni >= len(as) || vi >= len(as) || (inner.OptsNode != nil && oi < 0) {
		return nil
	}
	w := &CookieWrite{Setter: inner.Setter, Call: call, NameNode: as[ni], Value: as[vi], Signed: signed}
	w.Name, _ = f.Skeleton(as[ni])
	switch {
	case oi >= 0 && oi < len(as):
		w.OptsNode = as[oi]
		w.Opts = f.Object(as[oi])
	case oi >= 0 && defaultOf(body, oi) != nil:
		// setCookie(name, value, options = { secure: true })
		w.Opts = f.Object(defaultOf(body, oi))
	default:
		w.Opts = resolve.NewObj()
	}
	return w
}

// defaultOf returns the default value of fn's parameter i, or nil.
func defaultOf(fn *syntax.Node, i int) *syntax.Node {
	params := fn.ChildByField("parameters")
	if params == nil {
		return nil
	}
	ps := params.NamedChildren()
	if i >= len(ps) {
		return nil
	}
	if v := ps[i].ChildByField("value"); v != nil {
		return v
	}
	if ps[i].Kind == "assignment_pattern" {
		return ps[i].ChildByField("right")
	}
	return nil
}

// signer matches the callees that sign or encrypt a cookie's value.
var signer = lazyre.New(`(^|[._])(sign|hmac|seal|encrypt)\w*$|[a-z0-9](Sign|Hmac|Seal|Encrypt)\w*$`)

// assignedFunction returns the function assigned in the file to the member
// a call names (res.setCookie = (name, value, options) => ...), or nil.
func assignedFunction(f *analysis.File, fn *syntax.Node) *syntax.Node {
	if fn.Kind != "member_expression" {
		return nil
	}
	want := f.Text(fn)
	var out *syntax.Node
	syntax.Walk(f.Tree.Root, func(n *syntax.Node) bool {
		if out != nil {
			return false
		}
		if n.Kind == "assignment_expression" && f.Text(n.ChildByField("left")) == want {
			if r := syntax.Unwrap(n.ChildByField("right")); r != nil && syntax.IsFunction(r) {
				out = r
			}
		}
		return true
	})
	return out
}

// localInit returns the initialiser of a variable declared in fn, or nil.
func localInit(f *analysis.File, fn *syntax.Node, name string) *syntax.Node {
	var out *syntax.Node
	syntax.Walk(fn, func(n *syntax.Node) bool {
		if out == nil && n.Kind == "variable_declarator" && f.Text(n.ChildByField("name")) == name {
			out = syntax.Unwrap(n.ChildByField("value"))
		}
		return out == nil
	})
	return out
}

func setterMatches(f *analysis.File, s *jslib.CookieSetter, call, recvNode *syntax.Node, recv string) bool {
	if s.Receiver != "" {
		if recvNode == nil {
			return false
		}
		re := receiverPattern(s.Receiver)
		if !re.MatchString(recv) {
			// const jar = await cookies(); jar.set(...)
			v := f.Value(recvNode)
			if v == nil || v == recvNode || !re.MatchString(f.Text(v)) {
				return false
			}
		}
		if s.Files != "" && !receiverPattern(s.Files).MatchString(f.Tree.Path) {
			return false
		}
		return !s.Import || f.Imported(s.Module)
	}
	if b, ok := f.Callee(call); ok && b.Module == s.Module {
		return true
	}
	if recvNode != nil {
		// const cookies = new Cookies(); cookies.set(...)
		if v := f.Value(recvNode); v != nil && (v.Kind == "new_expression" || v.Kind == "call_expression") {
			if b, ok := f.Owner(v).Callee(v); ok && b.Module == s.Module {
				return true
			}
		}
	}
	return false
}

// Defaults returns the setter's cookie defaults for the app's version.
func (w *CookieWrite) Defaults(f *analysis.File) jslib.Defaults {
	return w.Setter.DefaultsFor(f.App.Version(w.Setter.Module))
}

// Deleting reports a write that deletes the cookie: a null value, maxAge
// 0 or less, an expiry in the past.
func (w *CookieWrite) Deleting(f *analysis.File) bool {
	if v := syntax.Unwrap(w.Value); v != nil && (v.Kind == "null" || v.Kind == "undefined") {
		return true
	}
	if s, ok := f.String(w.Value); ok && s == "" {
		return true
	}
	if l := f.Get(w.Opts, "maxAge"); l.Found {
		if v, ok := f.Number(l.Value); ok && v <= 0 {
			return true
		}
	}
	if l := f.Get(w.Opts, "expires"); l.Found {
		t := f.Text(l.Value)
		if strings.Contains(t, "Date(0)") || strings.Contains(t, "(0)") || strings.Contains(t, "1970") {
			return true
		}
		if v, ok := f.Number(l.Value); ok && v <= 0 {
			return true
		}
	}
	return false
}

// AuthCookie reports whether a cookie carries a session or credential: its
// name says so (or is one of the project's session cookies), or, when its
// name says nothing, its value's name does (auth_token, accessToken,
// jwt.sign(...)).
func AuthCookie(f *analysis.File, name string, value *syntax.Node) bool {
	if name != "" {
		if f.Names().SessionCookie(name) {
			return true
		}
		if value != nil && DisplayData(f, value) {
			return false
		}
		if CSRFName.MatchString(name) || NotAuthCookie.MatchString(name) || NotAuthValue.MatchString(name) {
			return false
		}
		if AuthCookieName.MatchString(name) {
			return true
		}
	}
	return value != nil && AuthValue(f, value)
}

// SignedIdentity reports a cookie that names the user (user, uid, userId)
// and whose value the server signs: the server trusts it to say who is
// logged in, so it is an auth cookie.
func SignedIdentity(w *CookieWrite) bool {
	return w.Signed && identityCookie.MatchString(w.Name)
}

var identityCookie = lazyre.New(`(?i)^(user|uid|user_?id|account|account_?id|member)$`)

// NotAuthValue: cookies with an auth word in their name that hold state
// of an authentication in progress or a preference, not a credential
// (oauth_state, auth_cb, loginRedirect, auth_method).
var NotAuthValue = lazyre.New(`(?i)(state|verifier|nonce|_cb$|callback|redirect|return|method|provider|strategy|lang|locale|theme|consent|flash|message|version|expir)`)

var authValueName = lazyre.New(`(?i)^(auth_?token|access_?token|refresh_?token|id_?token|session_?token|session_?id|sess_?id|sid|jwt|bearer|token|api_?key|login_?token|user_?token|auth)$`)

// AuthValue reports whether a cookie's value is a credential by its name
// or its source: auth_token, user.accessToken, jwt.sign(...).
func AuthValue(f *analysis.File, v *syntax.Node) bool {
	v = syntax.Unwrap(v)
	if v == nil {
		return false
	}
	name := ""
	switch v.Kind {
	case "identifier":
		name = f.Text(v)
	case "member_expression":
		name = f.Text(v.ChildByField("property"))
	case "call_expression", "await_expression":
		return SignsJWT(f, v, 0)
	}
	return name != "" && authValueName.MatchString(name)
}

// TokenLifetime returns the lifetime a call of one of the catalog's
// signers writes for its token (jwt.sign(p, k, { expiresIn: '5m' }),
// encode({ maxAge: 300 })), when it is written there.
func TokenLifetime(f *analysis.File, n *syntax.Node) (time.Duration, bool) {
	n = syntax.Unwrap(n)
	if n != nil && n.Kind == "await_expression" {
		n = syntax.Unwrap(resolve.FirstNamed(n))
	}
	if n == nil || n.Kind != "call_expression" {
		return 0, false
	}
	g := f.Owner(n)
	b, ok := g.Callee(n)
	if !ok {
		return 0, false
	}
	for _, s := range jslib.JWTSigners(jslib.Call) {
		if s.Ref != b || s.Expiry == "" {
			continue
		}
		as := resolve.Args(n)
		if s.OptionsArg < 0 || s.OptionsArg >= len(as) {
			return 0, false
		}
		l := g.Get(g.Object(as[s.OptionsArg]), s.Expiry)
		if !l.Found {
			return 0, false
		}
		unit := time.Millisecond
		if s.ExpirySeconds {
			unit = time.Second
		}
		return g.Duration(l.Value, unit)
	}
	return 0, false
}

// SignsJWT reports whether n is a JWT signed with one of the catalog's
// signers, or a call of a helper (here or in the app's modules) that
// returns one.
func SignsJWT(f *analysis.File, n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n != nil && n.Kind == "await_expression" {
		n = syntax.Unwrap(resolve.FirstNamed(n))
	}
	if n == nil || n.Kind != "call_expression" || depth > 2 {
		return false
	}
	g := f.Owner(n)
	if b, ok := g.Callee(n); ok {
		for _, s := range jslib.JWTSigners(jslib.Call) {
			if b == s.Ref {
				return true
			}
		}
	}
	fn := syntax.Unwrap(n.ChildByField("function"))
	if fn == nil {
		return false
	}
	if p := g.Text(fn); strings.HasSuffix(p, "jwt.sign") || strings.HasSuffix(p, "jwtService.sign") || strings.HasSuffix(p, "jwtService.signAsync") {
		return true
	}
	body := g.LocalFunction(fn)
	if body == nil {
		return false
	}
	for _, r := range resolve.ReturnValues(body) {
		if SignsJWT(f, f.Owner(body).Value(r), depth+1) {
			return true
		}
	}
	return false
}

// credentialKey: an object key that names a credential or an identity.
var credentialKey = lazyre.New(`(?i)(token|jwt|sid|sess|auth|secret|key|pass|user|uid|account|login|cred|bearer|cookie)`)

// DisplayData reports a cookie value that is serialised data holding no
// credential: JSON.stringify of an object literal (also URI-encoded)
// whose written keys, at every level, name no token or identity
// ({ [team.id]: { name, logoUrl, url } }, a team switcher's list). Computed
// keys index a map and spreads copy the cookie's own earlier value; an
// object with no written key is not known to be data.
func DisplayData(f *analysis.File, v *syntax.Node) bool {
	v = syntax.Unwrap(v)
	if v == nil {
		return false
	}
	if v.Kind == "identifier" {
		v = syntax.Unwrap(f.IdentValue(v))
	}
	for i := 0; v != nil && v.Kind == "call_expression" && i < 3; i++ {
		fn := f.Text(syntax.Unwrap(v.ChildByField("function")))
		as := resolve.Args(v)
		if len(as) == 0 {
			return false
		}
		switch fn {
		case "encodeURIComponent", "encodeURI":
			v = syntax.Unwrap(as[0])
		case "JSON.stringify":
			keys := 0
			if !dataObject(f, syntax.Unwrap(as[0]), &keys, 0) {
				return false
			}
			return keys > 0
		default:
			return false
		}
	}
	return false
}

func dataObject(f *analysis.File, o *syntax.Node, keys *int, depth int) bool {
	if o == nil || o.Kind != "object" || depth > 4 {
		return false
	}
	for _, c := range o.Children {
		switch c.Kind {
		case "pair":
			k := c.ChildByField("key")
			if k != nil && k.Kind == "computed_property_name" {
				if val := syntax.Unwrap(c.ChildByField("value")); val != nil && val.Kind == "object" {
					if !dataObject(f, val, keys, depth+1) {
						return false
					}
					continue
				}
				return false
			}
			name, ok := f.KeyName(k)
			if !ok || credentialKey.MatchString(name) {
				return false
			}
			*keys++
			if val := syntax.Unwrap(c.ChildByField("value")); val != nil && val.Kind == "object" && !dataObject(f, val, keys, depth+1) {
				return false
			}
		case "shorthand_property_identifier":
			if credentialKey.MatchString(f.Text(c)) {
				return false
			}
			*keys++
		case "spread_element", "comment":
		default:
			if c.Named {
				return false
			}
		}
	}
	return true
}
