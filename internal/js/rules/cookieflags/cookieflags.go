// Package cookieflags is the JavaScript/TypeScript cookieflags rule.
package cookieflags

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Rule flags session and auth cookies that can be sent over plain HTTP
// (no Secure), read by scripts (no HttpOnly) or sent cross-site (no
// SameSite, or SameSite=None without Secure), knowing each library's
// defaults from the catalog: session middleware (express-session:
// httpOnly on, secure off, no SameSite; cookie-session and koa: secure by
// protocol; @hapi/yar and @hapi/cookie: all set), cookie setters
// (res.cookie sets nothing; @fastify/cookie defaults SameSite=Lax since
// 10.0; koa's ctx.cookies is HttpOnly), cookies written by browser code
// (js-cookie, universal-cookie: never HttpOnly), and hand-written
// Set-Cookie headers.
var Rule = &analysis.Rule{
	ID:    "cookieflags",
	Query: analysis.CallQuery + "\n" + analysis.PairQuery + "\n" + analysis.AssignQuery,
	Check: check,
}

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return // test setups run over plain HTTP on purpose
	}
	if a := m.Capture("assign"); a != nil {
		documentCookie(f, a)
		return
	}
	if p := m.Capture("pair"); p != nil {
		if f.Text(p.ChildByField("key")) == "plugin" {
			if u := web.SessionAt(f, p.Parent); u != nil {
				session(f, u)
			}
		}
		return
	}
	call := m.Capture("call")
	if u := web.SessionAt(f, call); u != nil {
		session(f, u)
		return
	}
	if w := web.CookieAt(f, call); w != nil {
		cookie(f, w)
		return
	}
	setCookieHeader(f, call)
}

type issue struct {
	what, why, fix string
	add            string // property to insert, "" if none
	replace        *syntax.Node
	with           string
}

