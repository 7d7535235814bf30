package rules

import (
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// CookieFlags flags session and auth cookies that can be sent over plain
// HTTP (no Secure), read by scripts (no HttpOnly) or sent cross-site (no
// SameSite, or SameSite=None without Secure), knowing each library's
// defaults: express-session (httpOnly on, secure off, no SameSite),
// cookie-session and koa-session (httpOnly on, secure by protocol, no
// SameSite), @fastify/session (secure and httpOnly on), and Express's
// res.cookie (nothing set).
var CookieFlags = &Rule{
	ID:    "cookieflags",
	Query: callQuery,
	Check: checkCookieFlags,
}

func checkCookieFlags(f *File, m syntax.Match) {
	if f.Test {
		return // test setups run over plain HTTP on purpose
	}
	call := m.Capture("call")
	if u := f.sessionUse(call); u != nil {
		cookieFlagsSession(f, u)
		return
	}
	resCookie(f, call)
	setCookieHeader(f, call)
}

type cookieIssue struct {
	what, why, fix string
	add            string // property to insert, "" if none
	replace        *syntax.Node
	with           string
}

func cookieFlagsSession(f *File, u *sessionUse) {
	if u.opts == nil {
		return
	}
	p := u.cookie // "cookie." or ""
	var issues []cookieIssue
	secure := f.attr(u, "secure")
	secureDefault := u.lib == libExpressSession || u.lib == libFastifySecure // no Secure unless set
	switch {
	case secure.Found && f.boolValue(secure.Value) == no && !secure.Written:
		issues = append(issues, cookieIssue{what: "sets " + p + "secure to false", why: "the session ID travels over plain HTTP",
			fix: "set " + p + "secure to true (or 'auto' behind a proxy)", replace: secure.Value, with: "true"})
	case !secure.Found && !secure.Unknown && secureDefault:
		issues = append(issues, cookieIssue{what: "has no secure flag", why: "the session ID travels over plain HTTP",
			fix: "set " + p + "secure to true (or 'auto' behind a proxy)", add: "secure: true"})
	}
	if h := f.attr(u, "httpOnly"); h.Found && f.boolValue(h.Value) == no {
		issues = append(issues, cookieIssue{what: "sets " + p + "httpOnly to false", why: "scripts, and so any XSS, can read the session ID",
			fix: "remove " + p + "httpOnly: false", replace: h.Value, with: "true"})
	}
	ss := f.attr(u, "sameSite")
	switch {
	case !ss.Found && !ss.Unknown && f.sameSite(u) == no:
		issues = append(issues, cookieIssue{what: "has no sameSite attribute", why: "browsers attach it to cross-site requests",
			fix: "set " + p + "sameSite to 'lax'", add: "sameSite: 'lax'"})
	case ss.Found:
		s, isStr := f.stringValue(ss.Value, 0)
		if isStr && strings.EqualFold(s, "none") && f.boolValue(secure.Value) != yes && secure.Found && f.boolValue(secure.Value) != unknown {
			// Without secure, express-session and secure-session are
			// reported above for the missing flag; the others default to
			// Secure or follow the request's protocol.
			issues = append(issues, cookieIssue{what: "sets sameSite 'none' without secure", why: "browsers reject it or send it cross-site in clear text",
				fix: "set " + p + "secure to true or sameSite to 'lax'"})
		} else if !isStr && f.boolValue(ss.Value) == no && !ss.Written {
			issues = append(issues, cookieIssue{what: "sets sameSite to false", why: "browsers attach it to cross-site requests",
				fix: "set " + p + "sameSite to 'lax'", replace: ss.Value, with: "'lax'"})
		}
	}
	if len(issues) == 0 {
		return
	}
	at := u.call
	var fix *finding.Fix
	cookieProp := literalProp(u.opts, strings.TrimSuffix(p, "."))
	switch {
	case p != "" && cookieProp != nil:
		at = cookieProp.Node
		if obj := syntax.Unwrap(cookieProp.Value); obj != nil && obj.Kind == "object" {
			fix = issueFix(f, obj, issues)
		}
	// Report at the options literal, where the fix goes, also when the
	// literal is bound to a variable or lives in a config module.
	case p != "" && u.opts.Lit != nil && !u.opts.Unknown && f.get(u.opts, "cookie").Prop == nil:
		at = u.opts.Lit
		var adds []string
		for _, is := range issues {
			if is.add != "" {
				adds = append(adds, is.add)
			}
		}
		if len(adds) == len(issues) {
			fix = &finding.Fix{Message: "Add cookie: { " + strings.Join(adds, ", ") + " }",
				Edits: []finding.Edit{f.insertProps(u.opts.Lit, "cookie: { "+strings.Join(adds, ", ")+" }")}}
		}
	case p == "" && u.opts.Lit != nil:
		at = u.opts.Lit
		fix = issueFix(f, u.opts.Lit, issues)
		at = writtenAt(issues, at)
	case u.optsNode != nil:
		at = writtenAt(issues, u.optsNode)
	}
	f.report("cookieflags", at, cookieMessage(u.lib+" cookie", issues), fixList(fix)...)
}

// writtenAt returns the object literal in which an offending attribute is
// written, when that is not within at ({...SESSION_CONFIG, store} reports
// at SESSION_CONFIG's secure: false), else at.
func writtenAt(issues []cookieIssue, at *syntax.Node) *syntax.Node {
	for _, is := range issues {
		if is.replace != nil && is.replace.Parent != nil && is.replace.Parent.Kind == "pair" && !at.Contains(is.replace) {
			return is.replace.Parent.Parent
		}
	}
	return at
}

// issueFix builds one fix for all issues on an object literal, or nil when
// some issue has no mechanical fix or its value lies outside the literal.
func issueFix(f *File, obj *syntax.Node, issues []cookieIssue) *finding.Fix {
	f = f.owner(obj) // the literal may be in a loaded module
	var adds, msgs []string
	var edits []finding.Edit
	for _, is := range issues {
		switch {
		case is.add != "":
			adds = append(adds, is.add)
			msgs = append(msgs, is.add)
		case is.replace != nil && obj.Contains(is.replace):
			edits = append(edits, f.edit(is.replace.Start, is.replace.End, is.with))
			msgs = append(msgs, strings.TrimSuffix(f.text(is.replace.Parent.ChildByField("key")), "")+": "+is.with)
		default:
			return nil
		}
	}
	if len(adds) > 0 {
		edits = append(edits, f.insertProps(obj, adds...))
	}
	return &finding.Fix{Message: "Set " + strings.Join(msgs, ", "), Edits: edits}
}

func fixList(fix *finding.Fix) []finding.Fix {
	if fix == nil {
		return nil
	}
	return []finding.Fix{*fix}
}

func cookieMessage(subject string, issues []cookieIssue) string {
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

// authCookieName matches cookie names that carry a session or credential.
var authCookieName = regexp.MustCompile(`(?i)(sess|^sid$|[._-]sid$|auth|token|jwt|login|remember|identity|^id$|credential|^user_?id$)`)

var (
	responseName = regexp.MustCompile(`^(res|response|reply|ctx|resp)$`)
	csrfName     = regexp.MustCompile(`(?i)csrf|xsrf`)
	// notAuthCookie: names with an auth word that hold a convenience value
	// (the e-mail to prefill, when the user last logged in).
	notAuthCookie = regexp.MustCompile(`(?i)e_?mail|last_?login|login_?(hint|name|at|time|date)|username`)
)

// resCookie checks Express's res.cookie(name, value, options), fastify's
// reply.setCookie and koa's ctx.cookies.set for session and auth cookies.
// koa's cookies follow the request's protocol for Secure and are HttpOnly
// unless told otherwise.
func resCookie(f *File, call *syntax.Node) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return
	}
	method := f.text(fn.ChildByField("property"))
	koa := method == "set" && strings.HasSuffix(f.memberPath(fn.ChildByField("object")), ".cookies")
	if method != "cookie" && method != "setCookie" && !koa {
		return
	}
	recv := rootIdent(fn.ChildByField("object"))
	if recv == nil || !responseName.MatchString(f.text(recv)) {
		return
	}
	as := args(call)
	if len(as) < 2 {
		return
	}
	name, ok := f.stringValue(as[0], 0)
	if !ok {
		return
	}
	if !(authCookieName.MatchString(name) || f.names().sessionCookie(name)) || csrfName.MatchString(name) || notAuthCookie.MatchString(name) {
		return
	}
	var opts *Obj
	if len(as) >= 3 {
		opts = f.object(as[2])
		if opts == nil {
			return // options we cannot see
		}
	} else {
		opts = &Obj{props: map[string]*Prop{}, writes: map[string]*syntax.Node{}}
	}
	// A cookie being deleted: ctx.cookies.set(name, null), maxAge 0.
	if v := syntax.Unwrap(as[1]); v.Kind == "null" || v.Kind == "undefined" {
		return
	}
	if l := f.get(opts, "maxAge"); l.Found {
		if v, ok := f.numberValue(l.Value, 0); ok && v <= 0 {
			return
		}
	}
	if l := f.get(opts, "expires"); l.Found && strings.Contains(f.text(l.Value), "Date(0)") {
		return
	}
	var issues []cookieIssue
	sec := f.get(opts, "secure")
	switch {
	case sec.Found && f.boolValue(sec.Value) == no:
		issues = append(issues, cookieIssue{what: "sets secure to false", why: "it travels over plain HTTP", fix: "set secure: true", replace: sec.Value, with: "true"})
	case !sec.Found && !sec.Unknown && !koa:
		issues = append(issues, cookieIssue{what: "has no secure flag", why: "it travels over plain HTTP", fix: "set secure: true", add: "secure: true"})
	}
	ho := f.get(opts, "httpOnly")
	switch {
	case ho.Found && f.boolValue(ho.Value) == no:
		issues = append(issues, cookieIssue{what: "sets httpOnly to false", why: "scripts, and so any XSS, can read it", fix: "set httpOnly: true", replace: ho.Value, with: "true"})
	case !ho.Found && !ho.Unknown && method == "cookie":
		issues = append(issues, cookieIssue{what: "has no httpOnly flag", why: "scripts, and so any XSS, can read it", fix: "set httpOnly: true", add: "httpOnly: true"})
	}
	ss := f.get(opts, "sameSite")
	switch {
	case !ss.Found && !ss.Unknown:
		issues = append(issues, cookieIssue{what: "has no sameSite attribute", why: "browsers attach it to cross-site requests", fix: "set sameSite: 'lax'", add: "sameSite: 'lax'"})
	case ss.Found:
		if s, ok := f.stringValue(ss.Value, 0); ok && strings.EqualFold(s, "none") && f.boolValue(sec.Value) != yes && !(sec.Found && f.boolValue(sec.Value) == unknown) && (sec.Found || !koa) {
			issues = append(issues, cookieIssue{what: "sets sameSite 'none' without secure", why: "browsers reject it or send it cross-site in clear text", fix: "set secure: true"})
		}
	}
	if len(issues) == 0 {
		return
	}
	var fix *finding.Fix
	switch {
	case len(as) >= 3 && syntax.Unwrap(as[2]).Kind == "object":
		fix = issueFix(f, syntax.Unwrap(as[2]), issues)
	case len(as) == 2:
		var adds []string
		for _, is := range issues {
			adds = append(adds, is.add)
		}
		fix = &finding.Fix{Message: "Add { " + strings.Join(adds, ", ") + " }", Edits: []finding.Edit{f.edit(as[1].End, as[1].End, ", { "+strings.Join(adds, ", ")+" }")}}
	}
	at := call
	if len(as) >= 3 {
		at = as[2]
	}
	f.report("cookieflags", at, cookieMessage("cookie '"+name+"'", issues), fixList(fix)...)
}
