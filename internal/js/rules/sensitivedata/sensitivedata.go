package sensitivedata

import (
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// SensitiveData flags passwords, card numbers (PAN), CVV/CVC, PINs and
// SSNs written into the session: req.session.password = ..., an object with
// such a key stored in the session, or session.set('password', ...). Session
// data sits in the store (or, with cookie-session, in the cookie) in clear
// text. A user record stored whole whose password field the handler
// compares in clear text (req.body.password === user.pass) counts too.
// Clearing writes (= null) are silent.
var Rule = &analysis.Rule{
	ID:    "sensitivedata",
	Query: analysis.AssignQuery + "\n" + analysis.CallQuery,
	Check: check,
}

func sensitiveMessage(where string) string {
	return where + " stores a password or payment secret in the session, where it sits in clear text in the session store (or the cookie) and outlives its use; keep only a user ID in the session and never store card data or passwords"
}

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if s := m.Capture("call"); s != nil {
		fn := syntax.Unwrap(s.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || f.Text(fn.ChildByField("property")) != "set" {
			return
		}
		if p := f.MemberPath(fn.ChildByField("object")); p == "" || !hasSuffixPart(p, "session") {
			return
		}
		as := resolve.Args(s)
		if len(as) < 2 || web.IsClearing(f, as[1]) {
			return
		}
		if k, ok := f.String(as[0]); ok && sensitiveKey.MatchString(k) {
			f.Report("sensitivedata", s, sensitiveMessage("session.set('"+k+"')"))
		}
		return
	}
	a := m.Capture("assign")
	reqName, key, ok := web.SessionKey(f, a.ChildByField("left"))
	if !ok {
		return
	}
	right := a.ChildByField("right")
	if web.IsClearing(f, right) {
		return
	}
	if sensitiveKey.MatchString(key) {
		f.Report("sensitivedata", a, sensitiveMessage(reqName+".session."+key))
		return
	}
	if field := plainRecord(f, a, right); field != "" {
		f.Report("sensitivedata", a, sensitiveMessage(reqName+".session."+key+" (the whole record, whose "+field+" holds the password in clear text)"))
		return
	}
	// One finding per write, at the first sensitive key of the object.
	if o := f.Object(right); o != nil && o.Lit != nil {
		var first *resolve.Prop
		var keys []string
		o.Props(func(p *resolve.Prop) {
			if sensitiveKey.MatchString(p.Key) && !web.IsClearing(f, p.Value) && o.Lit.Contains(p.Node) {
				keys = append(keys, p.Key)
				if first == nil || p.Node.Start < first.Node.Start {
					first = p
				}
			}
		})
		if first != nil {
			slices.Sort(keys)
			f.Report("sensitivedata", first.Node, sensitiveMessage(reqName+".session."+key+" ("+strings.Join(keys, ", ")+")"))
		}
	}
}

func hasSuffixPart(path, part string) bool {
	return path == part || len(path) > len(part) && path[len(path)-len(part)-1:] == "."+part
}

var sensitiveKey = lazyre.New(`(?i)^(user_?|pending_?|new_?|temp_?|tmp_?|raw_?|current_?|old_?|confirm_?)?(password|passwd|pwd|passphrase|plain_?password|card_?number|card_?no|cc_?(num|number)?|credit_?card(_?number)?|pan|cvv2?|cvc2?|card_?cvv|security_?code|pin|pin_?code|ssn|social_?security(_?number)?)$`)

var (
	passwordField = lazyre.New(`(?i)^(pass|password|passwd|pwd|passphrase)$`)
	typedPassword = lazyre.New(`(?i)(pass|pwd)`)
)

// plainRecord returns the field of a record stored whole in the session
// that holds a clear-text password: the handler compares it with the typed
// password (req.body.password === user.pass), so the record carries the
// password itself and storing it copies the password into the session.
// Records compared through a hash (bcrypt.compare) are silent.
func plainRecord(f *analysis.File, a, right *syntax.Node) string {
	r := syntax.Unwrap(right)
	fn := syntax.EnclosingFunction(a)
	if r == nil || r.Kind != "identifier" || fn == nil {
		return ""
	}
	rec := f.Text(r)
	field := ""
	// The comparison may sit in an outer function (the handler around a
	// regenerate callback).
	for outer := fn; outer != nil && field == ""; outer = syntax.EnclosingFunction(outer) {
		syntax.Walk(outer, func(n *syntax.Node) bool {
			if field != "" {
				return false
			}
			if n.Kind != "binary_expression" {
				return true
			}
			switch f.Text(n.ChildByField("operator")) {
			case "===", "==", "!==", "!=":
			default:
				return true
			}
			l, rr := syntax.Unwrap(n.ChildByField("left")), syntax.Unwrap(n.ChildByField("right"))
			for _, side := range [][2]*syntax.Node{{l, rr}, {rr, l}} {
				m, other := side[0], side[1]
				if m == nil || other == nil || m.Kind != "member_expression" || f.Text(syntax.Unwrap(m.ChildByField("object"))) != rec {
					continue
				}
				// sha1(password) === user.password: the record holds a digest.
				if k := f.Text(m.ChildByField("property")); passwordField.MatchString(k) && typedPassword.MatchString(f.Text(other)) && other.Kind != "call_expression" {
					field = rec + "." + k
				}
			}
			return true
		})
	}
	if field != "" && removedIn(f, fn, field) {
		return "" // delete user.password: the session keeps the same object, saved when the response ends
	}
	return field
}

// removedIn reports whether fn removes the member path (user.password):
// delete user.password, or an assignment of null or undefined.
func removedIn(f *analysis.File, fn *syntax.Node, path string) bool {
	removed := false
	syntax.Walk(fn, func(n *syntax.Node) bool {
		if removed {
			return false
		}
		switch n.Kind {
		case "unary_expression":
			if op := n.ChildByField("operator"); op != nil && f.Text(op) == "delete" && f.Text(syntax.Unwrap(n.ChildByField("argument"))) == path {
				removed = true
			}
		case "assignment_expression":
			if f.Text(syntax.Unwrap(n.ChildByField("left"))) == path && web.IsClearing(f, n.ChildByField("right")) {
				removed = true
			}
		}
		return !removed
	})
	return removed
}
