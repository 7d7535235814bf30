package resolve

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Ref resolves an expression to the module member it denotes: imported
// names, member accesses on them, require('m').x, and local constants
// bound to such expressions.
func (f *File) Ref(n *syntax.Node) (jslib.Ref, bool) { return f.ref(n, 0) }

func (f *File) ref(n *syntax.Node, depth int) (jslib.Ref, bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > MaxDepth {
		return jslib.Ref{}, false
	}
	if g := f.Owner(n); g != f {
		return g.ref(n, depth)
	}
	defer f.leave()
	if !f.enter() {
		return jslib.Ref{}, false
	}
	switch n.Kind {
	case "identifier", "shorthand_property_identifier": // { storage } names the imported storage
		name := f.Text(n)
		if b, ok := f.imports[name]; ok {
			// A vendored copy of a library (./libs/jsonwebtoken).
			if m := vendored(b.Module); m != "" {
				return jslib.Ref{Module: m, Path: b.Path}, true
			}
			return b, true
		}
		if v := f.identValue(n, depth+1); v != nil {
			return f.ref(v, depth+1)
		}
		if r, ok := f.autoImported(n); ok {
			return r, true
		}
	case "member_expression":
		obj, prop := n.ChildByField("object"), n.ChildByField("property")
		if prop == nil {
			return jslib.Ref{}, false
		}
		if b, ok := f.ref(obj, depth+1); ok {
			return jslib.Ref{Module: b.Module, Path: joinPath(b.Path, f.Text(prop))}, true
		}
	case "subscript_expression": // _session["default"]
		key, ok := f.literal(n.ChildByField("index"))
		if !ok {
			return jslib.Ref{}, false
		}
		if b, ok := f.ref(n.ChildByField("object"), depth+1); ok {
			return jslib.Ref{Module: b.Module, Path: joinPath(b.Path, key)}, true
		}
	case "call_expression":
		if m, ok := f.requireCall(n); ok {
			return jslib.Ref{Module: jslib.Normalize(m)}, true
		}
		// Compiled imports: _interopRequireDefault(require('m')),
		// __importDefault(require('m')), tslib.__importStar(...).
		fn := syntax.Unwrap(n.ChildByField("function"))
		if as := Args(n); len(as) == 1 && fn != nil && interopHelper[f.Text(fn.ChildByField("property"))+f.textIf(fn, "identifier")] {
			return f.ref(as[0], depth+1)
		}
		// The app's getter of a library: const md5 = getMd5(), with
		// getMd5() { const md5 = require('blueimp-md5'); return md5 }.
		if len(Args(n)) == 0 {
			if v := f.callResult(n, depth+1); v != nil {
				return f.ref(v, depth+1)
			}
		}
	case "await_expression": // await import('m')
		return f.ref(FirstNamed(n), depth+1)
	case "new_expression": // new (require('connect-redis')(session))(): the constructor
		return jslib.Ref{}, false
	}
	return jslib.Ref{}, false
}

// LibRef is Ref, also through the app's own modules that re-export a
// library (lib/config.js: module.exports = require('config')). It parses
// those modules, so it is for the few questions that need it.
func (f *File) LibRef(n *syntax.Node) (jslib.Ref, bool) {
	b, ok := f.ref(n, 0)
	if !ok || !f.isLocal(b.Module) {
		return b, ok
	}
	root, rest, _ := strings.Cut(b.Path, ".")
	if r, ok := f.deref(jslib.Ref{Module: b.Module, Path: root}, 0); ok {
		return jslib.Ref{Module: r.Module, Path: joinPath(r.Path, rest)}, true
	}
	return b, true
}

// deref resolves an import of one of the app's modules to the library
// member it exports, if it exports one.
func (f *File) deref(b jslib.Ref, depth int) (jslib.Ref, bool) {
	g := f.Module(b.Module)
	if g == nil || depth > MaxDepth {
		return jslib.Ref{}, false
	}
	v := g.exported(b.Path, depth+1)
	if v == nil {
		return jslib.Ref{}, false
	}
	r, ok := g.Owner(v).ref(v, depth+1)
	if !ok || g.isLocal(r.Module) {
		return jslib.Ref{}, false
	}
	return r, true
}

var interopHelper = map[string]bool{"_interopRequireDefault": true, "_interopRequireWildcard": true,
	"__importDefault": true, "__importStar": true, "__toESM": true, "__toCommonJS": true}

