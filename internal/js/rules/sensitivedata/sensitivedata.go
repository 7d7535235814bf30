package rules

import (
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// SensitiveData flags passwords, card numbers (PAN), CVV/CVC, PINs and
// SSNs written into the session: req.session.password = ..., an object with
// such a key stored in the session, or session.set('password', ...). Session
// data sits in the store (or, with cookie-session, in the cookie) in clear
// text. Clearing writes (= null) are silent.
var SensitiveData = &Rule{
	ID:    "sensitivedata",
	Query: assignQuery + "\n" + callQuery,
	Check: checkSensitiveData,
}

func sensitiveMessage(where string) string {
	return where + " stores a password or payment secret in the session, where it sits in clear text in the session store (or the cookie) and outlives its use; keep only a user ID in the session and never store card data or passwords"
}

func checkSensitiveData(f *File, m syntax.Match) {
	if f.Test {
		return
	}
	if s := m.Capture("call"); s != nil {
		fn := syntax.Unwrap(s.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || f.text(fn.ChildByField("property")) != "set" {
			return
		}
		if p := f.memberPath(fn.ChildByField("object")); p == "" || !hasSuffixPart(p, "session") {
			return
		}
		as := args(s)
		if len(as) < 2 || f.isClearing(as[1]) {
			return
		}
		if k, ok := f.stringValue(as[0], 0); ok && sensitiveKey.MatchString(k) {
			f.report("sensitivedata", s, sensitiveMessage("session.set('"+k+"')"))
		}
		return
	}
	a := m.Capture("assign")
	reqName, key, ok := f.sessionKey(a.ChildByField("left"))
	if !ok {
		return
	}
	right := a.ChildByField("right")
	if f.isClearing(right) {
		return
	}
	if sensitiveKey.MatchString(key) {
		f.report("sensitivedata", a, sensitiveMessage(reqName+".session."+key))
		return
	}
	// One finding per write, at the first sensitive key of the object.
	if o := f.object(right); o != nil && o.Lit != nil {
		var first *Prop
		var keys []string
		for k, p := range o.props {
			if sensitiveKey.MatchString(k) && !f.isClearing(p.Value) && o.Lit.Contains(p.Node) {
				keys = append(keys, k)
				if first == nil || p.Node.Start < first.Node.Start {
					first = p
				}
			}
		}
		if first != nil {
			slices.Sort(keys)
			f.report("sensitivedata", first.Node, sensitiveMessage(reqName+".session."+key+" ("+strings.Join(keys, ", ")+")"))
		}
	}
}

func hasSuffixPart(path, part string) bool {
	return path == part || len(path) > len(part) && path[len(path)-len(part)-1:] == "."+part
}