func session(f *analysis.File, u *web.Session) {
	if u.Opts == nil || web.DevOnly(f, u.At) {
		return
	}
	p := u.CookiePrefix()
	a := u.Lib.Attrs
	def := u.Defaults(f)
	var issues []issue
	secure := u.Attr(f, a.Secure)
	switch {
	case secure.Found && f.Bool(secure.Value) == resolve.No && (!secure.Written || offInProduction(f, secure.Value)):
		issues = append(issues, issue{what: "sets " + p + a.Secure + " to false", why: "the session ID travels over plain HTTP",
			fix: "set " + p + a.Secure + " to true (or 'auto' behind a proxy)", replace: f.FalseAt(secure.Value), with: "true"})
	case !secure.Found && !secure.Unknown && def.Secure == jslib.Unset:
		issues = append(issues, issue{what: "has no " + a.Secure + " flag", why: "the session ID travels over plain HTTP",
			fix: "set " + p + a.Secure + " to true (or 'auto' behind a proxy)", add: a.Secure + ": true"})
	}
	if h := u.Attr(f, a.HttpOnly); h.Found && f.Bool(h.Value) == resolve.No {
		issues = append(issues, issue{what: "sets " + p + a.HttpOnly + " to false", why: "scripts, and so any XSS, can read the session ID",
			fix: "remove " + p + a.HttpOnly + ": false", replace: f.FalseAt(h.Value), with: "true"})
	}
	ss := u.Attr(f, a.SameSite)
	switch {
	case !ss.Found && !ss.Unknown && u.SameSite(f) == analysis.No:
		issues = append(issues, issue{what: "has no " + a.SameSite + " attribute", why: "browsers attach it to cross-site requests",
			fix: "set " + p + a.SameSite + " to 'lax'", add: a.SameSite + ": 'lax'"})
	case ss.Found:
		s, isStr := f.String(ss.Value)
		secureOff := secure.Found && f.Bool(secure.Value) == resolve.No || !secure.Found && !secure.Unknown && def.Secure == jslib.Unset
		if isStr && strings.EqualFold(s, "none") && secure.Found && secureOff {
			// Without secure, express-session and secure-session are
			// reported above for the missing flag; the others default to
			// Secure or follow the request's protocol.
			issues = append(issues, issue{what: "sets " + a.SameSite + " 'none' without " + a.Secure, why: "browsers reject it or send it cross-site in clear text",
				fix: "set " + p + a.Secure + " to true or " + a.SameSite + " to 'lax'"})
		} else if !isStr && f.Bool(ss.Value) == resolve.No && !ss.Written {
			issues = append(issues, issue{what: "sets " + a.SameSite + " to false", why: "browsers attach it to cross-site requests",
				fix: "set " + p + a.SameSite + " to 'lax'", replace: f.FalseAt(ss.Value), with: "'lax'"})
		}
	}
	if len(issues) == 0 {
		return
	}
	at := u.At
	var fix *finding.Fix
	cookieKey, _, _ := strings.Cut(u.Lib.Cookie, ".")
	cookieProp := resolve.LiteralProp(u.Opts, cookieKey)
	switch {
	case p != "" && cookieProp != nil && strings.Count(u.Lib.Cookie, ".") == 0:
		at = cookieProp.Node
		if obj := syntax.Unwrap(cookieProp.Value); obj != nil && obj.Kind == "object" {
			fix = issueFix(f, obj, issues)
		}
	// The cookie options come from an object shared by several setups
	// (session({ ...base, name: 'admin' }) and session({ ...base, name:
	// 'shop' })): at that object, once, where the fix goes.
	case p != "" && strings.Count(u.Lib.Cookie, ".") == 0 && sharedCookie(f, u, cookieKey) != nil:
		prop := sharedCookie(f, u, cookieKey)
		at = prop.Node
		if obj := syntax.Unwrap(prop.Value); obj != nil && obj.Kind == "object" {
			fix = issueFix(f, obj, issues)
		}
	// Report at the options literal, where the fix goes, also when the
	// literal is bound to a variable or lives in a config module.
	case p != "" && u.Opts.Lit != nil && !u.Opts.Unknown && f.Get(u.Opts, cookieKey).Prop == nil:
		at = u.Opts.Lit
		var adds []string
		for _, is := range issues {
			if is.add != "" {
				adds = append(adds, is.add)
			}
		}
		if len(adds) == len(issues) && !strings.Contains(u.Lib.Cookie, ".") {
			fix = &finding.Fix{Message: "Add " + u.Lib.Cookie + ": { " + strings.Join(adds, ", ") + " }",
				Edits: []finding.Edit{f.InsertProps(u.Opts.Lit, u.Lib.Cookie+": { "+strings.Join(adds, ", ")+" }")}}
		}
	case p == "" && u.Opts.Lit != nil:
		at = u.Opts.Lit
		fix = issueFix(f, u.Opts.Lit, issues)
	case u.OptsNode != nil:
		at = u.OptsNode
	}
	f.Report("cookieflags", valueAt(f, issues, at, u.Opts.Lit), message(u.Lib.Name+" cookie", issues), fixList(fix)...)
}

// prodCondition matches a condition that says production.
var prodCondition = lazyre.New(`(?i)(===?\s*['"]production['"]|['"]production['"]\s*===?|isProd|\bPROD\b)`)

// offInProduction reports whether a later write of false (opts.cookie.secure
// = false) applies in production: it is neither in development-only code
// nor in the else branch of a production check.
func offInProduction(f *analysis.File, v *syntax.Node) bool {
	if web.DevOnly(f, v) {
		return false
	}
	for p := v; p.Parent != nil; p = p.Parent {
		if par := p.Parent; par.Kind == "if_statement" && p.Field == "alternative" && prodCondition.MatchString(f.Text(par.ChildByField("condition"))) {
			return false
		}
	}
	return true
}

// sharedCookie returns the cookie options property a setup's options take
// from another object of the same file (spread in), or nil.
func sharedCookie(f *analysis.File, u *web.Session, key string) *resolve.Prop {
	l := f.Get(u.Opts, key)
	if l.Prop == nil || l.Prop.Node == nil || u.OptsNode == nil || u.OptsNode.Contains(l.Prop.Node) || f.Owner(l.Prop.Node) != f.Owner(u.OptsNode) {
		return nil
	}
	return l.Prop
}

