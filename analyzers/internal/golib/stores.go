package golib

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// A StoreKind says where a session library keeps session data.
type StoreKind uint8

const (
	StoreUnknown StoreKind = iota
	StoreClient            // the data lives in the cookie (gorilla CookieStore, gin cookie store): no server-side ID
	StoreServer            // the cookie carries an ID of a server-side record (files, Redis, SQL, memory)
	StoreFresh             // a session made new in this request (sessions.NewSession, store.New)
)

// Stores summarises the gorilla-family (gorilla/sessions, echo-contrib,
// third-party gorilla stores) and gin-contrib/sessions stores constructed in
// one package.
type Stores struct {
	info        *types.Info
	ix          *trace.Values
	gorillaIfc  *types.Interface
	gorilla     map[StoreKind]bool // kinds of gorilla-family stores built in the package
	gin         map[StoreKind]bool // kinds of gin-contrib stores built in the package
	echoStores  []ast.Expr         // stores passed to echo-contrib session.Middleware
	ginSessions []ast.Expr         // stores passed to gin-contrib sessions.Sessions

	// ModuleImports, when set, lists the import paths used anywhere in
	// the module: a handler package that builds no store learns the
	// app's store from the packages it has.
	ModuleImports func() map[string]bool
	// SessionFuncKind, when set, returns the kind of store behind the
	// gorilla session another package's function returns
	// (ctx.GetSession()), or StoreUnknown.
	SessionFuncKind func(fn *types.Func) StoreKind
}

// CollectStores scans the package for store constructors.
func CollectStores(pkg *types.Package, info *types.Info, ins *inspector.Inspector, ix *trace.Values) *Stores {
	s := &Stores{info: info, ix: ix, gorilla: make(map[StoreKind]bool), gin: make(map[StoreKind]bool)}
	if gp := findImport(pkg, PathGorilla); gp != nil {
		if obj := gp.Scope().Lookup("Store"); obj != nil {
			s.gorillaIfc, _ = obj.Type().Underlying().(*types.Interface)
		}
	}
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)) {
		e := cur.Node().(ast.Expr)
		if call, ok := e.(*ast.CallExpr); ok {
			fn := typematch.Callee(info, call)
			switch {
			case typematch.IsFunc(fn, PathEchoSession, "Middleware") && len(call.Args) == 1:
				s.echoStores = append(s.echoStores, call.Args[0])
			case typematch.IsFunc(fn, PathEchoSession, "MiddlewareWithConfig") && len(call.Args) == 1:
				if lit, ok := typematch.Unwrap(call.Args[0]).(*ast.CompositeLit); ok {
					if v, ok := typematch.Field(lit, "Store"); ok {
						s.echoStores = append(s.echoStores, v)
					}
				}
			case typematch.IsFunc(fn, PathGinSessions, "Sessions", "SessionsMany") && len(call.Args) == 2:
				s.ginSessions = append(s.ginSessions, call.Args[1])
			}
		}
		fam, kind := s.classify(e)
		switch fam {
		case "gorilla":
			s.gorilla[kind] = true
		case "gin":
			s.gin[kind] = true
		}
	}
	// A store handed in from elsewhere and kept in a field of a concrete
	// store type (sessDB *gormstore.Store) says its kind by its type.
	if s.gorillaIfc != nil {
		for _, obj := range info.Defs {
			if v, ok := obj.(*types.Var); ok && v.IsField() {
				if fam, kind := s.classifyType(v.Type()); fam == "gorilla" {
					s.gorilla[kind] = true
				}
			}
		}
	}
	return s
}

func findImport(pkg *types.Package, path string) *types.Package {
	seen := make(map[*types.Package]bool)
	var walk func(p *types.Package, depth int) *types.Package
	walk = func(p *types.Package, depth int) *types.Package {
		if seen[p] || depth > 3 {
			return nil
		}
		seen[p] = true
		for _, imp := range p.Imports() {
			if imp.Path() == path {
				return imp
			}
		}
		for _, imp := range p.Imports() {
			if r := walk(imp, depth+1); r != nil {
				return r
			}
		}
		return nil
	}
	return walk(pkg, 0)
}

