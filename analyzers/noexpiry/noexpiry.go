package noexpiry

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/flow"
	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/catalog"
)

// Analyzer reports sessions with no bounded lifetime or a lifetime longer
// than 30 days.
var Analyzer = &analysis.Analyzer{
	Name:     "noexpiry",
	Doc:      catalog.AnalyzerDoc("noexpiry"),
	URL:      catalog.DocURL("noexpiry"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, trace.Analyzer},
	Run:      run,
}

// maxDays is the longest lifetime accepted for a session (ASVS V3.3.2, L1).
const maxDays = 30

type checker struct {
	pass *analysis.Pass
	info *types.Info
	ix   *trace.Values
	h    *trace.Values
}

func run(pass *analysis.Pass) (any, error) {
	if !typematch.Imports(pass.Pkg, golib.CookieLibPaths...) && !typematch.Imports(pass.Pkg, "time") {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ix := pass.ResultOf[trace.Analyzer].(*trace.Values)
	c := &checker{pass: pass, info: pass.TypesInfo, ix: ix, h: ix}

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
		o, l := lifetimeOf(typematch.TypeOf(c.info, w.Prefix), w.Path[0])
		if l == nil {
			continue
		}
		if o.IsCookie() && c.cookieLiteralOrigin(w.Prefix) {
			continue // judged with its literal
		}
		c.check(w.Cursor, w.Cursor.Node(), w.Value, l, func() (string, bool) {
			if !o.IsCookie() {
				return l.Subject, true
			}
			var nameExpr ast.Expr = w.Prefix
			for _, o := range c.h.OriginsViaTuples(w.Prefix) {
				if call, ok := o.(*ast.CallExpr); ok {
					if fn := typematch.Callee(c.info, call); fn != nil && fn.Name() == "Cookie" && len(call.Args) == 1 {
						nameExpr = call.Args[0] // r.Cookie("session")
					}
				}
			}
			return c.cookieSubject(nameExpr, nil, w.Cursor)
		})
	}
	return nil, nil
}