// valueAt reports at the value that is wrong when it is written in
// another file than the options (a config module's secure: false, where
// the fix goes); otherwise at the options literal or the call.
func valueAt(f *analysis.File, issues []issue, at, lit *syntax.Node) *syntax.Node {
	if lit == nil {
		lit = at
	}
	var explicit *syntax.Node
	for _, is := range issues {
		if is.replace != nil && is.replace.Parent != nil && is.replace.Parent.Kind == "assignment_expression" {
			return is.replace.Parent // a write after the options were made: opts.cookie.secure = false
		}
		if is.replace == nil {
			continue
		}
		if f.Owner(is.replace) == f.Owner(lit) {
			// secure: false in the literal: the line that turns it off.
			if explicit == nil && is.replace.Parent != nil && is.replace.Parent.Kind == "pair" && at.Contains(is.replace) {
				explicit = is.replace.Parent
			}
			continue
		}
		n := is.replace
		if n.Parent != nil && n.Parent.Kind == "pair" {
			n = n.Parent
		}
		return n
	}
	if explicit != nil {
		return explicit
	}
	// The options spread from an object written elsewhere in the file
	// ({ ...SESSION_CONFIG, store }): at that object.
	for _, is := range issues {
		if is.replace != nil && is.replace.Parent != nil && is.replace.Parent.Kind == "pair" && !at.Contains(is.replace) && f.Owner(is.replace) == f.Owner(at) {
			return is.replace.Parent.Parent
		}
	}
	return at
}

// issueFix builds one fix for all issues on an object literal, or nil when
// some issue has no mechanical fix or its value lies outside the literal.
func issueFix(f *analysis.File, obj *syntax.Node, issues []issue) *finding.Fix {
	var adds, msgs []string
	var edits []finding.Edit
	for _, is := range issues {
		switch {
		case is.add != "":
			adds = append(adds, is.add)
			msgs = append(msgs, is.add)
		case is.replace != nil && obj.Contains(is.replace) && is.replace.Parent != nil && is.replace.Parent.Kind == "pair":
			edits = append(edits, f.Edit(obj, is.replace.Start, is.replace.End, is.with))
			msgs = append(msgs, f.Text(is.replace.Parent.ChildByField("key"))+": "+is.with)
		default:
			return nil
		}
	}
	if len(adds) > 0 {
		edits = append(edits, f.InsertProps(obj, adds...))
	}
	return &finding.Fix{Message: "Set " + strings.Join(msgs, ", "), Edits: edits}
}

func fixList(fix *finding.Fix) []finding.Fix {
	if fix == nil {
		return nil
	}
	return []finding.Fix{*fix}
}

func message(subject string, issues []issue) string {
	var what, why, fix []string
	for _, is := range issues {
		what = append(what, is.what)
		if !contains(why, is.why) {
			why = append(why, is.why)
		}
		fix = append(fix, is.fix)
	}
	allSet := true
	for _, x := range fix {
		allSet = allSet && strings.HasPrefix(x, "set ")
	}
	fixText := joinAnd(fix)
	if allSet {
		for i := range fix {
			fix[i] = strings.TrimPrefix(fix[i], "set ")
		}
		fixText = "set " + joinAnd(fix)
	}
	for i := 1; i < len(what); i++ {
		if strings.HasPrefix(what[i-1], "has ") || strings.HasPrefix(what[i-1], "no ") {
			what[i] = strings.TrimPrefix(what[i], "has ")
		}
	}
	return subject + " " + joinAnd(what) + ", so " + joinAnd(why) + "; " + fixText
}

