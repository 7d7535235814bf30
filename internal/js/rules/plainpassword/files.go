package plainpassword

import (
	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Users kept in a file: the app reads its records, sets a password on one
// (or pushes a new record), and writes them back with the catalog's file
// writers (fs.writeFile, fs-extra writeJson), directly or through a helper
// of the file (this.saveUserFile(users)). The finding is at the write.

// saverName: the names of the app's own helpers that write data.
var saverName = lazyre.New(`(?i)(save|write|persist|store|output|flush)`)

// fileRecords checks a call that writes records to a file for a password
// set on them before it in the same function; it reports whether the call
// is such a write.
func fileRecords(f *analysis.File, call *syntax.Node) bool {
	data := fileData(f, call, 0)
	if data == nil {
		return false
	}
	if v := syntax.Unwrap(data); v != nil && v.Kind == "call_expression" && f.Text(v.ChildByField("function")) == "JSON.stringify" {
		if as := resolve.Args(v); len(as) > 0 {
			data = as[0]
		}
	}
	d := syntax.Unwrap(data)
	fn := syntax.EnclosingFunction(call)
	if d == nil || d.Kind != "identifier" || fn == nil {
		return true
	}
	records := f.Text(d)
	kind := ""
	syntax.Walk(fn, func(n *syntax.Node) bool {
		if kind != "" || n.Start >= call.Start {
			return false
		}
		switch n.Kind {
		case "assignment_expression": // user.hashedPassword = ...
			l := syntax.Unwrap(n.ChildByField("left"))
			if l == nil || l.Kind != "member_expression" || !recordOf(f, fn, syntax.Unwrap(l.ChildByField("object")), records) {
				return true
			}
			kind = storedKind(f, f.Text(l.ChildByField("property")), n.ChildByField("right"))
		case "call_expression": // users.push(newUser)
			c := syntax.Unwrap(n.ChildByField("function"))
			if c == nil || c.Kind != "member_expression" || f.Text(c.ChildByField("object")) != records {
				return true
			}
			if m := f.Text(c.ChildByField("property")); m != "push" && m != "unshift" && m != "splice" {
				return true
			}
			for _, a := range resolve.Args(n) {
				if o := f.Object(a); o != nil && kind == "" {
					o.Props(func(p *resolve.Prop) {
						if kind == "" {
							kind = storedKind(f, p.Key, p.Value)
						}
					})
				}
			}
		}
		return true
	})
	if kind != "" {
		kind, when := settleKind(kind, nil)
		f.ReportWhen(when, "plainpassword", call, passwordMessage(kind))
	}
	return true
}

// storedKind judges a password or password-hash key's value: "plain",
// "fast" or "weak", or "" when hashed (or not a password).
func storedKind(f *analysis.File, key string, v *syntax.Node) string {
	if !passwordKey.MatchString(key) && !hashKey.MatchString(key) {
		return ""
	}
	kind := passwordValue(f, v, 0)
	switch {
	case kind == "param":
		return ""
	case hashKey.MatchString(key) && kind == "fast" && !fastDigestOfPassword(f, v, 0):
		return ""
	}
	return kind
}

// recordOf reports whether x is the records themselves or one of them
// (const user = users.find(...), users[i]).
func recordOf(f *analysis.File, fn, x *syntax.Node, records string) bool {
	if x == nil {
		return false
	}
	if f.Text(x) == records {
		return true
	}
	if x.Kind == "subscript_expression" {
		return f.Text(syntax.Unwrap(x.ChildByField("object"))) == records
	}
	if x.Kind != "identifier" {
		return false
	}
	name, found := f.Text(x), false
	syntax.Walk(fn, func(n *syntax.Node) bool {
		if found {
			return false
		}
		if n.Kind == "variable_declarator" && f.Text(n.ChildByField("name")) == name {
			if v := syntax.Unwrap(n.ChildByField("value")); v != nil {
				for v.Kind == "call_expression" || v.Kind == "member_expression" || v.Kind == "subscript_expression" || v.Kind == "await_expression" {
					if v.Kind == "call_expression" {
						v = syntax.Unwrap(v.ChildByField("function"))
					} else if v.Kind == "await_expression" {
						v = syntax.Unwrap(resolve.FirstNamed(v))
					} else {
						v = syntax.Unwrap(v.ChildByField("object"))
					}
					if v == nil {
						break
					}
					if f.Text(v) == records {
						found = true
						break
					}
				}
			}
		}
		return true
	})
	return found
}

// fileData returns the data argument of a call that writes a file: one of
// the catalog's writers, or a helper of the file (a function or this's
// method) that passes its parameter on to one; nil otherwise.
func fileData(f *analysis.File, call *syntax.Node, depth int) *syntax.Node {
	as := resolve.Args(call)
	if b, ok := f.Callee(call); ok {
		for _, w := range jslib.FileWriters {
			if w.Ref == b {
				if w.Data < len(as) {
					return as[w.Data]
				}
				return nil
			}
		}
	}
	fn := syntax.Unwrap(call.ChildByField("function"))
	if depth > 0 || fn == nil {
		return nil
	}
	var body *syntax.Node
	switch {
	case fn.Kind == "member_expression" && f.Text(fn.ChildByField("object")) == "this" && saverName.MatchString(f.Text(fn.ChildByField("property"))):
		body = f.ThisMethod(fn)
	case fn.Kind == "identifier" && saverName.MatchString(f.Text(fn)):
		body = f.LocalFunction(fn)
	}
	if body == nil || f.Owner(body) != f.File {
		return nil
	}
	var out *syntax.Node
	syntax.Walk(body, func(n *syntax.Node) bool {
		if out != nil {
			return false
		}
		if n.Kind == "call_expression" {
			if d := fileData(f, n, depth+1); d != nil {
				if v := syntax.Unwrap(d); v != nil && v.Kind == "call_expression" && f.Text(v.ChildByField("function")) == "JSON.stringify" {
					if xs := resolve.Args(v); len(xs) > 0 {
						d = xs[0]
					}
				}
				if i := paramIndex(f, body, f.Text(syntax.Unwrap(d))); i >= 0 && i < len(as) {
					out = as[i]
				}
			}
		}
		return true
	})
	return out
}
