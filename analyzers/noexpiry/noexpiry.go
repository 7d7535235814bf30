package noexpiry

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/code"
)

//go:embed doc.go
var doc string

// Analyzer reports sessions with no bounded lifetime or a lifetime longer
// than 30 days.
var Analyzer = &analysis.Analyzer{
	Name:     "noexpiry",
	Doc:      code.MustDoc(doc, "noexpiry"),
	URL:      code.DocURL("noexpiry"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, code.IndexAnalyzer},
	Run:      run,
}

const (
	pathHTTP   = "net/http"
	pathGin    = "github.com/gin-gonic/gin"
	pathFiber2 = "github.com/gofiber/fiber/v2"
	pathFiber3 = "github.com/gofiber/fiber/v3"
)

// maxDays is the longest lifetime accepted for a session (ASVS V3.3.2, L1).
const maxDays = 30

const second = int64(1e9) // time.Second in a time.Duration

// A lifetime is a field that bounds a session's life.
type lifetime struct {
	pkg, typ, field string
	unit            int64  // 1 for seconds, second for a time.Duration
	time            bool   // a time.Time (Expires): read as now + d
	subject         string // for the message
	cookie          bool   // a cookie type: classify by Name and Value
}

var lifetimes = []lifetime{
	{pkg: pathHTTP, typ: "Cookie", field: "MaxAge", unit: 1, cookie: true},
	{pkg: pathHTTP, typ: "Cookie", field: "Expires", time: true, cookie: true},
	{pkg: pathFiber2, typ: "Cookie", field: "MaxAge", unit: 1, cookie: true},
	{pkg: pathFiber2, typ: "Cookie", field: "Expires", time: true, cookie: true},
	{pkg: pathFiber3, typ: "Cookie", field: "MaxAge", unit: 1, cookie: true},
	{pkg: pathFiber3, typ: "Cookie", field: "Expires", time: true, cookie: true},
	{pkg: code.PathGorilla, typ: "Options", field: "MaxAge", unit: 1, subject: "gorilla/sessions MaxAge"},
	{pkg: code.PathGinSessions, typ: "Options", field: "MaxAge", unit: 1, subject: "gin-contrib/sessions MaxAge"},
	{pkg: code.PathSCS, typ: "SessionManager", field: "Lifetime", unit: second, subject: "scs Lifetime"},
	{pkg: code.PathFiber2Session, typ: "Config", field: "Expiration", unit: second, subject: "fiber session Expiration"},
	{pkg: code.PathFiber3Session, typ: "Config", field: "IdleTimeout", unit: second, subject: "fiber session IdleTimeout"},
	{pkg: code.PathFiber3Session, typ: "Config", field: "AbsoluteTimeout", unit: second, subject: "fiber session AbsoluteTimeout"},
	{pkg: code.PathBeegoWeb, typ: "SessionConfig", field: "SessionGCMaxLifetime", unit: 1, subject: "beego SessionGCMaxLifetime"},
	{pkg: code.PathBeegoSession, typ: "ManagerConfig", field: "Gclifetime", unit: 1, subject: "beego session Gclifetime"},
	{pkg: code.PathBeegoSession, typ: "ManagerConfig", field: "Maxlifetime", unit: 1, subject: "beego session Maxlifetime"},
}

func lookup(t types.Type, field string) *lifetime {
	for i := range lifetimes {
		l := &lifetimes[i]
		if l.field == field && code.IsNamed(t, l.pkg, l.typ) {
			return l
		}
	}
	return nil
}

type checker struct {
	pass *analysis.Pass
	info *types.Info
	ix   *code.Index
	h    *code.Holders
}

func run(pass *analysis.Pass) (any, error) {
	if !code.Imports(pass.Pkg, pathHTTP, code.PathGorilla, code.PathSCS, pathGin, code.PathGinSessions+"/...",
		pathFiber2+"/...", pathFiber3+"/...", code.PathBeegoWeb+"/...") {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ix := pass.ResultOf[code.IndexAnalyzer].(*code.Index)
	c := &checker{pass: pass, info: pass.TypesInfo, ix: ix, h: code.NewHolders(pass.TypesInfo, ins, ix)}

	for cur := range ins.Root().Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
		if c.skip(cur) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			c.literal(cur, n)
		case *ast.CallExpr:
			c.call(cur, n)
		}
	}
	for _, w := range c.h.AllWrites() {
		if len(w.Path) != 1 || c.skip(w.Cursor) {
			continue
		}
		l := lookup(code.TypeOf(c.info, w.Prefix), w.Path[0])
		if l == nil {
			continue
		}
		if l.cookie && c.cookieLiteralOrigin(w.Prefix) {
			continue // judged with its literal
		}
		c.check(w.Cursor, w.Cursor.Node(), w.Value, l, func() (string, bool) {
			if !l.cookie {
				return l.subject, true
			}
			var nameExpr ast.Expr = w.Prefix
			for _, o := range c.h.Origins(w.Prefix) {
				if call, ok := o.(*ast.CallExpr); ok {
					if fn := code.Callee(c.info, call); fn != nil && fn.Name() == "Cookie" && len(call.Args) == 1 {
						nameExpr = call.Args[0] // r.Cookie("session")
					}
				}
			}
			return c.cookieSubject(nameExpr, nil, w.Cursor)
		})
	}
	return nil, nil
}

func (c *checker) skip(cur inspector.Cursor) bool {
	return strings.HasSuffix(c.pass.Fset.File(cur.Node().Pos()).Name(), "_test.go") ||
		code.InDevelopmentBranch(c.info, cur) || code.InRememberMeContext(cur)
}