// lifetimeOf is golib.LifetimeOf, plus the expiry of an app's own session
// record: a struct named like a session (Session, UserSession, AuthToken)
// whose time.Time field says when it expires (ExpiresAt, Expiry,
// ValidUntil), as apps that keep sessions in their database write it.
func lifetimeOf(t types.Type, field string) (*golib.OptionType, *golib.Lifetime) {
	if o, l := golib.LifetimeOf(t, field); l != nil {
		return o, l
	}
	if l := golib.TokenLifetimeOf(t, field); l != nil {
		return &golib.OptionType{}, l
	}
	n := typematch.NamedOf(t)
	if n == nil {
		return nil, nil
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	tw := names.Words(n.Obj().Name())
	if !names.HasWord(tw, "session", "sessions") && !(names.HasWord(tw, "token") && names.HasWord(tw, "auth", "access", "login")) ||
		names.HasWord(tw, "config", "options", "settings", "opts", "cfg", "params", "request", "response") {
		return nil, nil
	}
	fw := names.Words(field)
	if !names.HasWord(fw, "expires", "expiry", "expiration", "expire", "until", "deadline") || names.HasWord(fw, "idle", "refresh", "remember") {
		return nil, nil
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == field && typematch.IsNamed(f.Type(), "time", "Time") {
			return &golib.OptionType{}, &golib.Lifetime{Field: field, Time: true, Subject: "a " + n.Obj().Name() + " record"}
		}
	}
	return nil, nil
}

// loginToken reports whether the claims at cur are a login token's: not
// made in a function for refresh, API, invitation, reset or verification
// tokens, which live longer by design.
func loginToken(cur inspector.Cursor) bool {
	fd := typematch.EnclosingFuncDecl(cur)
	if fd == nil {
		return true
	}
	return !names.HasWord(names.Words(fd.Name.Name), "refresh", "api", "apikey", "invite", "invitation", "reset",
		"verify", "verification", "email", "download", "share", "service", "machine", "device", "personal", "pat")
}

func (c *checker) skip(cur inspector.Cursor) bool {
	return strings.HasSuffix(c.pass.Fset.File(cur.Node().Pos()).Name(), "_test.go") ||
		flow.InDevelopmentBranch(c.info, cur) || flow.InRememberMeContext(cur)
}

func (c *checker) cookieLiteralOrigin(prefix ast.Expr) bool {
	for _, o := range c.h.OriginsViaTuples(prefix) {
		if _, ok := o.(*ast.CompositeLit); ok {
			return true
		}
	}
	return false
}

// cookieSubject names a session cookie, or reports false for a cookie that
// is not session material or is a remember-me cookie.
func (c *checker) cookieSubject(nameExpr, valueExpr ast.Expr, cur inspector.Cursor) (string, bool) {
	id := c.h.IdentifyCookie(nameExpr, valueExpr, typematch.EnclosingFuncDecl(cur))
	if !id.Session {
		return "", false
	}
	for _, e := range []ast.Expr{nameExpr, valueExpr} {
		if e == nil {
			continue
		}
		if s, ok := typematch.StringConst(c.info, e); ok && names.IsRememberMeName(s) {
			return "", false
		}
		for _, n := range trace.ExprNames(e) {
			if names.IsRememberMeName(n) {
				return "", false
			}
		}
	}
	if id.Name != "" {
		if names.IsRememberMeName(id.Name) {
			return "", false
		}
		return fmt.Sprintf("session cookie %q", id.Name), true
	}
	return "session cookie", true
}

// seconds evaluates a lifetime value in seconds.
func (c *checker) seconds(e ast.Expr, l *golib.Lifetime) (int64, bool) {
	if l.Time {
		return c.h.TimeFromNow(e)
	}
	return c.h.ConstSeconds(e, l.Unit)
}

// check reports value at node when it exceeds maxDays. subject is computed
// lazily: it classifies the cookie.
func (c *checker) check(cur inspector.Cursor, node ast.Node, value ast.Expr, l *golib.Lifetime, subject func() (string, bool)) {
	secs, ok := c.seconds(value, l)
	if !ok || secs <= maxDays*trace.Day {
		return
	}
	s, ok := subject()
	if !ok {
		return
	}
	if def := c.lifetimeVar(value); def != nil {
		node = def
	}
	c.report(node, s, secs)
}

// lifetimeVar returns the definition of the one local variable a lifetime
// is made from (lifetime := 90 * 24 * time.Hour; Expires:
// time.Now().Add(lifetime)) when that is a constant: where the fix goes,
// for the cookie and whatever else shares it.
func (c *checker) lifetimeVar(value ast.Expr) ast.Expr {
	var found ast.Expr
	n := 0
	ast.Inspect(value, func(x ast.Node) bool {
		id, ok := x.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := c.info.Uses[id].(*types.Var)
		if !ok || v.IsField() || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
			return true
		}
		n++
		defs, ok := c.h.Defs(id, nil)
		if !ok || len(defs) != 1 || defs[0].Index != 0 {
			return true
		}
		if _, ok := c.h.ConstSeconds(defs[0].Expr, int64(1e9)); ok {
			found = defs[0].Expr
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return found
}

func (c *checker) report(node ast.Node, subject string, secs int64) {
	what := "lets the session live"
	if strings.HasPrefix(subject, "session cookie") {
		what = "lives"
	}
	c.pass.Report(analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Message: fmt.Sprintf(
		"%s %s for %s, so a stolen session stays usable long after the user left; keep session lifetimes at %d days or less and use a separate remember-me token (session.Remember) for longer logins",
		subject, what, days(secs), maxDays)})
}

func days(secs int64) string {
	d := secs / trace.Day
	if d == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", d)
}

func (c *checker) literal(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := typematch.TypeOf(c.info, lit)
	for id, kv := range typematch.KeyedFields(lit) {
		o, l := lifetimeOf(t, id.Name)
		if l == nil || golib.TokenLifetimeOf(t, id.Name) != nil && !loginToken(cur) {
			continue
		}
		c.check(cur, kv, kv.Value, l, func() (string, bool) {
			if !o.IsCookie() {
				return l.Subject, true
			}
			if v, ok := typematch.Field(lit, o.Value); ok {
				if s, ok := typematch.StringConst(c.info, v); ok && s == "" {
					return "", false // clearing the cookie
				}
			}
			if sessOnly, ok := typematch.Field(lit, "SessionOnly"); ok {
				if b, ok := typematch.BoolConst(c.info, sessOnly); ok && b {
					return "", false // fiber ignores MaxAge and Expires
				}
			}
			nameExpr, _ := typematch.Field(lit, o.Name)
			valueExpr, _ := typematch.Field(lit, o.Value)
			return c.cookieSubject(nameExpr, valueExpr, cur)
		})
	}
}

func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	fn := typematch.Callee(c.info, call)
	if fn == nil || len(call.Args) == 0 {
		return
	}
	if setter := golib.CookieSetterOf(fn, call); setter != nil {
		age := setter.Arg(call, setter.MaxAge)
		if age == nil {
			return
		}
		secs, ok := c.h.ConstSeconds(age, 1)
		if !ok || secs <= maxDays*trace.Day {
			return
		}
		if s, ok := c.cookieSubject(setter.Arg(call, setter.Name), setter.Arg(call, setter.Value), cur); ok {
			c.report(age, s, secs)
		}
		return
	}
	lc := golib.LifetimeCallOf(fn)
	if lc == nil {
		return
	}
	if lc.ZeroMeansForever != "" {
		secs, ok := c.h.ConstSeconds(call.Args[0], lc.Unit)
		switch {
		case !ok:
		case secs == 0:
			c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: lc.ZeroMeansForever})
		case secs > maxDays*trace.Day:
			c.report(call, lc.Subject, secs)
		}
		return
	}
	c.check(cur, call, call.Args[0], &golib.Lifetime{Unit: lc.Unit}, func() (string, bool) { return lc.Subject, true })
}