// classify names the family and kind of a store-building expression.
func (s *Stores) classify(e ast.Expr) (family string, kind StoreKind) {
	switch e := typematch.Unwrap(e).(type) {
	case *ast.CompositeLit:
		return s.classifyType(typematch.TypeOf(s.info, e))
	case *ast.CallExpr:
		fn := typematch.Callee(s.info, e)
		if fn == nil || fn.Pkg() == nil {
			return "", StoreUnknown
		}
		sig := fn.Type().(*types.Signature)
		switch path := fn.Pkg().Path(); {
		case typematch.IsFunc(fn, PathGorilla, "NewCookieStore"):
			return "gorilla", StoreClient
		case typematch.IsFunc(fn, PathGorilla, "NewFilesystemStore"):
			return "gorilla", StoreServer
		case strings.HasPrefix(path, PathGinSessions+"/") && sig.Recv() == nil && strings.HasPrefix(fn.Name(), "New"):
			if path == PathGinSessions+"/cookie" {
				return "gin", StoreClient
			}
			return "gin", StoreServer
		case path == PathGorilla || strings.HasPrefix(path, PathGinSessions):
			return "", StoreUnknown
		}
		if sig.Recv() != nil || sig.Results().Len() == 0 || !strings.HasPrefix(fn.Name(), "New") {
			return "", StoreUnknown
		}
		return s.classifyType(sig.Results().At(0).Type())
	}
	return "", StoreUnknown
}

// classifyType classifies a concrete store type: gorilla's own, or a
// third-party type implementing gorilla's sessions.Store (redistore,
// pgstore, mysqlstore...), which keeps data server-side unless its name
// says cookie.
func (s *Stores) classifyType(t types.Type) (string, StoreKind) {
	switch {
	case typematch.IsNamed(t, PathGorilla, "CookieStore"):
		return "gorilla", StoreClient
	case typematch.IsNamed(t, PathGorilla, "FilesystemStore"):
		return "gorilla", StoreServer
	}
	n := typematch.NamedOf(t)
	if n == nil || s.gorillaIfc == nil || types.IsInterface(n) || n.Obj().Pkg() == nil {
		return "", StoreUnknown
	}
	if !types.Implements(t, s.gorillaIfc) && !types.Implements(types.NewPointer(n), s.gorillaIfc) {
		return "", StoreUnknown
	}
	if strings.Contains(strings.ToLower(n.Obj().Pkg().Path()+"."+n.Obj().Name()), "cookie") {
		return "gorilla", StoreClient
	}
	return "gorilla", StoreServer
}

// only returns the single kind in set, or StoreUnknown when the set is
// empty or mixed.
func only(set map[StoreKind]bool) StoreKind {
	// A server-side store on any path (redis in production, a cookie store
	// as a fallback) is a server-side session on that path.
	if set[StoreServer] {
		return StoreServer
	}
	if len(set) != 1 {
		return StoreUnknown
	}
	for k := range set {
		return k
	}
	return StoreUnknown
}

// kindOfStoreExpr follows a store expression to its constructors.
func (s *Stores) kindOfStoreExpr(e ast.Expr, family string) StoreKind {
	if fam, k := s.classifyType(typematch.TypeOf(s.info, e)); fam == family && k != StoreUnknown {
		return k
	}
	set := make(map[StoreKind]bool)
	for _, o := range s.ix.Origins(e) {
		fam, k := s.classify(o)
		if fam != family || k == StoreUnknown {
			return StoreUnknown
		}
		set[k] = true
	}
	return only(set)
}

// GinKind returns the kind of gin-contrib store the package's sessions use.
func (s *Stores) GinKind() StoreKind {
	set := make(map[StoreKind]bool)
	for _, e := range s.ginSessions {
		set[s.kindOfStoreExpr(e, "gin")] = true
	}
	if k := only(set); k != StoreUnknown {
		return k
	}
	if k := only(s.gin); k != StoreUnknown || s.ModuleImports == nil {
		return k
	}
	// The store is built elsewhere in the module (the router package):
	// its gin-contrib store packages tell which kind it is.
	set = make(map[StoreKind]bool)
	for p := range s.ModuleImports() {
		if sub, ok := strings.CutPrefix(p, PathGinSessions+"/"); ok {
			if sub == "cookie" {
				set[StoreClient] = true
			} else {
				set[StoreServer] = true
			}
		}
	}
	return only(set)
}

// GorillaKind returns the kind of store behind a gorilla *sessions.Session
// expression used inside body: a session obtained by store.Get(r, name) is
// classified by the store, one from sessions.NewSession or store.New is
// fresh, one from echo-contrib's session.Get by the store given to
// session.Middleware; otherwise the package's stores decide.
func (s *Stores) GorillaKind(sess ast.Expr, body ast.Node) StoreKind {
	src := definingValue(s.info, sess, body)
	if call, ok := typematch.Unwrap(src).(*ast.CallExpr); ok {
		fn := typematch.Callee(s.info, call)
		switch {
		case typematch.IsFunc(fn, PathGorilla, "NewSession"):
			return StoreFresh
		case typematch.IsFunc(fn, PathEchoSession, "Get"):
			set := make(map[StoreKind]bool)
			for _, e := range s.echoStores {
				set[s.kindOfStoreExpr(e, "gorilla")] = true
			}
			if k := only(set); k != StoreUnknown {
				return k
			}
		case fn != nil && s.SessionFuncKind != nil && s.SessionFuncKind(fn) != StoreUnknown:
			return s.SessionFuncKind(fn)
		case fn != nil && (fn.Name() == "New" || fn.Name() == "Get") && isStoreMethod(s, fn):
			if fn.Name() == "New" {
				return StoreFresh
			}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if k := s.kindOfStoreExpr(sel.X, "gorilla"); k != StoreUnknown {
					return k
				}
			}
		}
	}
	return only(s.gorilla)
}

