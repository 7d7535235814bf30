package rules

import (
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// sessionKey returns the request object and key of a write to
// req.session.key (or req.session['key']): "req", "userId". ok is false for
// other member expressions.
func (f *File) sessionKey(lhs *syntax.Node) (reqName, key string, ok bool) {
	lhs = syntax.Unwrap(lhs)
	if lhs == nil || (lhs.Kind != "member_expression" && lhs.Kind != "subscript_expression") {
		return "", "", false
	}
	p := f.memberPath(lhs)
	parts := strings.Split(p, ".")
	if len(parts) < 3 || parts[1] != "session" || parts[0] == "this" {
		return "", "", false
	}
	return parts[0], parts[2], true
}

// isClearing reports whether a value clears rather than sets (null,
// undefined, false, void 0).
func (f *File) isClearing(v *syntax.Node) bool {
	v = syntax.Unwrap(v)
	if v == nil {
		return true
	}
	switch v.Kind {
	case "null", "undefined", "false":
		return true
	case "identifier":
		return f.text(v) == "undefined"
	case "unary_expression":
		return strings.HasPrefix(f.text(v), "void")
	}
	return false
}

// handlerOf returns the function that declares reqName as a parameter and
// encloses n: the route handler, even when n sits in a nested callback.
func (f *File) handlerOf(n *syntax.Node, reqName string) *syntax.Node {
	var inner *syntax.Node
	for p := n.Parent; p != nil; p = p.Parent {
		if !syntax.IsFunction(p) {
			continue
		}
		if inner == nil {
			inner = p
		}
		params := p.ChildByField("parameters")
		if params == nil {
			params = p.ChildByField("parameter")
		}
		if params != nil && hasParam(f, params, reqName) {
			return p
		}
	}
	return inner
}

func hasParam(f *File, params *syntax.Node, name string) bool {
	found := false
	syntax.Walk(params, func(n *syntax.Node) bool {
		if n.Kind == "identifier" && f.text(n) == name {
			found = true
		}
		return !found && n.Kind != "object" && n.Kind != "arrow_function"
	})
	return found
}

// routePathOf returns the path of the route call a handler is passed to.
func (f *File) routePathOf(fn *syntax.Node) string {
	if fn == nil || fn.Parent == nil || fn.Parent.Kind != "arguments" {
		return ""
	}
	call := fn.Parent.Parent
	for _, a := range args(call) {
		if s, ok := f.stringValue(a, 0); ok {
			return s
		}
	}
	return ""
}

// functionName returns the name a function is declared or bound under.
func (f *File) functionName(fn *syntax.Node) string {
	if fn == nil {
		return ""
	}
	if n := fn.ChildByField("name"); n != nil {
		return f.text(n)
	}
	if p := fn.Parent; p != nil {
		switch p.Kind {
		case "variable_declarator", "assignment_expression", "pair", "public_field_definition", "field_definition":
			for _, k := range []string{"name", "left", "key", "property"} {
				if c := p.ChildByField(k); c != nil {
					t := f.text(c)
					if i := strings.LastIndex(t, "."); i >= 0 {
						t = t[i+1:]
					}
					return t
				}
			}
		}
	}
	return ""
}

// funcText returns a function's source, bounded.
func (f *File) funcText(fn *syntax.Node) string {
	if fn == nil {
		return ""
	}
	end := min(fn.End, fn.Start+20000)
	return string(f.Tree.Src[fn.Start:end])
}

// inCallbackOf reports whether n is inside a function passed to a call
// whose callee path ends with suffix (e.g. ".session.regenerate").
func (f *File) inCallbackOf(n *syntax.Node, suffix string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if syntax.IsFunction(p) && p.Parent != nil && p.Parent.Kind == "arguments" {
			call := p.Parent.Parent
			if fn := call.ChildByField("function"); fn != nil && strings.HasSuffix(f.memberPath(fn), suffix) {
				return true
			}
		}
	}
	return false
}

var sensitiveKey = regexp.MustCompile(`(?i)^(user_?|pending_?|new_?|temp_?|tmp_?|raw_?|current_?|old_?|confirm_?)?(password|passwd|pwd|passphrase|plain_?password|card_?number|card_?no|cc_?(num|number)?|credit_?card(_?number)?|pan|cvv2?|cvc2?|card_?cvv|security_?code|pin|pin_?code|ssn|social_?security(_?number)?)$`)