// textIf returns n's text when n is of the given kind, else "".
func (f *File) textIf(n *syntax.Node, kind string) string {
	if n == nil || n.Kind != kind {
		return ""
	}
	return f.Text(n)
}

// Callee resolves the function of a call or the constructor of a new
// expression.
func (f *File) Callee(call *syntax.Node) (jslib.Ref, bool) {
	fn := call.ChildByField("function")
	if fn == nil {
		fn = call.ChildByField("constructor")
	}
	if fn != nil && fn.Kind == "super" {
		return f.superclass(call)
	}
	return f.ref(fn, 0)
}

// superclass resolves super(...) to the class it calls: the extends
// clause's class, or the class a mixin makes from its first argument
// (class S extends PassportStrategy(Strategy) { constructor() { super(o) } }).
func (f *File) superclass(n *syntax.Node) (jslib.Ref, bool) {
	class := syntax.Ancestor(n, "class_declaration", "class", "abstract_class_declaration")
	if class == nil {
		return jslib.Ref{}, false
	}
	v := extendsValue(class)
	if v == nil {
		return jslib.Ref{}, false
	}
	if v.Kind == "call_expression" {
		if as := Args(v); len(as) > 0 {
			return f.ref(as[0], 0)
		}
	}
	return f.ref(v, 0)
}

// extendsValue returns the expression a class extends, or nil.
func extendsValue(class *syntax.Node) *syntax.Node {
	h := FirstKind(class, "class_heritage")
	if h == nil {
		return nil
	}
	e := FirstKind(h, "extends_clause")
	if e == nil {
		e = h
	}
	v := syntax.Unwrap(e.ChildByField("value"))
	if v == nil {
		v = FirstNamed(e)
	}
	return v
}

// Calls reports whether call calls module's member path (path "" for the
// module's default export).
func (f *File) Calls(call *syntax.Node, module string, paths ...string) bool {
	b, ok := f.Callee(call)
	if !ok || b.Module != module {
		return false
	}
	for _, p := range paths {
		if b.Path == p {
			return true
		}
	}
	return false
}

// IdentValue returns the initialiser of the variable id names, when the
// variable is declared once in scope and never reassigned; nil otherwise.
func (f *File) IdentValue(id *syntax.Node) *syntax.Node { return f.identValue(id, 0) }

func (f *File) identValue(id *syntax.Node, depth int) *syntax.Node {
	if depth > MaxDepth || id == nil {
		return nil
	}
	if g := f.Owner(id); g != f {
		return g.identValue(id, depth)
	}
	name := f.Text(id)
	d := f.declOf(id)
	if d == nil || d.Kind != "variable_declarator" {
		return nil
	}
	if as := f.assigns[name]; len(as) > 0 {
		// let Strategy; try { Strategy = require('m').Strategy } catch
		// { Strategy = null }: declared without a value and given one
		// value (besides null).
		if d.ChildByField("value") != nil {
			return reachingAssign(d, as, id)
		}
		var only *syntax.Node
		for _, a := range as {
			r := syntax.Unwrap(a.ChildByField("right"))
			if a.Kind != "assignment_expression" || r == nil || !DeclScope(d).Contains(a) {
				return nil
			}
			if r.Kind == "null" || r.Kind == "undefined" || r.Kind == "false" {
				continue
			}
			if only != nil {
				return nil
			}
			only = r
		}
		return only
	}
	return syntax.Unwrap(d.ChildByField("value"))
}

// reachingAssign returns the value a reassigned variable holds at id in
// straight-line code: let p = req.body.password; p = sha1(p); use(p) is
// sha1(p). The latest assignment before id must be a statement of a block
// that also holds id, in the same function, with no other assignment
// after it and before id; anything else is unknown (nil).
func reachingAssign(d *syntax.Node, as []*syntax.Node, id *syntax.Node) *syntax.Node {
	fn := syntax.EnclosingFunction(id)
	var last *syntax.Node
	for _, a := range as {
		if a.Contains(id) {
			continue // obj = await create(obj): the right side reads the value before
		}
		if a.Start >= id.Start {
			if loopHolds(a, id) {
				return nil // a later assignment in a loop reaches the next pass
			}
			continue
		}
		if last == nil || a.Start > last.Start {
			last = a
		}
	}
	if last == nil {
		return syntax.Unwrap(d.ChildByField("value"))
	}
	if last.Kind != "assignment_expression" || last.Start < d.Start || syntax.EnclosingFunction(last) != fn {
		return nil
	}
	stmt := last.Parent
	if stmt == nil || stmt.Kind != "expression_statement" || stmt.Parent == nil {
		return nil
	}
	if block := stmt.Parent; !block.Contains(id) {
		return nil // assigned in a branch the use may not follow
	}
	return syntax.Unwrap(last.ChildByField("right"))
}

