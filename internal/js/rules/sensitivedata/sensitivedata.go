package sensitivedata

import (
	"regexp"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
)

// SensitiveData flags passwords, card numbers (PAN), CVV/CVC, PINs and
// SSNs written into the session: req.session.password = ..., an object with
// such a key stored in the session, or session.set('password', ...). Session
// data sits in the store (or, with cookie-session, in the cookie) in clear
// text. Clearing writes (= null) are silent.
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

var sensitiveKey = regexp.MustCompile(`(?i)^(user_?|pending_?|new_?|temp_?|tmp_?|raw_?|current_?|old_?|confirm_?)?(password|passwd|pwd|passphrase|plain_?password|card_?number|card_?no|cc_?(num|number)?|credit_?card(_?number)?|pan|cvv2?|cvc2?|card_?cvv|security_?code|pin|pin_?code|ssn|social_?security(_?number)?)$`)
