package rules

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// CSRF flags apps that authenticate with cookie sessions, register
// state-changing routes (POST, PUT, PATCH, DELETE) and apply no CSRF
// defence anywhere: no csurf, csrf-csrf, csrf-sync, lusca, tiny-csrf,
// @fastify/csrf-protection or hand-written token check. A session cookie
// with SameSite=Lax/Strict is a partial defence and silences the rule. The
// decision is made for the whole app (every file below one package.json),
// reported once at the session middleware, listing the routes.
var CSRF = &Rule{
	ID:    "csrf",
	Query: callQuery,
	Check: checkCSRF,
}

var csrfModules = []string{"csurf", "csrf-csrf", "csrf-sync", "lusca", "tiny-csrf", "@fastify/csrf-protection",
	"fastify-csrf", "koa-csrf", "@koa/csrf", "csrf", "@dr.pogodin/csurf", "express-csrf-double-submit-cookie", "csrf-tokens"}

var (
	routeMethod = regexp.MustCompile(`^(post|put|patch|delete|del)$`)
	routerName  = regexp.MustCompile(`^(app|router|[a-zA-Z]*[Rr]outer|routes|server|fastify|instance|api|admin|auth)$`)
	clientName  = regexp.MustCompile(`(?i)^(\$|jquery|axios|http|https|request|superagent|got|ky|fetch|client|agent|supertest|chai|mock.*|.*client|.*api)$`)
)

func checkCSRF(f *File, m syntax.Match) {
	if f.Test {
		return
	}
	if !f.csrfScanned {
		f.csrfScanned = true
		f.Facts.CSRF = f.imported(csrfModules...) || f.mentionsCSRF()
	}
	call := m.Capture("call")
	if u := f.sessionUse(call); u != nil {
		at := u.call
		line, col := f.Tree.Position(at.Start)
		el, ec := f.Tree.Position(at.End)
		ss := unknown
		if u.opts != nil {
			ss = f.sameSite(u)
		}
		f.Facts.Sessions = append(f.Facts.Sessions, SessionFact{Lib: u.lib, File: f.Tree.Path, Line: line, Column: col,
			Start: at.Start, End: at.End, EndLine: el, EndCol: ec, SameSite: ss})
		return
	}
	if r, ok := f.route(call); ok {
		f.Facts.Routes = append(f.Facts.Routes, r)
	}
}

// mentionsCSRF reports a hand-written defence: any identifier, property
// or string naming a CSRF/XSRF token.
func (f *File) mentionsCSRF() bool {
	src := f.Tree.Src
	if !bytes.Contains(src, []byte("csrf")) && !bytes.Contains(src, []byte("Csrf")) && !bytes.Contains(src, []byte("CSRF")) &&
		!bytes.Contains(src, []byte("xsrf")) && !bytes.Contains(src, []byte("Xsrf")) && !bytes.Contains(src, []byte("XSRF")) {
		return false
	}
	for i := range f.Tree.Nodes {
		n := &f.Tree.Nodes[i]
		switch n.Kind {
		case "identifier", "property_identifier", "string_fragment", "shorthand_property_identifier":
			if n.End-n.Start < 200 {
				t := strings.ToLower(f.text(n))
				if strings.Contains(t, "csrf") || strings.Contains(t, "xsrf") {
					return true
				}
			}
		}
	}
	return false
}

// route recognises app.post('/path', handler), router.route('/p').post(h)
// and fastify.post(...).
func (f *File) route(call *syntax.Node) (Route, bool) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return Route{}, false
	}
	method := f.text(fn.ChildByField("property"))
	if !routeMethod.MatchString(method) {
		return Route{}, false
	}
	recv := syntax.Unwrap(fn.ChildByField("object"))
	as := args(call)
	path := ""
	switch {
	case recv != nil && recv.Kind == "call_expression": // router.route('/x').post(h)
		rf := syntax.Unwrap(recv.ChildByField("function"))
		if rf == nil || rf.Kind != "member_expression" || f.text(rf.ChildByField("property")) != "route" {
			return Route{}, false
		}
		if ra := args(recv); len(ra) > 0 {
			path, _ = f.stringValue(ra[0], 0)
		}
	case recv != nil && recv.Kind == "identifier":
		name := f.text(recv)
		if clientName.MatchString(name) || !f.isRouter(recv) {
			return Route{}, false
		}
		if len(as) < 2 {
			return Route{}, false
		}
		p, ok := f.stringValue(as[0], 0)
		if !ok || !strings.HasPrefix(p, "/") {
			return Route{}, false
		}
		path = p
		as = as[1:]
	default:
		return Route{}, false
	}
	// At least one handler: a function, or a name (controller.login).
	handler := false
	for _, a := range as {
		a = syntax.Unwrap(a)
		if syntax.IsFunction(a) || a.Kind == "identifier" || a.Kind == "member_expression" || a.Kind == "call_expression" {
			handler = true
		}
		if a.Kind == "object" || a.Kind == "string" {
			// fastify.post('/x', { schema }, handler) is fine; axios-style
			// data objects go with no function at all.
			continue
		}
	}
	if !handler {
		return Route{}, false
	}
	if path == "" {
		path = "(dynamic path)"
	}
	line, _ := f.Tree.Position(call.Start)
	if method == "del" {
		method = "delete"
	}
	return Route{Method: strings.ToUpper(method), Path: path, File: f.Tree.Path, Line: line}, true
}

// isRouter reports whether an identifier is an Express app or router, a
// Koa router or a fastify instance: made by such a call, or a parameter or
// variable whose name says so (routers set up in other files).
func (f *File) isRouter(id *syntax.Node) bool {
	if v := f.value(id, 0); v != nil && v != id {
		if v.Kind == "call_expression" || v.Kind == "new_expression" {
			if b, ok := f.calleeRef(v); ok {
				switch b.module {
				case "express", "fastify", "koa-router", "@koa/router", "router", "polka", "restify", "hyper-express":
					return true
				}
				return false
			}
		}
	}
	return routerName.MatchString(f.text(id))
}