// ReturnsGorillaSession reports whether fn's first result is a gorilla
// *sessions.Session.
func ReturnsGorillaSession(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	return sig.Results().Len() > 0 && typematch.IsNamed(sig.Results().At(0).Type(), PathGorilla, "Session")
}

func isStoreMethod(s *Stores, fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return false
	}
	t := sig.Recv().Type()
	if typematch.IsNamed(t, PathGorilla, "Store") || typematch.IsNamed(t, PathGorilla, "CookieStore") || typematch.IsNamed(t, PathGorilla, "FilesystemStore") {
		return true
	}
	return s.gorillaIfc != nil && types.Implements(t, s.gorillaIfc)
}

// definingValue returns the value a local variable was given inside body,
// including the single call of a multi-value assignment (sess, err :=
// store.Get(r, "s")). Anything else is returned as is.
func definingValue(info *types.Info, e ast.Expr, body ast.Node) ast.Expr {
	id, ok := typematch.Unwrap(e).(*ast.Ident)
	if !ok {
		return e
	}
	obj := info.ObjectOf(id)
	if obj == nil {
		return e
	}
	var val ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		if val != nil {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			if lid, ok := l.(*ast.Ident); ok && info.ObjectOf(lid) == obj {
				switch {
				case len(as.Rhs) == len(as.Lhs):
					val = as.Rhs[i]
				case len(as.Rhs) == 1:
					val = as.Rhs[0]
				}
			}
		}
		return true
	})
	if val == nil {
		return e
	}
	return val
}

// ThirdPartyGorillaStore reports whether fn is the constructor of a session
// store outside gorilla/sessions that implements its sessions.Store
// (boj/redistore, gormstore, pgstore...): a New... function whose result
// does. Such stores start from their own Options, in practice {Path: "/",
// MaxAge: ...} with no Secure, HttpOnly or SameSite. pkg is the package
// under analysis, whose imports lead to gorilla's Store interface.
func ThirdPartyGorillaStore(pkg *types.Package, fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == pkg || typematch.PathMatches(fn.Pkg().Path(), PathGorilla) ||
		typematch.PathMatches(fn.Pkg().Path(), typematch.Below(PathGinSessions)) || !strings.HasPrefix(fn.Name(), "New") {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Results().Len() == 0 {
		return false
	}
	gp := findImport(pkg, PathGorilla)
	if gp == nil {
		return false
	}
	obj := gp.Scope().Lookup("Store")
	if obj == nil {
		return false
	}
	ifc, _ := obj.Type().Underlying().(*types.Interface)
	t := sig.Results().At(0).Type()
	n := typematch.NamedOf(t)
	if ifc == nil || n == nil || types.IsInterface(n) || n.Obj().Pkg() == nil || typematch.PathMatches(n.Obj().Pkg().Path(), PathGorilla) {
		return false // gorilla's own stores are followed to their constructor
	}
	return types.Implements(t, ifc) || types.Implements(types.NewPointer(n), ifc)
}

// IsStoreImplementation reports whether t (or *t) is a session store
// written against gorilla/sessions' Store interface in package pkg: the
// Options literal its constructor fills in is the store's default, which
// the app that uses it sets or replaces.
func IsStoreImplementation(pkg *types.Package, t types.Type) bool {
	n := typematch.NamedOf(t)
	if n == nil || n.Obj().Pkg() != pkg {
		return false
	}
	gp := findImport(pkg, PathGorilla)
	if gp == nil {
		return false
	}
	obj := gp.Scope().Lookup("Store")
	if obj == nil {
		return false
	}
	ifc, _ := obj.Type().Underlying().(*types.Interface)
	return ifc != nil && (types.Implements(n, ifc) || types.Implements(types.NewPointer(n), ifc))
}

// FreshSession is gorilla's sessions.NewSession(store, name): a session
// whose Options start empty (new(Options)), not from the store's defaults.
var FreshSession = Func{Pkg: PathGorilla, Names: []string{"NewSession"}}

// ImportsGorillaStore reports whether pkg imports a package that builds on
// gorilla/sessions (a third-party store), for a cheap early exit.
func ImportsGorillaStore(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if typematch.Imports(imp, PathGorilla) {
			return true
		}
	}
	return false
}
