// Package routes recognises the routes a JavaScript/TypeScript app
// registers, in every way the catalog's frameworks allow: method calls
// (app.post, router.route(p).post, fastify.post), route objects (hapi's
// server.route, fastify's route), decorators (NestJS's @Post in a
// @Controller) and files (Next.js route.ts exports, pages/api handlers).
package routes

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

var (
	routeMethod = lazyre.New(`^(post|put|patch|delete|del)$`)
	routerName  = lazyre.New(`^(app|router|[a-zA-Z]*[Rr]outer|routes|server|fastify|instance|api|admin|auth)$`)
	// ClientName matches HTTP clients and test agents, whose .post() sends
	// a request rather than registering a route.
	ClientName = lazyre.New(`(?i)^(\$|jquery|axios|http|https|request|superagent|got|ky|fetch|client|agent|supertest|chai|mock.*|.*client|.*api)$`)
)

// Call recognises app.post('/path', handler), router.route('/p').post(h)
// and fastify.post(...): a state-changing route.
func Call(f *analysis.File, call *syntax.Node) (analysis.Route, bool) {
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

// stateChanging are the methods a forged request can use to change state.
var stateChanging = map[string]bool{"POST": true, "PUT": true, "PATCH": true, "DELETE": true}

// Objects recognises routes declared as objects: hapi's
// server.route({ method: 'POST', path, handler }) (or an array of them)
// and fastify's fastify.route({ method, url, handler }).
func Objects(f *analysis.File, call *syntax.Node) []analysis.Route {
	fn := syntax.Unwrap(call.ChildByField("function"))
	as := resolve.Args(call)
	if fn == nil || fn.Kind != "member_expression" || f.Text(fn.ChildByField("property")) != "route" || len(as) != 1 {
		return nil
	}
	var objs []*syntax.Node
	if v := syntax.Unwrap(as[0]); v.Kind == "array" {
		objs = v.NamedChildren()
	} else {
		objs = []*syntax.Node{v}
	}
	var out []analysis.Route
	for _, n := range objs {
		o := f.Object(n)
		if o == nil {
			continue
		}
		path, _ := f.String(f.Get(o, "path").Value)
		if path == "" {
			path, _ = f.String(f.Get(o, "url").Value)
		}
		var methods []string
		if m := f.Get(o, "method"); m.Found {
			if s, ok := f.String(m.Value); ok {
				methods = append(methods, s)
			} else if arr := syntax.Unwrap(m.Value); arr != nil && arr.Kind == "array" {
				for _, e := range arr.NamedChildren() {
					if s, ok := f.String(e); ok {
						methods = append(methods, s)
					}
				}
			}
		}
		line, _ := f.Owner(n).Tree.Position(n.Start)
		for _, m := range methods {
			if m = strings.ToUpper(m); stateChanging[m] {
				out = append(out, analysis.Route{Method: m, Path: path, File: f.Owner(n).Tree.Path, Line: line})
			}
		}
	}
	return out
}

// Decorator recognises a controller method registered by a route
// decorator of the catalog (NestJS's @Post(':id') in a
// @Controller('/api/x') class).
func Decorator(f *analysis.File, method *syntax.Node) (analysis.Route, bool) {
	if method.Kind != "method_definition" || method.Parent == nil {
		return analysis.Route{}, false
	}
	var verb, path string
	siblings := method.Parent.Children
	for i := slices.Index(siblings, method) - 1; i >= 0 && siblings[i].Kind == "decorator"; i-- {
		call := resolve.FirstNamed(siblings[i])
		if call == nil || call.Kind != "call_expression" {
			continue
		}
		name := f.Text(call.ChildByField("function"))
		m, ok := jslib.RouteDecorators[name]
		if !ok || !fromDecoratorModule(f, call) {
			continue
		}
		verb = m
		if as := resolve.Args(call); len(as) > 0 {
			path, _ = f.String(as[0])
		}
	}
	if !stateChanging[verb] {
		return analysis.Route{}, false
	}
	if class := syntax.Ancestor(method, "class_declaration", "class"); class != nil {
		path = controllerPrefix(f, class) + "/" + strings.TrimPrefix(path, "/")
	}
	line, _ := f.Tree.Position(method.Start)
	return analysis.Route{Method: verb, Path: path, File: f.Tree.Path, Line: line}, true
}

func fromDecoratorModule(f *analysis.File, call *syntax.Node) bool {
	b, ok := f.Callee(call)
	return ok && slices.Contains(jslib.RouteDecoratorModules, b.Module)
}

// controllerPrefix returns the path of a class's @Controller('/x').
func controllerPrefix(f *analysis.File, class *syntax.Node) string {
	var decs []*syntax.Node
	for _, c := range class.Children {
		if c.Kind == "decorator" {
			decs = append(decs, c)
		}
	}
	if p := class.Parent; p != nil && p.Kind == "export_statement" {
		for _, c := range p.Children {
			if c.Kind == "decorator" {
				decs = append(decs, c)
			}
		}
	}
	for _, d := range decs {
		if call := resolve.FirstNamed(d); call != nil && call.Kind == "call_expression" && f.Text(call.ChildByField("function")) == "Controller" {
			if as := resolve.Args(call); len(as) > 0 {
				if s, ok := f.String(as[0]); ok {
					return "/" + strings.Trim(s, "/")
				}
				if o := f.Object(as[0]); o != nil {
					s, _ := f.String(f.Get(o, "path").Value)
					return "/" + strings.Trim(s, "/")
				}
			}
		}
	}
	return ""
}

// File recognises the handlers of file-system routes: Next.js's app
// router (export async function POST in route.ts) and pages/api handlers
// that branch on req.method === 'POST'.
func File(f *analysis.File, fn *syntax.Node) []analysis.Route {
	path := filepath.ToSlash(f.Tree.Path)
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	line, _ := f.Tree.Position(fn.Start)
	route := func(m string) analysis.Route {
		return analysis.Route{Method: m, Path: fileRoutePath(path), File: f.Tree.Path, Line: line}
	}
	if fn.Kind == "function_declaration" && base == "route" && fn.Parent != nil && fn.Parent.Kind == "export_statement" {
		if name := f.Text(fn.ChildByField("name")); slices.Contains(jslib.FileRouteExports, name) {
			return []analysis.Route{route(name)}
		}
		return nil
	}
	if !strings.Contains(path, "/pages/api/") || fn.Parent == nil || fn.Parent.Kind != "export_statement" {
		return nil
	}
	var out []analysis.Route
	syntax.Walk(fn, func(n *syntax.Node) bool {
		if n.Kind == "binary_expression" && strings.HasSuffix(f.Text(n.ChildByField("left")), ".method") {
			if s, ok := f.String(n.ChildByField("right")); ok && stateChanging[strings.ToUpper(s)] {
				out = append(out, route(strings.ToUpper(s)))
			}
		}
		return true
	})
	return out
}

// fileRoutePath turns a route file's path into its URL path.
func fileRoutePath(path string) string {
	for _, dir := range jslib.FileRouteDirs {
		if i := strings.Index(path, "/"+dir+"/"); i >= 0 {
			p := strings.TrimSuffix(path[i+len(dir)+1:], filepath.Ext(path))
			return strings.TrimSuffix(strings.TrimSuffix(p, "/route"), "/index")
		}
	}
	return path
}
