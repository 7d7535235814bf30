package rules

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// Session middleware libraries.
const (
	libExpressSession = "express-session"
	libCookieSession  = "cookie-session"
	libKoaSession     = "koa-session"
	libFastifySession = "@fastify/session"
	libFastifySecure  = "@fastify/secure-session"
)

// A sessionUse is one session middleware set up with its options.
type sessionUse struct {
	lib      string
	call     *syntax.Node
	optsNode *syntax.Node // the options argument, nil if none
	opts     *Obj         // nil when the options cannot be seen
	cookie   string       // key prefix of cookie attributes: "cookie." or ""
}

// sessionUse recognises a session middleware call, memoised per call.
func (f *File) sessionUse(call *syntax.Node) *sessionUse {
	if u, ok := f.sessions[call]; ok {
		return u
	}
	u := f.recogniseSession(call)
	f.sessions[call] = u
	return u
}

func (f *File) recogniseSession(call *syntax.Node) *sessionUse {
	if !f.imported(libExpressSession, libCookieSession, libKoaSession, libFastifySession, libFastifySecure,
		"fastify-session", "fastify-secure-session") {
		return nil
	}
	as := args(call)
	u := &sessionUse{call: call}
	b, ok := f.calleeRef(call)
	switch {
	case ok && b.path == "" && b.module == libExpressSession:
		u.lib, u.cookie = libExpressSession, "cookie."
	case ok && b.path == "" && b.module == libCookieSession:
		u.lib = libCookieSession
	case ok && b.path == "" && b.module == libKoaSession:
		u.lib = libKoaSession
		// session(opts, app) or, in old versions, session(app, opts)
		for _, a := range as {
			if o := f.object(a); o != nil && (len(o.props) > 0 || o.Lit != nil) {
				u.optsNode, u.opts = a, o
				return u
			}
		}
		if len(as) == 1 { // session(app): all defaults
			u.opts = &Obj{props: map[string]*Prop{}, writes: map[string]*syntax.Node{}}
		}
		return u
	default:
		// fastify.register(plugin, opts)
		fn := syntax.Unwrap(call.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || f.text(fn.ChildByField("property")) != "register" || len(as) == 0 {
			return nil
		}
		pb, ok := f.moduleRef(as[0], 0)
		if !ok || pb.path != "" {
			return nil
		}
		switch pb.module {
		case libFastifySession, "fastify-session":
			u.lib, u.cookie = libFastifySession, "cookie."
		case libFastifySecure, "fastify-secure-session":
			u.lib, u.cookie = libFastifySecure, "cookie."
		default:
			return nil
		}
		as = as[1:]
	}
	if len(as) == 0 {
		u.opts = &Obj{props: map[string]*Prop{}, writes: map[string]*syntax.Node{}}
		return u
	}
	u.optsNode = as[0]
	u.opts = f.object(as[0])
	return u
}

// serverSide reports whether the library keeps sessions on the server
// (and so has session IDs that can be fixed).
func (u *sessionUse) serverSide() bool {
	return u.lib == libExpressSession || u.lib == libFastifySession
}

// attr looks up a cookie attribute of the session's cookie.
func (f *File) attr(u *sessionUse, name string) lookup {
	if u.cookie != "" {
		c := f.get(u.opts, strings.TrimSuffix(u.cookie, "."))
		if c.Found {
			if v := syntax.Unwrap(c.Value); v != nil && (syntax.IsFunction(v) || f.object(v) == nil) {
				// express-session 1.19 accepts cookie: (req) => ({...}),
				// and cookie: someParameter cannot be seen.
				return lookup{Unknown: true}
			}
		}
	}
	return f.get(u.opts, u.cookie+name)
}

// sameSite classifies the session cookie's SameSite: yes for Lax/Strict,
// no when absent, false or None, unknown otherwise.
func (f *File) sameSite(u *sessionUse) tri {
	l := f.attr(u, "sameSite")
	if !l.Found {
		if l.Unknown {
			return unknown
		}
		if u.lib == libFastifySession {
			// secure: 'auto' makes @fastify/session use SameSite=Lax on
			// plain HTTP; otherwise no SameSite is set.
			if s, ok := f.stringValue(f.attr(u, "secure").Value, 0); ok && s == "auto" {
				return unknown
			}
		}
		return no
	}
	if s, ok := f.stringValue(l.Value, 0); ok {
		switch strings.ToLower(s) {
		case "lax", "strict":
			return yes
		}
		return no
	}
	switch f.boolValue(l.Value) {
	case yes:
		return yes // true means Strict
	case no:
		return no
	}
	return unknown
}

// insertProps returns an edit adding props (already rendered "key: value")
// to an object literal, keeping its layout.
//
// On a malformed literal (one the parser closed with a missing brace) it
// returns an invalid edit, which report drops with its fix.
func (f *File) insertProps(obj *syntax.Node, props ...string) finding.Edit {
	if g := f.owner(obj); g != f {
		return g.insertProps(obj, props...)
	}
	if obj.End-obj.Start < 2 || f.Tree.Src[obj.Start] != '{' || f.Tree.Src[obj.End-1] != '}' {
		return finding.Edit{File: f.Tree.Path, Start: 1, End: 0}
	}
	named := obj.NamedChildren()
	if len(named) == 0 {
		// {} or { }
		return f.edit(obj.Start+1, obj.End-1, " "+strings.Join(props, ", ")+" ")
	}
	last := named[len(named)-1]
	end := last.End
	trailing := false
	for _, c := range obj.Children {
		if c.Start >= last.End && c.Kind == "," {
			end, trailing = c.End, true
		}
	}
	lastLine, _ := f.Tree.Position(last.Start)
	openLine, _ := f.Tree.Position(obj.Start)
	if lastLine != openLine {
		indent := leadingSpace(f.Tree.LineText(lastLine))
		var b strings.Builder
		if !trailing {
			b.WriteString(",")
		}
		for i, p := range props {
			b.WriteString("\n" + indent + p)
			if trailing || i < len(props)-1 {
				b.WriteString(",")
			}
		}
		return f.edit(end, end, b.String())
	}
	if trailing {
		return f.edit(end, end, " "+strings.Join(props, ", ")+",")
	}
	return f.edit(end, end, ", "+strings.Join(props, ", "))
}

func leadingSpace(s string) string {
	return s[:len(s)-len(strings.TrimLeft(s, " \t"))]
}

// literalProp returns the literal property key of o's literal, if the key
// is written there (not spread or written later).
func literalProp(o *Obj, key string) *Prop {
	if o == nil || o.Lit == nil {
		return nil
	}
	p := o.props[key]
	if p == nil || p.Node == nil || !o.Lit.Contains(p.Node) {
		return nil
	}
	return p
}