// loopHolds reports whether a loop of the function holds both nodes.
func loopHolds(a, b *syntax.Node) bool {
	for p := a.Parent; p != nil && !syntax.IsFunction(p); p = p.Parent {
		switch p.Kind {
		case "for_statement", "for_in_statement", "while_statement", "do_statement":
			if p.Contains(b) {
				return true
			}
		}
	}
	return false
}

// declOf returns the innermost declaration of the name id, in scope at id.
func (f *File) declOf(id *syntax.Node) *syntax.Node {
	var best *syntax.Node
	for _, d := range f.decls[f.Text(id)] {
		scope := DeclScope(d)
		if scope != nil && !scope.Contains(id) {
			continue
		}
		if best == nil || DeclScope(best).Contains(d) {
			best = d
		}
	}
	return best
}

// DeclScope is the function (or program) a declaration is visible in.
func DeclScope(d *syntax.Node) *syntax.Node {
	if d.Kind == "function_declaration" || d.Kind == "class_declaration" || d.Kind == "generator_function_declaration" {
		d = d.Parent
		if d == nil {
			return nil
		}
	}
	if fn := syntax.EnclosingFunction(d); fn != nil {
		return fn
	}
	for p := d; p != nil; p = p.Parent {
		if p.Parent == nil {
			return p
		}
	}
	return nil
}

// Value follows identifiers to their single initialiser, into the app's
// own modules for imported values, and configuration reads to the value
// that ships.
func (f *File) Value(n *syntax.Node) *syntax.Node { return f.value(n, 0) }

func (f *File) value(n *syntax.Node, depth int) *syntax.Node {
	n = syntax.Unwrap(n)
	for n != nil && depth < MaxDepth {
		g := f.Owner(n)
		var v *syntax.Node
		switch n.Kind {
		case "identifier", "shorthand_property_identifier":
			v = g.bound(n, depth+1)
		case "call_expression", "member_expression", "subscript_expression":
			if n.Kind == "call_expression" {
				if _, ok := g.ownGetterDefault(n); ok {
					// getConfig(key, fallback): a setting or its default,
					// not the getter's body.
					return n
				}
			}
			if v = g.importedValue(n, depth+1); v == nil {
				v = g.configValue(n, depth+1)
			}
		}
		if v == nil || v == n {
			return n
		}
		n = syntax.Unwrap(v)
		depth++
	}
	return n
}

// bound returns the value a name is bound to: its single initialiser, the
// export it is imported from, its destructuring source's key (or
// default), or the config its parameter's type names; nil when unknown.
func (f *File) bound(id *syntax.Node, depth int) *syntax.Node {
	if v := f.identValue(id, depth); v != nil {
		return v
	}
	if d := f.declOf(id); d != nil && (d.Kind == "function_declaration" || d.Kind == "generator_function_declaration" || d.Kind == "class_declaration") {
		return d
	}
	if v := f.importedValue(id, depth); v != nil {
		return v
	}
	if v := f.destructured(id, depth); v != nil {
		return v
	}
	return f.paramConfig(id, depth)
}

// literal returns the value of a string literal or a template without
// substitutions, and nothing else.
func (f *File) literal(n *syntax.Node) (string, bool) {
	n = syntax.Unwrap(n)
	if n == nil {
		return "", false
	}
	switch n.Kind {
	case "string":
		return f.stringLit(n), true
	case "template_string":
		var b strings.Builder
		for _, c := range n.Children {
			switch c.Kind {
			case "template_substitution":
				return "", false
			case "string_fragment":
				b.WriteString(f.Text(c))
			}
		}
		return b.String(), true
	}
	return "", false
}

func (f *File) stringLit(n *syntax.Node) string {
	var b strings.Builder
	for _, c := range n.Children {
		switch c.Kind {
		case "string_fragment":
			b.WriteString(f.Text(c))
		case "escape_sequence":
			if s, err := strconv.Unquote(`"` + f.Text(c) + `"`); err == nil {
				b.WriteString(s)
			} else {
				b.WriteString(f.Text(c)[1:])
			}
		}
	}
	return b.String()
}

