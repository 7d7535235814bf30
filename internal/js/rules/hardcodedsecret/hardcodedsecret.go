package rules

import (
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// HardcodedSecret flags literals used as session or cookie signing keys:
// express-session and @fastify/session secret, cookie-session keys and
// secret, @fastify/secure-session secret and key, cookie-parser's secret,
// koa's app.keys, csrf-csrf's getSecret and jsonwebtoken's jwt.sign key.
// A literal fallback (process.env.S || 'dev') counts; values from the
// environment, configuration or a secret manager do not. Test files are
// not checked.
var HardcodedSecret = &Rule{
	ID:    "hardcodedsecret",
	Query: callQuery + "\n" + assignQuery,
	Check: checkHardcodedSecret,
}

func checkHardcodedSecret(f *File, m syntax.Match) {
	if f.Test {
		return
	}
	if a := m.Capture("assign"); a != nil {
		// koa: app.keys = ['literal']
		l := syntax.Unwrap(a.ChildByField("left"))
		if l.Kind != "member_expression" || f.text(l.ChildByField("property")) != "keys" || !f.imported("koa", "koa-session", "@koa/router", "koa-router") {
			return
		}
		if lit, fallback := f.secretLiteral(a.ChildByField("right"), 0); lit != nil {
			f.report("hardcodedsecret", f.at(lit, a.ChildByField("right")), secretMessage("koa app.keys", fallback))
		}
		return
	}
	call := m.Capture("call")
	if u := f.sessionUse(call); u != nil {
		if u.opts == nil {
			return
		}
		for _, key := range []string{"secret", "keys", "key"} {
			if key == "keys" && u.lib != libCookieSession || key == "key" && u.lib != libFastifySecure {
				continue
			}
			l := f.get(u.opts, key)
			if !l.Found {
				continue
			}
			if lit, fallback := f.secretLiteral(l.Value, 0); lit != nil {
				f.report("hardcodedsecret", f.at(lit, l.Value), secretMessage(u.lib+" "+key, fallback))
			}
		}
		return
	}
	as := args(call)
	switch {
	case f.isCallTo(call, "cookie-parser", ""):
		if len(as) > 0 {
			if lit, fallback := f.secretLiteral(as[0], 0); lit != nil {
				f.report("hardcodedsecret", f.at(lit, as[0]), secretMessage("cookie-parser secret", fallback))
			}
		}
	case f.isCallTo(call, "jsonwebtoken", "sign"):
		if len(as) > 1 {
			if lit, fallback := f.secretLiteral(as[1], 0); lit != nil {
				f.report("hardcodedsecret", f.at(lit, as[1]), secretMessage("jwt.sign key", fallback))
			}
		}
	case f.isCallTo(call, "csrf-csrf", "doubleCsrf"):
		if len(as) > 0 {
			if l := f.get(f.object(as[0]), "getSecret"); l.Found {
				fn := f.value(l.Value, 0)
				if fn != nil && syntax.IsFunction(fn) {
					for _, r := range returnValues(fn) {
						if lit, fallback := f.secretLiteral(r, 0); lit != nil {
							f.report("hardcodedsecret", lit, secretMessage("csrf-csrf getSecret", fallback))
						}
					}
				}
			}
		}
	}
}

// at reports at the literal when it is written in the expression or in
// another module (a config file, where the fix goes), else at the
// expression (the literal is a constant declared elsewhere in the file).
func (f *File) at(lit, expr *syntax.Node) *syntax.Node {
	if expr == nil || expr.Contains(lit) || f.owner(lit) != f.owner(expr) {
		return lit
	}
	return expr
}

func secretMessage(what string, fallback bool) string {
	if fallback {
		return what + " falls back to a literal when the environment variable is unset, so a deployment that forgets it signs with a key anyone with the code knows; fail at start-up instead of falling back"
	}
	return what + " is a literal in the source, so anyone with the code can forge signed cookies or tokens; read it from the environment or a secret manager (e.g. process.env.SESSION_SECRET)"
}

// secretLiteral returns the literal a secret expression is (or contains,
// for arrays), and whether it is a fallback after || or ??.
func (f *File) secretLiteral(n *syntax.Node, depth int) (*syntax.Node, bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > maxDepth {
		return nil, false
	}
	switch n.Kind {
	case "string", "template_string":
		if _, ok := f.stringValue(n, 0); ok {
			return n, false
		}
	case "array":
		for _, e := range n.NamedChildren() {
			if lit, fb := f.secretLiteral(e, depth+1); lit != nil {
				return lit, fb
			}
		}
	case "binary_expression":
		op := f.text(n.ChildByField("operator"))
		if op == "||" || op == "??" {
			if lit, _ := f.secretLiteral(n.ChildByField("right"), depth+1); lit != nil {
				return lit, true
			}
		}
		if op == "+" {
			if _, ok := f.stringValue(n, 0); ok {
				return n, false
			}
		}
	case "identifier", "member_expression":
		// A constant, an imported value, config.jwt.secret.
		v := f.value(n, depth+1)
		if v == n {
			v = f.propertyValue(n)
		}
		if v != nil && v != n {
			return f.secretLiteral(v, depth+1)
		}
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil {
			break
		}
		// Buffer.from('literal')
		if f.text(fn) == "Buffer.from" {
			if as := args(n); len(as) > 0 {
				return f.secretLiteral(as[0], depth+1)
			}
		}
		// [process.env.KEY || 'literal'].filter(Boolean)
		if fn.Kind == "member_expression" {
			switch f.text(fn.ChildByField("property")) {
			case "filter", "concat", "slice", "map", "split", "trim":
				return f.secretLiteral(fn.ChildByField("object"), depth+1)
			}
		}
	}
	return nil, false
}
