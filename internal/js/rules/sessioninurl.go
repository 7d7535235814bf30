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
	sessionIDName  = regexp.MustCompile(`(?i)^(session_?id|sess_?id|sid|jsessionid|phpsessid|connect\.sid)$`)
	authTokenName  = regexp.MustCompile(`(?i)^(access_?token|auth_?token|id_?token|jwt|bearer|session_?token|api_?key|refresh_?token)$`)
	urlParamKey    = regexp.MustCompile(`(?i)([?&;/]|^)(session_?id|sess_?id|sid|session|jsessionid|phpsessid|access_?token|auth_?token|id_?token|jwt|token|api_?key|key)=$`)
	oneTimeContext = regexp.MustCompile(`(?i)(reset|verify|verif|confirm|activat|invite|unsubscribe|magic|recover|forgot)`)
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
		if ok && (sessionIDName.MatchString(key) || authTokenName.MatchString(key)) || f.secretKind(as[1]) != "" {
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
		kind := f.secretKind(p.node)
		urlish := strings.ContainsAny(lit, "?/&;") || strings.HasPrefix(lit, "http")
		if !urlish || oneTimeContext.MatchString(lit) {
			lit += "${}"
			continue
		}
		keyed := urlParamKey.MatchString(lit)
		switch {
		case kind == "session ID" || kind == "JWT":
			f.report("sessioninurl", p.node, urlMessage(kind))
			return
		case kind != "" && keyed:
			f.report("sessioninurl", p.node, urlMessage(kind))
			return
		}
		lit += "${}"
	}
}

func urlMessage(kind string) string {
	return "a " + kind + " is put into a URL, where it leaks through logs, browser history and Referer headers and can be replayed; keep it in an HttpOnly cookie or an Authorization header"
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

// secretKind names what an expression holds: "session ID", "JWT",
// "auth token", or "".
func (f *File) secretKind(n *syntax.Node) string {
	n = syntax.Unwrap(n)
	if n == nil {
		return ""
	}
	p := f.memberPath(n)
	if strings.HasSuffix(p, ".sessionID") || strings.HasSuffix(p, ".session.id") || strings.HasSuffix(p, ".sessionId") && strings.Contains(p, "req") {
		return "session ID"
	}
	if strings.Contains(p, "cookies.") && strings.Contains(strings.ToLower(p), "sid") {
		return "session ID"
	}
	name := p
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	if v := f.value(n, 0); v != nil && v.Kind == "call_expression" && f.isCallTo(v, "jsonwebtoken", "sign") {
		return "JWT"
	}
	if v := f.value(n, 0); v != nil && v.Kind == "await_expression" {
		if c := syntax.Unwrap(firstNamed(v)); c != nil && c.Kind == "call_expression" && f.isCallTo(c, "jsonwebtoken", "sign") {
			return "JWT"
		}
	}
	switch {
	case name == "":
		return ""
	case sessionIDName.MatchString(name):
		return "session ID"
	case authTokenName.MatchString(name):
		return "auth token"
	}
	return ""
}

func (f *File) secretKindOr(n *syntax.Node, key string) string {
	if k := f.secretKind(n); k != "" {
		return k
	}
	if sessionIDName.MatchString(key) {
		return "session ID"
	}
	return "auth token"
}