// String returns the value of a string literal, a template without
// substitutions, a concatenation of those, or a constant bound to one
// (here, in an imported module, or in configuration).
func (f *File) String(n *syntax.Node) (string, bool) { return f.str(n, 0) }

func (f *File) str(n *syntax.Node, depth int) (string, bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > MaxDepth {
		return "", false
	}
	if g := f.Owner(n); g != f {
		return g.str(n, depth)
	}
	defer f.leave()
	if !f.enter() {
		return "", false
	}
	switch n.Kind {
	case "string", "template_string":
		return f.literal(n)
	case "binary_expression":
		if op := n.ChildByField("operator"); op != nil && f.Text(op) == "+" {
			l, ok1 := f.str(n.ChildByField("left"), depth+1)
			r, ok2 := f.str(n.ChildByField("right"), depth+1)
			if ok1 && ok2 {
				return l + r, true
			}
		}
	case "identifier", "member_expression", "call_expression", "subscript_expression":
		if v := f.value(n, depth+1); v != nil && v != n {
			return f.str(v, depth+1)
		}
		if v := f.PropertyValue(n); v != nil {
			return f.str(v, depth+1)
		}
	}
	return "", false
}

// PropertyValue returns the value of a member expression's property in the
// object its object resolves to (KEYS.TOKEN with const KEYS = { TOKEN:
// 'jwt' }, config.jwt.secret), or nil.
func (f *File) PropertyValue(n *syntax.Node) *syntax.Node {
	if n == nil || n.Kind != "member_expression" {
		return nil
	}
	if l := f.Get(f.Object(n.ChildByField("object")), f.Text(n.ChildByField("property"))); l.Found {
		return l.Value
	}
	return nil
}

// A Tri is a three-valued answer.
type Tri int8

const (
	Unknown Tri = iota
	Yes
	No
)

// Bool classifies an expression as literally true, literally false or
// unknown (environment-dependent, computed, ...). a && b is false when
// either side is; a || b true when either side is.
func (f *File) Bool(n *syntax.Node) Tri { return f.boolean(n, 0) }

func (f *File) boolean(n *syntax.Node, depth int) Tri {
	n = f.value(n, depth)
	if n == nil || depth > MaxDepth {
		return Unknown
	}
	g := f.Owner(n)
	switch n.Kind {
	case "true":
		return Yes
	case "false", "null", "undefined":
		return No
	case "number":
		if g.Text(n) == "0" {
			return No
		}
		return Yes
	case "string":
		// YAML and JSON configuration: "false" is what a shipped default
		// spells in env-style configs.
		switch g.stringLit(n) {
		case "":
			return No
		}
		return Unknown
	case "unary_expression":
		if op := n.ChildByField("operator"); op != nil && g.Text(op) == "!" {
			switch g.boolean(n.ChildByField("argument"), depth+1) {
			case Yes:
				return No
			case No:
				return Yes
			}
		}
	case "identifier":
		if g.Text(n) == "undefined" {
			return No
		}
	case "binary_expression":
		l, r := g.boolean(n.ChildByField("left"), depth+1), g.boolean(n.ChildByField("right"), depth+1)
		switch g.Text(n.ChildByField("operator")) {
		case "&&":
			if l == No || r == No {
				return No
			}
			if l == Yes && r == Yes {
				return Yes
			}
		case "||":
			if l == Yes || r == Yes {
				return Yes
			}
			if l == No && r == No {
				return No
			}
		}
	}
	return Unknown
}

// FalseAt returns the literal that makes an expression false (false, or
// the false side of a && b), for reporting at it; nil when there is none.
func (f *File) FalseAt(n *syntax.Node) *syntax.Node {
	for i := 0; i < MaxDepth; i++ {
		n = f.value(n, 0)
		if n == nil {
			return nil
		}
		g := f.Owner(n)
		switch n.Kind {
		case "false", "null", "undefined", "number", "identifier", "string":
			if g.Bool(n) == No {
				return n
			}
			return nil
		case "binary_expression":
			if g.Text(n.ChildByField("operator")) != "&&" {
				return nil
			}
			if l := n.ChildByField("left"); g.Bool(l) == No {
				n = l
				f = g
				continue
			}
			n, f = n.ChildByField("right"), g
			continue
		}
		return nil
	}
	return nil
}

// Number evaluates simple numeric constant expressions (1000 * 60 * 60),
// through constants, imports and configuration defaults
// (parseInt(process.env.X) || 365).
func (f *File) Number(n *syntax.Node) (float64, bool) { return f.number(n, 0) }