func (c *checker) cookieLiteralOrigin(prefix ast.Expr) bool {
	for _, o := range c.h.Origins(prefix) {
		if _, ok := o.(*ast.CompositeLit); ok {
			return true
		}
	}
	return false
}

// cookieSubject names a session cookie, or reports false for a cookie that
// is not session material or is a remember-me cookie.
func (c *checker) cookieSubject(nameExpr, valueExpr ast.Expr, cur inspector.Cursor) (string, bool) {
	id := c.h.IdentifyCookie(nameExpr, valueExpr, code.EnclosingFuncDecl(cur))
	if !id.Session {
		return "", false
	}
	for _, e := range []ast.Expr{nameExpr, valueExpr} {
		if e == nil {
			continue
		}
		if s, ok := code.StringConst(c.info, e); ok && code.IsRememberMeName(s) {
			return "", false
		}
		for _, n := range code.ExprNames(e) {
			if code.IsRememberMeName(n) {
				return "", false
			}
		}
	}
	if id.Name != "" {
		if code.IsRememberMeName(id.Name) {
			return "", false
		}
		return fmt.Sprintf("session cookie %q", id.Name), true
	}
	return "session cookie", true
}

// seconds evaluates a lifetime value in seconds.
func (c *checker) seconds(e ast.Expr, l *lifetime) (int64, bool) {
	if l.time {
		return c.h.TimeFromNow(e)
	}
	return c.h.ConstSeconds(e, l.unit)
}

// check reports value at node when it exceeds maxDays. subject is computed
// lazily: it classifies the cookie.
func (c *checker) check(cur inspector.Cursor, node ast.Node, value ast.Expr, l *lifetime, subject func() (string, bool)) {
	secs, ok := c.seconds(value, l)
	if !ok || secs <= maxDays*code.Day {
		return
	}
	s, ok := subject()
	if !ok {
		return
	}
	c.report(node, s, secs)
}

func (c *checker) report(node ast.Node, subject string, secs int64) {
	what := "lets the session live"
	if strings.HasPrefix(subject, "session cookie") {
		what = "lives"
	}
	c.pass.Report(analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Message: fmt.Sprintf(
		"%s %s for %s, so a stolen session stays usable long after the user left; keep session lifetimes at %d days or less and use a separate remember-me token for longer logins",
		subject, what, days(secs), maxDays)})
}

func days(secs int64) string {
	d := secs / code.Day
	if d == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", d)
}

func (c *checker) literal(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := code.TypeOf(c.info, lit)
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		l := lookup(t, id.Name)
		if l == nil {
			continue
		}
		c.check(cur, kv, kv.Value, l, func() (string, bool) {
			if !l.cookie {
				return l.subject, true
			}
			if v, ok := code.Field(lit, "Value"); ok {
				if s, ok := code.StringConst(c.info, v); ok && s == "" {
					return "", false // clearing the cookie
				}
			}
			if sessOnly, ok := code.Field(lit, "SessionOnly"); ok {
				if b, ok := code.BoolConst(c.info, sessOnly); ok && b {
					return "", false // fiber ignores MaxAge and Expires
				}
			}
			nameExpr, _ := code.Field(lit, "Name")
			valueExpr, _ := code.Field(lit, "Value")
			return c.cookieSubject(nameExpr, valueExpr, cur)
		})
	}
}

func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	fn := code.Callee(c.info, call)
	if fn == nil || len(call.Args) == 0 {
		return
	}
	switch {
	case code.IsMethod(fn, pathGin, "Context", "SetCookie") && len(call.Args) == 7:
		secs, ok := c.h.ConstSeconds(call.Args[2], 1)
		if !ok || secs <= maxDays*code.Day {
			return
		}
		if s, ok := c.cookieSubject(call.Args[0], call.Args[1], cur); ok {
			c.report(call.Args[2], s, secs)
		}
	case code.IsMethod(fn, code.PathGorilla, "CookieStore", "MaxAge"):
		secs, ok := c.h.ConstSeconds(call.Args[0], 1)
		switch {
		case !ok:
		case secs == 0:
			c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "store.MaxAge(0) turns off the timestamp check of gorilla's securecookie, so a copied session cookie is accepted forever; pass a bounded age such as 86400 * 7"})
		case secs > maxDays*code.Day:
			c.report(call, "gorilla/sessions store.MaxAge", secs)
		}
	case code.IsMethod(fn, code.PathGorilla, "FilesystemStore", "MaxAge"):
		c.check(cur, call, call.Args[0], &lifetime{unit: 1}, func() (string, bool) { return "gorilla/sessions store.MaxAge", true })
	case code.IsMethod(fn, code.PathFiber2Session, "Session", "SetExpiry"):
		c.check(cur, call, call.Args[0], &lifetime{unit: second}, func() (string, bool) { return "fiber session SetExpiry", true })
	case code.IsMethod(fn, code.PathFiber3Session, "Session", "SetIdleTimeout"):
		c.check(cur, call, call.Args[0], &lifetime{unit: second}, func() (string, bool) { return "fiber session SetIdleTimeout", true })
	case code.IsFunc(fn, code.PathBeegoSession, "CfgGcLifeTime", "CfgMaxLifeTime"):
		c.check(cur, call, call.Args[0], &lifetime{unit: 1}, func() (string, bool) { return "beego session." + fn.Name(), true })
	}
}
