// Package hardcodedsecret is the JavaScript/TypeScript hardcodedsecret rule.
package hardcodedsecret

import (
	"path/filepath"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Rule flags literals used as session or cookie signing keys: a session
// library's secret options (the catalog's: express-session secret,
// cookie-session keys, iron-session password, @hapi/cookie and yar
// cookie passwords, ...), cookie-parser's secret, koa's app.keys,
// csrf-csrf's getSecret, and the keys of the catalog's JWT signers
// (jsonwebtoken sign, @fastify/jwt, @nestjs/jwt, koa-jwt, express-jwt).
// Values are followed into config modules and configuration: a literal
// fallback (process.env.S || 'dev', const { S = 'dev' } = process.env,
// configService.get('S', 'dev')) and a configuration default that ships
// (node-config's config/default.yaml, a convict or zod schema default)
// count; values from the environment, a secret manager or random bytes do
// not, nor an empty fallback (which the libraries reject). Test files are
// not checked.
var Rule = &analysis.Rule{
	ID:    "hardcodedsecret",
	Query: analysis.CallQuery + "\n" + analysis.AssignQuery + "\n" + analysis.PairQuery + "\n" + analysis.NewQuery,
	Check: check,
}

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if a := m.Capture("assign"); a != nil {
		// koa: app.keys = ['literal']
		l := syntax.Unwrap(a.ChildByField("left"))
		if l.Kind != "member_expression" || f.Text(l.ChildByField("property")) != "keys" {
			return
		}
		switch {
		case f.Imported(jslib.KoaApps...):
			report(f, a.ChildByField("right"), "koa app.keys")
		case koaConfigFile(f) && strings.Count(f.MemberPath(l), ".") == 1:
			// The scaffold's appInfo.name + '_1519887194138_3450': the
			// app's name is no secret, the literal part is the key.
			r := syntax.Unwrap(a.ChildByField("right"))
			if r != nil && r.Kind == "binary_expression" && f.Text(r.ChildByField("operator")) == "+" {
				if rr := syntax.Unwrap(r.ChildByField("right")); rr != nil && strings.HasPrefix(f.Text(syntax.Unwrap(r.ChildByField("left"))), "appInfo.") {
					r = rr
				}
			}
			report(f, r, "config.keys (the cookie signing keys)")
		}
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
	if call == nil {
		call = m.Capture("new") // new Strategy({ secretOrKey })
	} else if u := web.SessionAt(f, call); u != nil {
		session(f, u)
		return
	}
	configSources(f, call)
	as := resolve.Args(call)
	b, ok := f.Callee(call)
	switch {
	case ok && b == jslib.CookieParser:
		if len(as) > 0 {
			report(f, as[0], "cookie-parser secret")
		}
	case ok && b == jslib.CSRFSecret:
		if len(as) > 0 {
			if l := f.Get(f.Object(as[0]), "getSecret"); l.Found {
				fn := f.Value(l.Value)
				if fn != nil && syntax.IsFunction(fn) {
					for _, r := range resolve.ReturnValues(fn) {
						report(f, r, b.Module+" getSecret")
					}
				}
			}
		}
	case ok:
		for _, s := range jslib.JWTSigners(jslib.Call) {
			if s.Ref != b {
				continue
			}
			if s.KeyArg >= 0 && len(as) > s.KeyArg {
				report(f, as[s.KeyArg], callee(f, call)+" key")
			} else if s.KeyArg < 0 && len(as) > 0 {
				if l := f.Get(f.Object(as[max(s.OptionsArg, 0)]), s.KeyPath); l.Found {
					report(f, l.Value, callee(f, call)+" "+strings.ReplaceAll(s.KeyPath, "()", ""))
				}
			}
		}
	}
	// app.register(jwtPlugin, { secret }): fastify plugins.
	if fn := syntax.Unwrap(call.ChildByField("function")); call.Kind == "call_expression" && fn != nil && fn.Kind == "member_expression" && f.Text(fn.ChildByField("property")) == "register" && len(as) >= 2 {
		if pb, ok := f.Ref(as[0]); ok {
			for _, s := range jslib.JWTSigners(jslib.Register) {
				if s.Ref == pb {
					if l := f.Get(f.Object(as[1]), s.KeyPath); l.Found {
						report(f, l.Value, pb.Module+" "+s.KeyPath)
					}
				}
			}
		}
	}
}

func session(f *analysis.File, u *web.Session) {
	if u.Opts == nil || web.DevOnly(f, u.At) {
		return
	}
	for _, key := range u.Lib.Secrets {
		if l := f.Get(u.Opts, key); l.Found {
			report(f, l.Value, u.Lib.Name+" "+key)
		}
	}
}

// report reports a secret expression whose value is a literal.
func report(f *analysis.File, expr *syntax.Node, what string) {
	lit, how := literal(f, expr, 0)
	if lit == nil {
		return
	}
	at := lit
	// The literal is a constant declared elsewhere in the same file: report
	// at the use; in a config module (where the fix goes): at the literal.
	if expr != nil && !expr.Contains(lit) && f.Owner(lit) == f.Owner(expr) && how == plain {
		at = expr
	}
	f.Report("hardcodedsecret", at, message(f, what, lit, how))
}

type kind int8

const (
	plain    kind = iota // a literal
	fallback             // a literal after || or ?? or as a destructuring default
	shipped              // a configuration default that ships
)

func message(f *analysis.File, what string, lit *syntax.Node, how kind) string {
	switch how {
	case fallback:
		return what + " falls back to a literal when the environment variable is unset, so a deployment that forgets it signs with a key anyone with the code knows; fail at start-up instead of falling back"
	case shipped:
		return what + " comes from a configuration default that ships with the code, so a deployment that does not override it signs with a key anyone with the code knows; remove the default and require the value from the environment or a secret manager"
	}
	return what + " is a literal in the source, so anyone with the code can forge signed cookies or tokens; read it from the environment or a secret manager (e.g. process.env.SESSION_SECRET)"
}

// literal returns the literal a secret expression is (or contains, for
// arrays), and how it is used.
func literal(f *analysis.File, n *syntax.Node, depth int) (*syntax.Node, kind) {
	n = syntax.Unwrap(n)
	if n == nil || depth > resolve.MaxDepth {
		return nil, plain
	}
	g := f.Owner(n)
	switch n.Kind {
	case "string", "template_string":
		if s, ok := g.String(n); ok && strings.TrimSpace(s) != "" {
			if g.Tree.Lang == syntax.Data || isDefaultKey(g, n) {
				return n, shipped
			}
			return n, plain
		}
	case "array":
		for _, e := range n.NamedChildren() {
			if lit, how := literal(f, e, depth+1); lit != nil {
				return lit, how
			}
		}
	case "binary_expression", "object_assignment_pattern", "assignment_pattern":
		if d, ok := g.EnvDefault(n); ok {
			if lit, how := literal(f, d, depth+1); lit != nil {
				if how == plain {
					how = fallback
				}
				return lit, how
			}
			return nil, plain
		}
		switch g.Text(n.ChildByField("operator")) {
		case "||", "??":
			if lit, _ := literal(f, n.ChildByField("right"), depth+1); lit != nil {
				return lit, fallback
			}
		case "+":
			if s, ok := g.String(n); ok && s != "" {
				return n, plain
			}
		}
	case "ternary_expression":
		// process.env.KEY ? Buffer.from(process.env.KEY) : Buffer.from('literal'):
		// the literal is what runs when the variable is unset.
		// A test of anything else (NODE_ENV === 'production') picks a
		// development value, judged elsewhere.
		cond, unset := syntax.Unwrap(n.ChildByField("condition")), "alternative"
		if cond != nil && cond.Kind == "unary_expression" && g.Text(cond.ChildByField("operator")) == "!" {
			cond, unset = syntax.Unwrap(cond.ChildByField("argument")), "consequence"
		}
		if c := g.Text(cond); cond != nil && cond.Kind == "member_expression" && (strings.HasPrefix(c, "process.env.") || strings.HasPrefix(c, "import.meta.env.")) {
			if lit, _ := literal(f, n.ChildByField(unset), depth+1); lit != nil {
				return lit, fallback
			}
		}
	case "identifier", "member_expression", "subscript_expression", "shorthand_property_identifier":
		// A constant, an imported value, config.jwt.secret, a config
		// file's or schema's default.
		v := g.Value(n)
		if v == n {
			v = g.PropertyValue(n)
		}
		if v != nil && v != n {
			return literal(f, v, depth+1)
		}
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil {
			break
		}
		if d, ok := g.EnvDefault(n); ok { // configService.get('S', 'dev')
			if lit, _ := literal(f, d, depth+1); lit != nil {
				return lit, fallback
			}
			return nil, plain
		}
		// Buffer.from('literal')
		if g.Text(fn) == "Buffer.from" {
			if as := resolve.Args(n); len(as) > 0 {
				return literal(f, as[0], depth+1)
			}
		}
		// [process.env.KEY || 'literal'].filter(Boolean)
		if fn.Kind == "member_expression" {
			switch g.Text(fn.ChildByField("property")) {
			case "filter", "concat", "slice", "map", "split", "trim":
				return literal(f, fn.ChildByField("object"), depth+1)
			}
		}
		if v := g.Value(n); v != nil && v != n {
			if lit, how := literal(f, v, depth+1); lit != nil {
				return lit, how
			}
		}
		// getCookieSecret(): the app's own accessor, by what it returns.
		if body := g.LocalFunction(fn); body != nil && len(resolve.Args(n)) == 0 {
			for _, r := range resolve.ReturnValues(body) {
				if lit, how := literal(f, r, depth+1); lit != nil {
					return lit, how
				}
			}
		}
	}
	return nil, plain
}

// isDefaultKey reports whether n is the value of a schema's default key
// (convict's { default: 'x' }, zod's .default('x')).
func isDefaultKey(f *resolve.File, n *syntax.Node) bool {
	p := n.Parent
	if p != nil && p.Kind == "pair" && f.Text(p.ChildByField("key")) == "default" {
		return true
	}
	if p != nil && p.Kind == "arguments" && p.Parent != nil {
		if fn := syntax.Unwrap(p.Parent.ChildByField("function")); fn != nil && fn.Kind == "member_expression" && f.Text(fn.ChildByField("property")) == "default" {
			return true
		}
	}
	return false
}

// callee names a call's function for messages.
func callee(f *analysis.File, call *syntax.Node) string {
	fn := call.ChildByField("function")
	if fn == nil {
		fn = call.ChildByField("constructor")
	}
	return f.Text(fn)
}

var koaConfigPath = lazyre.New(jslib.KoaConfigFile)

// koaConfigFile reports a config file of a framework built on koa (egg's
// config/config.default.js) in an app that depends on it.
func koaConfigFile(f *analysis.File) bool {
	if !koaConfigPath.MatchString(filepath.ToSlash(f.Tree.Path)) {
		return false
	}
	for _, m := range jslib.KoaConfigFrameworks {
		if f.App.Version(m) != "" {
			return true
		}
	}
	return false
}
