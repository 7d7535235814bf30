package rules

import (
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// maxDepth bounds every recursive resolution, so that cyclic or very deep
// code cannot make a rule loop or exhaust the stack.
const maxDepth = 12

// A binding is what an imported name refers to: module and member path.
type binding struct {
	module string // normalised: "node:crypto" → "crypto"
	path   string // "" for the module itself (default or namespace import)
}

func normModule(m string) string {
	m = strings.TrimPrefix(m, "node:")
	return m
}

// collectImports records import declarations, require() bindings and TS
// import x = require() in the file.
func (f *File) collectImports() {
	f.imports = make(map[string]binding)
	f.decls = make(map[string][]*syntax.Node)
	f.assigns = make(map[string][]*syntax.Node)
	for i := range f.Tree.Nodes {
		n := &f.Tree.Nodes[i]
		switch n.Kind {
		case "import_statement":
			f.importStatement(n)
		case "variable_declarator":
			if name := n.ChildByField("name"); name != nil && name.Kind == "identifier" {
				f.decls[f.text(name)] = append(f.decls[f.text(name)], n)
			}
			f.requireDeclarator(n)
		case "function_declaration", "generator_function_declaration":
			if name := n.ChildByField("name"); name != nil {
				f.decls[f.text(name)] = append(f.decls[f.text(name)], n)
			}
		case "assignment_expression", "augmented_assignment_expression":
			if l := n.ChildByField("left"); l != nil {
				switch l.Kind {
				case "identifier":
					f.assigns[f.text(l)] = append(f.assigns[f.text(l)], n)
				case "member_expression", "subscript_expression":
					if root := rootIdent(l); root != nil {
						f.memberWrites[f.text(root)] = append(f.memberWrites[f.text(root)], n)
					}
				}
			}
		case "update_expression":
			if a := n.ChildByField("argument"); a != nil && a.Kind == "identifier" {
				f.assigns[f.text(a)] = append(f.assigns[f.text(a)], n)
			}
		case "call_expression":
			if fn := n.ChildByField("function"); fn != nil && fn.Kind == "identifier" && f.text(fn) == "require" {
				if m, ok := f.requireSource(n); ok {
					f.modules[normModule(m)] = true
				}
			}
		}
	}
}

func (f *File) importStatement(n *syntax.Node) {
	src := n.ChildByField("source")
	var mod string
	if src != nil {
		mod, _ = f.stringValue(src, 0)
	}
	for _, c := range n.Children {
		if c.Kind == "import_require_clause" { // TS: import x = require('m')
			var id *syntax.Node
			for _, cc := range c.Children {
				if cc.Kind == "identifier" && id == nil {
					id = cc
				}
				if cc.Field == "source" {
					mod, _ = f.stringValue(cc, 0)
				}
			}
			if id != nil && mod != "" {
				f.imports[f.text(id)] = binding{module: normModule(mod)}
				f.modules[normModule(mod)] = true
			}
		}
	}
	if mod == "" {
		return
	}
	mod = normModule(mod)
	f.modules[mod] = true
	clause := firstKind(n, "import_clause")
	if clause == nil {
		return
	}
	for _, c := range clause.Children {
		switch c.Kind {
		case "identifier": // default import
			f.imports[f.text(c)] = binding{module: mod}
		case "namespace_import":
			if id := firstKind(c, "identifier"); id != nil {
				f.imports[f.text(id)] = binding{module: mod}
			}
		case "named_imports":
			for _, spec := range c.Children {
				if spec.Kind != "import_specifier" {
					continue
				}
				name := spec.ChildByField("name")
				alias := spec.ChildByField("alias")
				if alias == nil {
					alias = name
				}
				if name == nil {
					continue
				}
				imported := strings.Trim(f.text(name), `"'`)
				if imported == "default" {
					imported = ""
				}
				f.imports[f.text(alias)] = binding{module: mod, path: imported}
			}
		}
	}
}

// requireSource returns the module of require('m').
func (f *File) requireSource(call *syntax.Node) (string, bool) {
	args := call.ChildByField("arguments")
	if args == nil {
		return "", false
	}
	as := args.NamedChildren()
	if len(as) != 1 {
		return "", false
	}
	return f.stringValue(as[0], maxDepth) // literal only
}

func (f *File) requireDeclarator(n *syntax.Node) {
	name := n.ChildByField("name")
	val := syntax.Unwrap(n.ChildByField("value"))
	if name == nil || val == nil {
		return
	}
	b, ok := f.moduleRef(val, 0)
	if !ok {
		return
	}
	switch name.Kind {
	case "identifier":
		if _, isCall := f.requireCall(val); isCall || f.isModuleExpr(val) {
			f.imports[f.text(name)] = b
		}
	case "object_pattern": // const { a, b: c } = require('m')
		for _, p := range name.Children {
			switch p.Kind {
			case "shorthand_property_identifier_pattern":
				f.imports[f.text(p)] = binding{module: b.module, path: joinPath(b.path, f.text(p))}
			case "pair_pattern":
				k, v := p.ChildByField("key"), p.ChildByField("value")
				if v != nil && v.Kind == "assignment_pattern" {
					v = v.ChildByField("left")
				}
				if k != nil && v != nil && v.Kind == "identifier" {
					f.imports[f.text(v)] = binding{module: b.module, path: joinPath(b.path, strings.Trim(f.text(k), `"'`))}
				}
			}
		}
	}
}

// isModuleExpr reports whether v is require(...) possibly followed by
// member accesses, e.g. require('express-session').MemoryStore.
func (f *File) isModuleExpr(v *syntax.Node) bool {
	for i := 0; v != nil && i < maxDepth; i++ {
		v = syntax.Unwrap(v)
		switch v.Kind {
		case "call_expression":
			_, ok := f.requireCall(v)
			return ok
		case "member_expression":
			v = v.ChildByField("object")
		default:
			return false
		}
	}
	return false
}

func (f *File) requireCall(n *syntax.Node) (string, bool) {
	if n == nil || n.Kind != "call_expression" {
		return "", false
	}
	fn := n.ChildByField("function")
	if fn == nil || fn.Kind != "identifier" || f.text(fn) != "require" {
		return "", false
	}
	return f.requireSource(n)
}

func joinPath(a, b string) string {
	if b == "default" {
		return a
	}
	if a == "" {
		return b
	}
	return a + "." + b
}

// moduleRef resolves an expression to the module member it denotes:
// imported names, member accesses on them, require('m').x, and local
// constants bound to such expressions.
func (f *File) moduleRef(n *syntax.Node, depth int) (binding, bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > maxDepth {
		return binding{}, false
	}
	if g := f.owner(n); g != f {
		return g.moduleRef(n, depth)
	}
	defer f.leave()
	if !f.enter() {
		return binding{}, false
	}
	switch n.Kind {
	case "identifier":
		name := f.text(n)
		if b, ok := f.imports[name]; ok {
			return b, true
		}
		if v := f.valueOfIdent(n, depth+1); v != nil {
			return f.moduleRef(v, depth+1)
		}
	case "member_expression":
		obj, prop := n.ChildByField("object"), n.ChildByField("property")
		if prop == nil {
			return binding{}, false
		}
		if b, ok := f.moduleRef(obj, depth+1); ok {
			return binding{module: b.module, path: joinPath(b.path, f.text(prop))}, true
		}
	case "subscript_expression": // _session["default"]
		key, ok := f.stringValue(n.ChildByField("index"), maxDepth)
		if !ok {
			return binding{}, false
		}
		if b, ok := f.moduleRef(n.ChildByField("object"), depth+1); ok {
			return binding{module: b.module, path: joinPath(b.path, key)}, true
		}
	case "call_expression":
		if m, ok := f.requireCall(n); ok {
			return binding{module: normModule(m)}, true
		}
		// Compiled imports: _interopRequireDefault(require('m')),
		// __importDefault(require('m')), tslib.__importStar(...).
		fn := syntax.Unwrap(n.ChildByField("function"))
		if as := args(n); len(as) == 1 && fn != nil && interopHelper[f.text(fn.ChildByField("property"))+f.textIf(fn, "identifier")] {
			return f.moduleRef(as[0], depth+1)
		}
	case "await_expression": // await import('m')
		for _, c := range n.Children {
			if c.Named {
				return f.moduleRef(c, depth+1)
			}
		}
	}
	return binding{}, false
}

var interopHelper = map[string]bool{"_interopRequireDefault": true, "_interopRequireWildcard": true,
	"__importDefault": true, "__importStar": true, "__toESM": true, "__toCommonJS": true}

// textIf returns n's text when n is of the given kind, else "".
func (f *File) textIf(n *syntax.Node, kind string) string {
	if n == nil || n.Kind != kind {
		return ""
	}
	return f.text(n)
}

// calleeRef resolves the function of a call or new expression.
func (f *File) calleeRef(call *syntax.Node) (binding, bool) {
	fn := call.ChildByField("function")
	if fn == nil {
		fn = call.ChildByField("constructor")
	}
	return f.moduleRef(fn, 0)
}

// isCallTo reports whether call calls module's member path (path "" for the
// module's default export).
func (f *File) isCallTo(call *syntax.Node, module string, paths ...string) bool {
	b, ok := f.calleeRef(call)
	if !ok || b.module != module {
		return false
	}
	for _, p := range paths {
		if b.path == p {
			return true
		}
	}
	return false
}

// valueOfIdent returns the initialiser of the variable id names, when the
// variable is declared once in scope and never reassigned; nil otherwise.
func (f *File) valueOfIdent(id *syntax.Node, depth int) *syntax.Node {
	if depth > maxDepth {
		return nil
	}
	if g := f.owner(id); g != f {
		return g.valueOfIdent(id, depth)
	}
	name := f.text(id)
	if len(f.assigns[name]) > 0 {
		return nil
	}
	var best *syntax.Node
	for _, d := range f.decls[name] {
		if d.Kind != "variable_declarator" {
			continue
		}
		scope := declScope(d)
		if scope != nil && !scope.Contains(id) {
			continue
		}
		if best == nil || declScope(best).Contains(d) {
			best = d
		}
	}
	if best == nil {
		return nil
	}
	return syntax.Unwrap(best.ChildByField("value"))
}

// declScope is the function (or program) a declaration is visible in.
func declScope(d *syntax.Node) *syntax.Node {
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

// value follows identifiers to their single initialiser.
// Values imported from local modules are followed into them.
func (f *File) value(n *syntax.Node, depth int) *syntax.Node {
	n = syntax.Unwrap(n)
	for n != nil && depth < maxDepth {
		var v *syntax.Node
		switch n.Kind {
		case "identifier":
			if v = f.valueOfIdent(n, depth+1); v == nil {
				v = f.importedValue(n, depth+1)
			}
		case "call_expression", "member_expression":
			v = f.importedValue(n, depth+1)
		}
		if v == nil {
			return n
		}
		n = syntax.Unwrap(v)
		depth++
	}
	return n
}

// stringValue returns the value of a string literal, a template without
// substitutions, a concatenation of those, or a constant bound to one.
func (f *File) stringValue(n *syntax.Node, depth int) (string, bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > maxDepth {
		return "", false
	}
	defer f.leave()
	if !f.enter() {
		return "", false
	}
	switch n.Kind {
	case "string":
		var b strings.Builder
		for _, c := range n.Children {
			switch c.Kind {
			case "string_fragment":
				b.WriteString(f.text(c))
			case "escape_sequence":
				if s, err := strconv.Unquote(`"` + f.text(c) + `"`); err == nil {
					b.WriteString(s)
				} else {
					b.WriteString(f.text(c)[1:])
				}
			}
		}
		return b.String(), true
	case "template_string":
		var b strings.Builder
		for _, c := range n.Children {
			switch c.Kind {
			case "template_substitution":
				return "", false
			case "string_fragment":
				b.WriteString(f.text(c))
			}
		}
		return b.String(), true
	case "binary_expression":
		if op := n.ChildByField("operator"); op != nil && f.text(op) == "+" {
			l, ok1 := f.stringValue(n.ChildByField("left"), depth+1)
			r, ok2 := f.stringValue(n.ChildByField("right"), depth+1)
			if ok1 && ok2 {
				return l + r, true
			}
		}
	case "identifier", "member_expression":
		if depth >= maxDepth {
			break // literal only (require('m'))
		}
		if v := f.value(n, depth+1); v != nil && v != n {
			return f.stringValue(v, depth+1)
		}
		if v := f.propertyValue(n); v != nil {
			return f.stringValue(v, depth+1)
		}
	}
	return "", false
}

// propertyValue returns the value of a member expression's property in the
// object its object resolves to (KEYS.TOKEN with const KEYS = { TOKEN:
// 'jwt' }, config.jwt.secret), or nil.
func (f *File) propertyValue(n *syntax.Node) *syntax.Node {
	if n == nil || n.Kind != "member_expression" {
		return nil
	}
	if l := f.get(f.object(n.ChildByField("object")), f.text(n.ChildByField("property"))); l.Found {
		return l.Value
	}
	return nil
}

// A tri-state answer for options.
type tri int8

const (
	unknown tri = iota
	yes
	no
)

// boolValue classifies an expression as literally true, literally false
// or unknown (environment-dependent, computed, ...).
func (f *File) boolValue(n *syntax.Node) tri {
	n = f.value(n, 0)
	if n == nil {
		return unknown
	}
	switch n.Kind {
	case "true":
		return yes
	case "false", "null", "undefined":
		return no
	case "number":
		if f.text(n) == "0" {
			return no
		}
		return yes
	case "unary_expression":
		if op := n.ChildByField("operator"); op != nil && f.text(op) == "!" {
			switch f.boolValue(n.ChildByField("argument")) {
			case yes:
				return no
			case no:
				return yes
			}
		}
	case "identifier":
		if f.text(n) == "undefined" {
			return no
		}
	}
	return unknown
}

// numberValue evaluates simple numeric constant expressions (1000 * 60 * 60).
func (f *File) numberValue(n *syntax.Node, depth int) (float64, bool) {
	n = f.value(n, depth)
	if n == nil || depth > maxDepth {
		return 0, false
	}
	switch n.Kind {
	case "number":
		s := strings.ReplaceAll(f.text(n), "_", "")
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			return v, true
		}
		if v, err := strconv.ParseInt(s, 0, 64); err == nil {
			return float64(v), true
		}
	case "binary_expression":
		l, ok1 := f.numberValue(n.ChildByField("left"), depth+1)
		r, ok2 := f.numberValue(n.ChildByField("right"), depth+1)
		op := n.ChildByField("operator")
		if !ok1 || !ok2 || op == nil {
			return 0, false
		}
		switch f.text(op) {
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
		}
	case "unary_expression":
		if op := n.ChildByField("operator"); op != nil && f.text(op) == "-" {
			v, ok := f.numberValue(n.ChildByField("argument"), depth+1)
			return -v, ok
		}
	}
	return 0, false
}

func firstKind(n *syntax.Node, kind string) *syntax.Node {
	for _, c := range n.Children {
		if c.Kind == kind {
			return c
		}
	}
	return nil
}

// rootIdent returns the identifier at the root of a member chain a.b[c].d.
func rootIdent(n *syntax.Node) *syntax.Node {
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

// memberPath returns the dotted path of a member chain, e.g.
// "req.session.user", with computed string keys included; "" if the chain
// has a non-constant part.
func (f *File) memberPath(n *syntax.Node) string {
	var parts []string
	for i := 0; n != nil && i < 64; i++ {
		n = syntax.Unwrap(n)
		switch n.Kind {
		case "identifier", "this", "property_identifier":
			parts = append(parts, f.text(n))
			return reverseJoin(parts)
		case "member_expression":
			p := n.ChildByField("property")
			if p == nil {
				return ""
			}
			parts = append(parts, f.text(p))
			n = n.ChildByField("object")
		case "subscript_expression":
			s, ok := f.stringValue(n.ChildByField("index"), maxDepth)
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

// args returns the argument nodes of a call or new expression.
func args(call *syntax.Node) []*syntax.Node {
	a := call.ChildByField("arguments")
	if a == nil || a.Kind != "arguments" { // tagged templates
		return nil
	}
	return a.NamedChildren()
}
