package web

import (
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

var (
	routeMethod = regexp.MustCompile(`^(post|put|patch|delete|del)$`)
	routerName  = regexp.MustCompile(`^(app|router|[a-zA-Z]*[Rr]outer|routes|server|fastify|instance|api|admin|auth)$`)
	// ClientName matches HTTP clients and test agents, whose .post() sends
	// a request rather than registering a route.
	ClientName = regexp.MustCompile(`(?i)^(\$|jquery|axios|http|https|request|superagent|got|ky|fetch|client|agent|supertest|chai|mock.*|.*client|.*api)$`)
)

// Route recognises app.post('/path', handler), router.route('/p').post(h)
// and fastify.post(...): a state-changing route.
func Route(f *analysis.File, call *syntax.Node) (analysis.Route, bool) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return analysis.Route{}, false
	}
	method := f.Text(fn.ChildByField("property"))
	if !routeMethod.MatchString(method) {
		return analysis.Route{}, false
	}
	recv := syntax.Unwrap(fn.ChildByField("object"))
	as := resolve.Args(call)
	path := ""
	switch {
	case recv != nil && recv.Kind == "call_expression": // router.route('/x').post(h)
		rf := syntax.Unwrap(recv.ChildByField("function"))
		if rf == nil || rf.Kind != "member_expression" || f.Text(rf.ChildByField("property")) != "route" {
			return analysis.Route{}, false
		}
		if ra := resolve.Args(recv); len(ra) > 0 {
			path, _ = f.String(ra[0])
		}
	case recv != nil && recv.Kind == "identifier":
		name := f.Text(recv)
		if ClientName.MatchString(name) || !IsRouter(f, recv) {
			return analysis.Route{}, false
		}
		if len(as) < 2 {
			return analysis.Route{}, false
		}
		p, ok := f.String(as[0])
		if !ok || !strings.HasPrefix(p, "/") {
			return analysis.Route{}, false
		}
		path = p
		as = as[1:]
	default:
		return analysis.Route{}, false
	}
	// At least one handler: a function, or a name (controller.login).
	handler := false
	for _, a := range as {
		a = syntax.Unwrap(a)
		if syntax.IsFunction(a) || a.Kind == "identifier" || a.Kind == "member_expression" || a.Kind == "call_expression" {
			handler = true
		}
	}
	if !handler {
		return analysis.Route{}, false
	}
	if path == "" {
		path = "(dynamic path)"
	}
	line, _ := f.Tree.Position(call.Start)
	if method == "del" {
		method = "delete"
	}
	return analysis.Route{Method: strings.ToUpper(method), Path: path, File: f.Tree.Path, Line: line}, true
}

// IsRouter reports whether an identifier is an Express app or router, a
// Koa router or a fastify instance: made by such a call, or a parameter or
// variable whose name says so (routers set up in other files).
func IsRouter(f *analysis.File, id *syntax.Node) bool {
	if v := f.Value(id); v != nil && v != id {
		if v.Kind == "call_expression" || v.Kind == "new_expression" {
			if b, ok := f.Owner(v).Callee(v); ok {
				return jslib.Router(b.Module)
			}
		}
	}
	return routerName.MatchString(f.Text(id))
}
