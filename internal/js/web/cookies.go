package web

import (
	"regexp"
	"strings"
	"sync"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
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

// CookieAt recognises a cookie write at a call.
func CookieAt(f *analysis.File, call *syntax.Node) *CookieWrite {
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
		if CSRFName.MatchString(name) || NotAuthCookie.MatchString(name) || NotAuthValue.MatchString(name) {
			return false
		}
		if AuthCookieName.MatchString(name) {
			return true
		}
	}
	return value != nil && AuthValue(f, value)
}

// NotAuthValue: cookies with an auth word in their name that hold state
// of an authentication in progress or a preference, not a credential
// (oauth_state, auth_cb, loginRedirect, auth_method).
var NotAuthValue = regexp.MustCompile(`(?i)(state|verifier|nonce|_cb$|callback|redirect|return|method|provider|strategy|lang|locale|theme|consent|flash|message|version|expir)`)

var authValueName = regexp.MustCompile(`(?i)^(auth_?token|access_?token|refresh_?token|id_?token|session_?token|session_?id|sess_?id|sid|jwt|bearer|token|api_?key|login_?token|user_?token|auth)$`)

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