func (f *File) number(n *syntax.Node, depth int) (float64, bool) {
	n = f.value(n, depth)
	if n == nil || depth > MaxDepth {
		return 0, false
	}
	g := f.Owner(n)
	switch n.Kind {
	case "number":
		s := strings.ReplaceAll(g.Text(n), "_", "")
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			return v, true
		}
		if v, err := strconv.ParseInt(s, 0, 64); err == nil {
			return float64(v), true
		}
	case "string":
		if v, err := strconv.ParseFloat(strings.TrimSpace(g.stringLit(n)), 64); err == nil {
			return v, true
		}
	case "binary_expression":
		op := g.Text(n.ChildByField("operator"))
		if op == "||" || op == "??" {
			// A setting from the environment with a literal default:
			// configuration defaults are what ships.
			if v, ok := g.number(n.ChildByField("left"), depth+1); ok {
				return v, true
			}
			if g.FromEnvironment(n.ChildByField("left")) {
				return g.number(n.ChildByField("right"), depth+1)
			}
			return 0, false
		}
		l, ok1 := g.number(n.ChildByField("left"), depth+1)
		r, ok2 := g.number(n.ChildByField("right"), depth+1)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch op {
		case "*":
			return l * r, true
		case "+":
			return l + r, true
		case "-":
			return l - r, true
		case "/":
			if r != 0 {
				return l / r, true
			}
		case "**":
			v := 1.0
			for range int(r) {
				v *= l
			}
			return v, true
		}
	case "unary_expression":
		if op := n.ChildByField("operator"); op != nil && g.Text(op) == "-" {
			v, ok := g.number(n.ChildByField("argument"), depth+1)
			return -v, ok
		}
	case "call_expression":
		// parseInt(x, 10), Number(x), ms('1y')
		fn := syntax.Unwrap(n.ChildByField("function"))
		as := Args(n)
		if fn != nil && len(as) > 0 {
			switch g.Text(fn) {
			case "parseInt", "Number", "parseFloat", "Number.parseInt", "Math.floor", "Math.round":
				return g.number(as[0], depth+1)
			}
			if b, ok := g.Callee(n); ok && b.Module == "ms" && b.Path == "" {
				if s, ok := g.str(as[0], depth+1); ok {
					if d, ok := ParseDuration(s); ok {
						return float64(d.Milliseconds()), true
					}
				}
			}
		}
	}
	return 0, false
}

// MemberPath returns the dotted path of a member chain, e.g.
// "req.session.user", with computed string keys included; "" if the chain
// has a non-constant part.
func (f *File) MemberPath(n *syntax.Node) string {
	var parts []string
	for i := 0; n != nil && i < 64; i++ {
		n = syntax.Unwrap(n)
		switch n.Kind {
		case "identifier", "this", "property_identifier", "shorthand_property_identifier":
			parts = append(parts, f.Text(n))
			return reverseJoin(parts)
		case "member_expression":
			p := n.ChildByField("property")
			if p == nil {
				return ""
			}
			parts = append(parts, f.Text(p))
			n = n.ChildByField("object")
		case "subscript_expression":
			s, ok := f.literal(n.ChildByField("index"))
			if !ok {
				return ""
			}
			parts = append(parts, s)
			n = n.ChildByField("object")
		default:
			return ""
		}
	}
	return ""
}

func reverseJoin(parts []string) string {
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, ".")
}

// FirstKind returns n's first child of a kind, or nil.
func FirstKind(n *syntax.Node, kind string) *syntax.Node {
	for _, c := range n.Children {
		if c.Kind == kind {
			return c
		}
	}
	return nil
}

// FirstNamed returns n's first named child other than a comment, or nil.
func FirstNamed(n *syntax.Node) *syntax.Node {
	if n == nil {
		return nil
	}
	for _, c := range n.Children {
		if c.Named && c.Kind != "comment" {
			return c
		}
	}
	return nil
}

// RootIdent returns the identifier at the root of a member chain a.b[c].d.
func RootIdent(n *syntax.Node) *syntax.Node {
	for i := 0; n != nil && i < 64; i++ {
		n = syntax.Unwrap(n)
		switch n.Kind {
		case "identifier", "this":
			return n
		case "member_expression", "subscript_expression":
			n = n.ChildByField("object")
		default:
			return nil
		}
	}
	return nil
}

