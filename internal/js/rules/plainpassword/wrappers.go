package plainpassword

import (
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Passwords written through the app's own functions: a repository or DB
// helper stores what it is given (users.add({ email, password }),
// newAndSave(name, pass)), so whether it stores a plain password depends
// on its callers. A write of a parameter is reported at the callers that
// pass a plain password (or a fast digest), found by following the call
// into the helper, here or in another module; the helper itself is
// reported only when no caller in the app is known. A caller that hashes
// first is silent.

// A paramSink is a parameter (or a key of one) a function stores.
type paramSink struct {
	index int
	path  string // "" the parameter itself, else the key of it stored
	when  func(*analysis.App) bool
}

// A summary collects what a function stores of its parameters.
type summary struct {
	fn    *syntax.Node
	sinks []paramSink
}

type collectKey struct{}

// collecting reports whether f is summarising a function (its findings
// are dropped).
func collecting(f *analysis.File) bool {
	_, ok := f.Memo(collectKey{}, func() any { return nil }).(*summary)
	return ok
}

// store reports a password written to storage, or, for a parameter, defers
// to the callers.
func store(f *analysis.File, at, value *syntax.Node, kind string, when func(*analysis.App) bool) {
	kind, when = settleKind(kind, when)
	if kind != "param" {
		f.ReportWhen(when, "plainpassword", at, passwordMessage(kind))
		return
	}
	fn := syntax.EnclosingFunction(value)
	if s, ok := f.Memo(collectKey{}, func() any { return nil }).(*summary); ok {
		if fn != s.fn {
			return
		}
		if i, path := paramOf(f, fn, value); i >= 0 {
			s.sinks = append(s.sinks, paramSink{index: i, path: path, when: when})
		}
		return
	}
	key := fnKey(f, fn)
	f.ReportWhen(func(a *analysis.App) bool {
		return (when == nil || when(a)) && !a.Facts.Callers[key]
	}, "plainpassword", at, passwordMessage("plain"))
}

func fnKey(f *analysis.File, fn *syntax.Node) string {
	if fn == nil {
		return ""
	}
	return f.Owner(fn).Tree.Path + "#" + strconv.Itoa(fn.Start)
}

// paramOf returns the index of the parameter a value comes from, and the
// key of it (params.password → 0, "password").
func paramOf(f *analysis.File, fn, value *syntax.Node) (int, string) {
	value = syntax.Unwrap(value)
	root := resolve.RootIdent(value)
	if root == nil || root.Kind != "identifier" && value.Kind != "shorthand_property_identifier" {
		if value.Kind == "shorthand_property_identifier" {
			root = value
		} else {
			return -1, ""
		}
	}
	name := f.Text(root)
	path := ""
	if value.Kind == "member_expression" {
		p := f.MemberPath(value)
		path = p[len(name)+1:]
	}
	if i, key := destructuredParam(f, fn, name); i >= 0 {
		return i, joinPath(key, path)
	}
	return paramIndex(f, fn, name), path
}

func joinPath(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "." + b
}

// params returns a function's parameter nodes.
func params(fn *syntax.Node) []*syntax.Node {
	if fn == nil {
		return nil
	}
	if p := fn.ChildByField("parameter"); p != nil {
		return []*syntax.Node{p}
	}
	return fn.ChildByField("parameters").NamedChildren()
}

// paramIndex returns the index of the parameter named name, or -1.
func paramIndex(f *analysis.File, fn *syntax.Node, name string) int {
	for i, p := range params(fn) {
		if p.Kind == "required_parameter" || p.Kind == "optional_parameter" {
			p = p.ChildByField("pattern")
		}
		if p != nil && p.Kind == "assignment_pattern" {
			p = p.ChildByField("left")
		}
		if p != nil && p.Kind == "identifier" && f.Text(p) == name {
			return i
		}
	}
	if i, _ := destructuredParam(f, fn, name); i >= 0 {
		return i
	}
	return -1
}

// destructuredParam finds name bound by a parameter's object pattern
// (function add({ email, password })): its index and key.
func destructuredParam(f *analysis.File, fn *syntax.Node, name string) (int, string) {
	for i, p := range params(fn) {
		if p.Kind == "required_parameter" || p.Kind == "optional_parameter" {
			p = p.ChildByField("pattern")
		}
		if p == nil || p.Kind != "object_pattern" {
			continue
		}
		for _, el := range p.Children {
			switch el.Kind {
			case "shorthand_property_identifier_pattern":
				if f.Text(el) == name {
					return i, name
				}
			case "pair_pattern":
				if v := el.ChildByField("value"); v != nil && f.Text(v) == name {
					k, _ := f.KeyName(el.ChildByField("key"))
					return i, k
				}
			}
		}
	}
	return -1, ""
}

type summaryKey struct{ fn *syntax.Node }

type mentionsKey struct{}

// passMention: words a file that passes a password mentions (a literal
// search: a regexp over every file is too slow).
var passMention = words([]string{"assword", "ASSWORD", "asswd", "pwd", "Pwd", "pass,", "pass)", "pass ", "pass:", "pass=", "pass;", "Pass,", "Pass)"})

// summarise returns what fn stores of its parameters, by running the
// rule's write checks on its body with the findings dropped.
func summarise(f *analysis.File, fn *syntax.Node) []paramSink {
	return f.Memo(summaryKey{fn}, func() any {
		g := f.Owner(fn)
		tmp := analysis.Wrap(g, f.App)
		s := &summary{fn: fn}
		tmp.Memo(collectKey{}, func() any { return s })
		syntax.Walk(fn, func(n *syntax.Node) bool {
			switch n.Kind {
			case "call_expression":
				check(tmp, syntax.Match{Captures: []syntax.Capture{{Name: "call", Node: n}}})
			case "new_expression":
				check(tmp, syntax.Match{Captures: []syntax.Capture{{Name: "new", Node: n}}})
			}
			return true
		})
		return s.sinks
	}).([]paramSink)
}

// callers judges a call of one of the app's functions that is given a
// password: what the function stores of its parameters is what this call
// passes.
func callers(f *analysis.File, call *syntax.Node) {
	if !f.Memo(mentionsKey{}, func() any { return containsAny(f.Tree.Src, passMention) }).(bool) {
		return // nothing here says password: no call passes one
	}
	as := resolve.Args(call)
	if !passesPassword(f, as) {
		return
	}
	fn := callee(f, call)
	if fn == nil {
		return
	}
	if f.Facts.Callers == nil {
		f.Facts.Callers = map[string]bool{}
	}
	f.Facts.Callers[fnKey(f, fn)] = true
	for _, s := range summarise(f, fn) {
		if s.index >= len(as) {
			continue
		}
		v := as[s.index]
		if s.path == wholeDoc {
			// The document the function writes whole: its password keys.
			passwordInObject(f, call, v, 0, s.when)
			continue
		}
		if s.path != "" {
			l := f.Get(f.Object(v), s.path)
			switch whole := f.MemberPath(v); {
			case l.Found:
				v = l.Value
			case whole == "":
				continue
			case lastWrite(f, call, whole+"."+s.path) != nil:
				// req.body.password = await bcrypt.hash(...) before the call
				v = lastWrite(f, call, whole+"."+s.path)
			case requestBody.MatchString(whole):
				// The request body passed whole: its password as sent.
				store(f, call, v, "plain", s.when)
				continue
			default:
				continue
			}
		}
		if kind := passwordValue(f, v, 0); kind != "" {
			store(f, call, v, kind, s.when)
		}
	}
}

// wholeDoc is the path of a parameter written whole as a document.
const wholeDoc = "*"

// wholeParam returns the index of the parameter of fn that id is, directly
// or through plain copies (const user = pUser), or -1.
func wholeParam(f *analysis.File, fn, id *syntax.Node) int {
	for i := 0; id != nil && i < 4; i++ {
		if id.Kind != "identifier" {
			return -1
		}
		if j := paramIndex(f, fn, f.Text(id)); j >= 0 {
			if _, key := destructuredParam(f, fn, f.Text(id)); key != "" {
				return -1
			}
			return j
		}
		id = syntax.Unwrap(f.IdentValue(id))
	}
	return -1
}

var requestBody = lazyre.New(`(^|\.)(req|request|ctx\.request)\.(body|payload)$`)

// lastWrite returns the value last assigned to a member path before n in
// its function (req.body.password = hash), or nil.
func lastWrite(f *analysis.File, n *syntax.Node, path string) *syntax.Node {
	fn := syntax.EnclosingFunction(n)
	if fn == nil {
		return nil
	}
	var last *syntax.Node
	syntax.Walk(fn, func(c *syntax.Node) bool {
		if c.Start >= n.Start {
			return false
		}
		if c.Kind == "assignment_expression" && f.MemberPath(c.ChildByField("left")) == path {
			last = c.ChildByField("right")
		}
		return true
	})
	return last
}

// passesPassword reports an argument that looks like a password or holds
// one ({ email, password }, pass, user.password).
func passesPassword(f *analysis.File, as []*syntax.Node) bool {
	for _, a := range as {
		a = syntax.Unwrap(a)
		switch a.Kind {
		case "identifier":
			if passLike(f.Text(a)) {
				return true
			}
			// const dbUser = { email, pwd: md5(password) }: a literal
			// bound here (resolving every argument of every call costs
			// more than it finds).
			if v := syntax.Unwrap(f.IdentValue(a)); v != nil && v.Kind == "object" {
				for _, c := range v.NamedChildren() {
					if k := c.ChildByField("key"); c.Kind == "pair" && k != nil && passwordKey.MatchString(f.Text(k)) {
						return true
					}
				}
			}
		case "member_expression":
			if passLike(f.Text(a.ChildByField("property"))) || requestBody.MatchString(f.MemberPath(a)) {
				return true
			}
		case "object":
			for _, c := range a.NamedChildren() {
				k := c
				if c.Kind == "pair" {
					k = c.ChildByField("key")
				}
				if passwordKey.MatchString(f.Text(k)) {
					return true
				}
			}
		}
	}
	return false
}

// callee returns the app's function a call calls: a function here or
// imported, a method of an object or class the app exports.
func callee(f *analysis.File, call *syntax.Node) *syntax.Node {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil {
		return nil
	}
	if body := f.LocalFunction(fn); body != nil {
		return body
	}
	if fn.Kind != "member_expression" {
		return nil
	}
	// UserProxy.newAndSave(...): a static method of a class.
	obj := f.Value(fn.ChildByField("object"))
	if obj == nil || obj.Kind != "class_declaration" && obj.Kind != "class" {
		return nil
	}
	g := f.Owner(obj)
	name := f.Text(fn.ChildByField("property"))
	if body := resolve.FirstKind(obj, "class_body"); body != nil {
		for _, m := range body.Children {
			if m.Kind == "method_definition" && g.Text(m.ChildByField("name")) == name {
				return m
			}
		}
	}
	return nil
}

// passLikeWords: names of arguments that may hold a password (a password,
// a user record, a request body or DTO), lower case.
var passLikeWords = []string{"pass", "pwd", "user", "account", "member", "customer", "admin", "body", "data", "params", "input", "credentials", "dto", "payload"}

// passLike reports a name that may hold a password (a substring search:
// a case-folding regexp is too slow for every call's arguments).
func passLike(name string) bool {
	l := strings.ToLower(name)
	for _, w := range passLikeWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
