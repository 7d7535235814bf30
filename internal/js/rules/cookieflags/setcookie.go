package cookieflags

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
)

// Hand-written Set-Cookie headers: res.setHeader('Set-Cookie', ...),
// res.set/header/append('Set-Cookie', ...) and res.writeHead(code,
// { 'Set-Cookie': ... }) with a cookie string whose attributes are written
// out (`sid=${sid}; Path=/; HttpOnly`). Nothing is set by default there, so
// a missing attribute is missing.

// setCookieHeader checks the cookie strings a call writes as a Set-Cookie
// header.
func setCookieHeader(f *analysis.File, call *syntax.Node) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return
	}
	as := resolve.Args(call)
	switch f.Text(fn.ChildByField("property")) {
	case "setHeader", "header", "set", "append", "appendHeader":
		if len(as) >= 2 {
			if name, ok := f.String(as[0]); ok && strings.EqualFold(name, "set-cookie") {
				cookieStrings(f, as[1])
			}
		}
	case "writeHead":
		for _, a := range as {
			if o := f.Object(a); o != nil {
				o.Props(func(p *resolve.Prop) {
					if strings.EqualFold(p.Key, "set-cookie") {
						cookieStrings(f, p.Value)
					}
				})
			}
		}
	}
}

// documentCookie checks document.cookie = 'token=...; path=/' in browser
// code: a cookie written by a script can never be HttpOnly, so an auth
// token in it needs at least Secure and SameSite.
func documentCookie(f *analysis.File, a *syntax.Node) {
	if f.MemberPath(a.ChildByField("left")) != "document.cookie" {
		return
	}
	cookieString(f, a.ChildByField("right"), true)
}

// cookieStrings checks one cookie string, or each of an array of them.
func cookieStrings(f *analysis.File, n *syntax.Node) {
	n = syntax.Unwrap(n)
	if n == nil {
		return
	}
	if n.Kind == "array" {
		for _, e := range n.NamedChildren() {
			cookieStrings(f, e)
		}
		return
	}
	cookieString(f, n, false)
}

// cookieString checks a cookie written as "name=value; Attr; ...".
func cookieString(f *analysis.File, n *syntax.Node, client bool) {
	n = syntax.Unwrap(n)
	if n == nil || n.Kind != "string" && n.Kind != "template_string" && n.Kind != "binary_expression" {
		return
	}
	// The cookie as text, with ${} for what cannot be read; attributes
	// must be literal to be judged.
	var b strings.Builder
	for _, p := range f.Parts(n) {
		if p.Lit {
			b.WriteString(p.Text)
		} else {
			b.WriteString("${}")
		}
	}
	text := b.String()
	name, rest, ok := strings.Cut(text, "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" || strings.Contains(name, "${}") {
		return
	}
	_, attrs, _ := strings.Cut(rest, ";")
	if strings.Contains(attrs, "${}") {
		return // attributes we cannot see
	}
	if !web.AuthCookie(f, name, nil) {
		return
	}
	lower := strings.ToLower(attrs)
	if strings.Contains(lower, "max-age=0") || strings.Contains(lower, "1970") {
		return // deleting the cookie
	}
	var issues []issue
	if !strings.Contains(lower, "secure") {
		issues = append(issues, issue{what: "has no Secure attribute", why: "it travels over plain HTTP", fix: "set Secure"})
	}
	if !client && !strings.Contains(lower, "httponly") {
		issues = append(issues, issue{what: "has no HttpOnly attribute", why: "scripts, and so any XSS, can read it", fix: "set HttpOnly"})
	}
	if !strings.Contains(lower, "samesite=lax") && !strings.Contains(lower, "samesite=strict") {
		issues = append(issues, issue{what: "has no SameSite=Lax or Strict attribute", why: "browsers attach it to cross-site requests", fix: "set SameSite=Lax"})
	}
	if client && len(issues) > 0 {
		issues = append(issues, issue{what: "is written by browser code, which cannot make it HttpOnly", why: "any script on the page, and so any XSS, can read it",
			fix: "set it from the server with HttpOnly"})
	}
	if len(issues) > 0 {
		f.Report("cookieflags", n, message("the Set-Cookie header for '"+name+"'", issues))
	}
}