// joinAnd joins "a, b and c".
func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// cookie checks one cookie written through a setter of the catalog, when
// it carries a session or credential.
func cookie(f *analysis.File, w *web.CookieWrite) {
	if w.Opts == nil || !(web.AuthCookie(f, w.Name, w.Value) || web.SignedIdentity(w)) || w.Deleting(f) || web.DevOnly(f, w.Call) {
		return
	}
	a := w.Setter.Attrs
	def := w.Defaults(f)
	var issues []issue
	sec := f.Get(w.Opts, a.Secure)
	switch {
	case sec.Found && f.Bool(sec.Value) == resolve.No:
		issues = append(issues, issue{what: "sets " + a.Secure + " to false", why: "it travels over plain HTTP", fix: "set " + a.Secure + ": true", replace: f.FalseAt(sec.Value), with: "true"})
	case !sec.Found && !sec.Unknown && def.Secure == jslib.Unset:
		issues = append(issues, issue{what: "has no " + a.Secure + " flag", why: "it travels over plain HTTP", fix: "set " + a.Secure + ": true", add: a.Secure + ": true"})
	}
	ho := f.Get(w.Opts, a.HttpOnly)
	switch {
	case w.Setter.Client:
		// Never HttpOnly: said below when something else is missing too.
	case ho.Found && f.Bool(ho.Value) == resolve.No:
		issues = append(issues, issue{what: "sets " + a.HttpOnly + " to false", why: "scripts, and so any XSS, can read it", fix: "set " + a.HttpOnly + ": true", replace: f.FalseAt(ho.Value), with: "true"})
	case !ho.Found && !ho.Unknown && def.HttpOnly == jslib.Unset:
		issues = append(issues, issue{what: "has no " + a.HttpOnly + " flag", why: "scripts, and so any XSS, can read it", fix: "set " + a.HttpOnly + ": true", add: a.HttpOnly + ": true"})
	}
	ss := f.Get(w.Opts, a.SameSite)
	switch {
	case !ss.Found && !ss.Unknown && def.SameSite == "":
		issues = append(issues, issue{what: "has no " + a.SameSite + " attribute", why: "browsers attach it to cross-site requests", fix: "set " + a.SameSite + ": 'lax'", add: a.SameSite + ": 'lax'"})
	case ss.Found:
		secureOff := sec.Found && f.Bool(sec.Value) == resolve.No || !sec.Found && !sec.Unknown && def.Secure == jslib.Unset
		if s, ok := f.String(ss.Value); ok && strings.EqualFold(s, "none") && secureOff && sec.Found {
			issues = append(issues, issue{what: "sets " + a.SameSite + " 'none' without " + a.Secure, why: "browsers reject it or send it cross-site in clear text", fix: "set " + a.Secure + ": true"})
		} else if !ok && f.Bool(ss.Value) == resolve.No {
			issues = append(issues, issue{what: "sets " + a.SameSite + " to false", why: "browsers attach it to cross-site requests", fix: "set " + a.SameSite + ": 'lax'", replace: f.FalseAt(ss.Value), with: "'lax'"})
		}
	}
	if len(issues) == 0 {
		return
	}
	if w.Setter.Client {
		issues = append(issues, issue{what: "is written by browser code, which cannot make it HttpOnly", why: "any script on the page, and so any XSS, can read it",
			fix: "set it from the server with HttpOnly"})
	}
	var fix *finding.Fix
	at := w.Call
	switch {
	case w.OptsNode != nil && syntax.Unwrap(w.OptsNode).Kind == "object":
		fix = issueFix(f, syntax.Unwrap(w.OptsNode), issues)
		at = w.OptsNode
	case w.OptsNode != nil:
		// Options built in a local variable of the same function: report
		// at their literal; shared options (a helper, a config module) at
		// the call.
		at = w.OptsNode
		if lit := w.Opts.Lit; lit != nil && f.Owner(lit) == f.Owner(w.Call) && syntax.EnclosingFunction(lit) == syntax.EnclosingFunction(w.Call) {
			at = lit
		}
	default:
		var adds []string
		for _, is := range issues {
			if is.add != "" {
				adds = append(adds, is.add)
			}
		}
		if len(adds) == len(issues) {
			fix = &finding.Fix{Message: "Add { " + strings.Join(adds, ", ") + " }", Edits: []finding.Edit{f.Edit(w.Call, w.Value.End, w.Value.End, ", { "+strings.Join(adds, ", ")+" }")}}
		}
	}
	name := w.Name
	if name == "" {
		name = f.Text(w.NameNode)
	}
	f.Report("cookieflags", valueAt(f, issues, at, w.Opts.Lit), message("cookie '"+name+"'", issues), fixList(fix)...)
}