// Args returns the argument nodes of a call or new expression.
func Args(call *syntax.Node) []*syntax.Node {
	a := call.ChildByField("arguments")
	if a == nil || a.Kind != "arguments" { // tagged templates
		return nil
	}
	return a.NamedChildren()
}

// A Part is one piece of a string built by a template or a + chain: a
// literal, or an expression.
type Part struct {
	Lit  bool
	Text string
	Node *syntax.Node
}

// Parts flattens a template string or + chain into literal and expression
// parts.
func (f *File) Parts(n *syntax.Node) []Part {
	var out []Part
	var walk func(n *syntax.Node, depth int)
	walk = func(n *syntax.Node, depth int) {
		n = syntax.Unwrap(n)
		if n == nil || depth > 64 {
			return
		}
		switch n.Kind {
		case "template_string":
			for _, c := range n.Children {
				switch c.Kind {
				case "string_fragment":
					out = append(out, Part{Lit: true, Text: f.Text(c)})
				case "template_substitution":
					if e := FirstNamed(c); e != nil {
						out = append(out, Part{Node: e})
					}
				}
			}
		case "binary_expression":
			if f.Text(n.ChildByField("operator")) == "+" {
				walk(n.ChildByField("left"), depth+1)
				walk(n.ChildByField("right"), depth+1)
				return
			}
			out = append(out, Part{Node: n})
		case "string":
			s, _ := f.literal(n)
			out = append(out, Part{Lit: true, Text: s})
		default:
			out = append(out, Part{Node: n})
		}
	}
	walk(n, 0)
	return out
}

// Skeleton returns a string with its literal parts and "*" for each
// expression part: `share_${id}_token` → "share_*_token"; ok is false
// when n is not a string at all.
func (f *File) Skeleton(n *syntax.Node) (string, bool) {
	if s, ok := f.String(n); ok {
		return s, true
	}
	v := syntax.Unwrap(n)
	if v == nil || v.Kind != "template_string" && v.Kind != "binary_expression" {
		return "", false
	}
	var b strings.Builder
	lit := false
	for _, p := range f.Parts(v) {
		if p.Lit {
			b.WriteString(p.Text)
			lit = true
		} else if s, ok := f.String(p.Node); ok {
			b.WriteString(s)
		} else {
			b.WriteString("*")
		}
	}
	return b.String(), lit
}

var (
	catalogOnce    sync.Once
	catalogModules map[string]bool
)

// vendored returns the catalog library a local module path is a copy of
// (libs/jsonwebtoken, vendor/csurf/index), or "".
func vendored(spec string) string {
	catalogOnce.Do(func() {
		catalogModules = map[string]bool{}
		for _, m := range jslib.Modules() {
			catalogModules[m] = true
		}
	})
	spec = strings.TrimSuffix(strings.TrimSuffix(spec, "/index"), ".js")
	parts := strings.Split(spec, "/")
	if len(parts) < 2 {
		return ""
	}
	base, dir := parts[len(parts)-1], parts[len(parts)-2]
	if !catalogModules[base] || jslib.HelperNames[base] || !vendorDirs[dir] {
		return ""
	}
	return base
}

// vendorDirs are folders apps keep copies of libraries in.
var vendorDirs = map[string]bool{"libs": true, "lib": true, "vendor": true, "vendors": true, "third_party": true, "third-party": true, "external": true}

// autoImported resolves a name the file neither declares nor imports that
// a framework of the app imports for it (useSession in a Nuxt app's
// server/ folder is h3's).
func (f *File) autoImported(id *syntax.Node) (jslib.Ref, bool) {
	if f.Prog == nil || f.Root == "" || f.declOf(id) != nil {
		return jslib.Ref{}, false
	}
	name := f.Text(id)
	for _, ai := range f.Prog.aliasesOf(f.Root).autoImports {
		if !slices.Contains(ai.Names, name) {
			continue
		}
		if rel, err := filepath.Rel(f.Root, f.Tree.Path); err == nil && autoImportFiles[ai.Files].MatchString(filepath.ToSlash(rel)) {
			return jslib.Ref{Module: ai.Module, Path: name}, true
		}
	}
	return jslib.Ref{}, false
}

// autoImportFiles are the catalog's folder patterns of auto-imports,
// compiled on first use.
var autoImportFiles = func() map[string]*lazyre.Regexp {
	m := map[string]*lazyre.Regexp{}
	for _, ai := range jslib.AutoImports {
		m[ai.Files] = lazyre.New(ai.Files)
	}
	return m
}()
