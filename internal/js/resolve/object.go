package resolve

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// An Obj is what is known about an options object: its keys as written in
// literals, merged through spreads, Object.assign and merge helpers, and
// the property writes made after creation. Unknown is set when some part
// could not be seen (a spread of a parameter, a computed key, a call): a
// key that is not found then means "unknown", not "missing". Keys that
// only some branches set (...(https ? { secure: true } : {})) are unknown.
type Obj struct {
	Lit     *syntax.Node // the object literal, when there is exactly one
	props   map[string]*Prop
	writes  map[string]*syntax.Node // "cookie.secure" → value, written after creation
	maybe   map[string]bool         // keys set in some branches only
	Unknown bool
	// deep is set while a deep merge (lodash merge) adds its arguments: a
	// key whose old and new values are both objects combines them.
	deep *File
}

// A Prop is one key of an object.
type Prop struct {
	Key   string
	Value *syntax.Node // the value expression (the identifier for {x})
	Node  *syntax.Node // the pair (or shorthand) node, for positions and fixes
	// Sub is the nested object a deep merge made of several layers' values
	// for this key; Value is then the last layer's.
	Sub *Obj
}

// NewObj returns an empty, fully known object (a call with no options).
func NewObj() *Obj {
	return &Obj{props: map[string]*Prop{}, writes: map[string]*syntax.Node{}, maybe: map[string]bool{}}
}

// Props calls fn for each key of the object in no particular order.
func (o *Obj) Props(fn func(p *Prop)) {
	if o == nil {
		return
	}
	for _, p := range o.props {
		fn(p)
	}
}

// Len returns the number of keys known.
func (o *Obj) Len() int {
	if o == nil {
		return 0
	}
	return len(o.props)
}

// Object resolves n to an options object. It returns nil when n is not an
// object at all (e.g. a parameter), which callers treat as unknown.
func (f *File) Object(n *syntax.Node) *Obj {
	o := NewObj()
	if !f.mergeObject(o, n, 0) {
		return nil
	}
	return o
}

func (f *File) mergeObject(o *Obj, n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n == nil || depth > MaxDepth {
		return false
	}
	if g := f.Owner(n); g != f {
		return g.mergeObject(o, n, depth)
	}
	defer f.leave()
	if !f.enter() {
		o.Unknown = true
		return false
	}
	switch n.Kind {
	case "member_expression", "subscript_expression":
		// config.session, require('./session-options').cookie,
		// config.get('session'). The hop keeps the depth: its literal is
		// still the options object itself.
		if n.Kind == "member_expression" {
			if sub := f.importedSub(n, depth+1); sub != nil {
				o.mergeSub(sub)
				return true
			}
		}
		if v := f.importedValue(n, depth+1); v != nil {
			return f.mergeObject(o, v, depth)
		}
		if v := f.configValue(n, depth+1); v != nil {
			return f.mergeObject(o, v, depth)
		}
		if n.Kind == "member_expression" {
			// obj.key where obj is an object here: its key's value.
			outer := NewObj()
			if f.mergeObject(outer, n.ChildByField("object"), depth+1) {
				if l := f.Get(outer, f.Text(n.ChildByField("property"))); l.Found {
					if l.Prop != nil && l.Prop.Sub != nil {
						o.mergeSub(l.Prop.Sub)
						return true
					}
					return f.mergeObject(o, l.Value, depth+1)
				}
			}
		}
		return false
	case "object":
		if def, ok := f.schemaKey(n); ok {
			return f.schemaView(o, n, def)
		}
		if o.Lit == nil && depth <= 1 {
			o.Lit = n
		} else {
			o.Lit = nil
		}
		for _, c := range n.Children {
			switch c.Kind {
			case "pair":
				k := c.ChildByField("key")
				key, ok := f.KeyName(k)
				if !ok {
					o.Unknown = true
					continue
				}
				o.set(key, &Prop{Key: key, Value: c.ChildByField("value"), Node: c})
			case "shorthand_property_identifier":
				o.set(f.Text(c), &Prop{Key: f.Text(c), Value: c, Node: c})
			case "method_definition":
				if key, ok := f.KeyName(c.ChildByField("name")); ok {
					o.set(key, &Prop{Key: key, Value: c, Node: c})
				} else {
					o.Unknown = true
				}
			case "spread_element":
				f.spread(o, FirstNamed(c), depth)
			}
		}
		return true
	case "identifier", "shorthand_property_identifier":
		name := f.Text(n)
		if len(f.assigns[name]) > 0 {
			// let config = merge(a, b); config = merge(config, c): the
			// declaration and each reassignment, in order.
			return f.layers(o, n, depth)
		}
		v := f.bound(n, depth+1)
		if v == nil {
			// A variable assigned more than once, or a parameter.
			return false
		}
		if !f.mergeObject(o, v, depth+1) {
			return false
		}
		f.addWrites(o, name, n)
		return true
	case "binary_expression", "object_assignment_pattern", "assignment_pattern":
		// require('./env/' + NODE_ENV) || {}: an empty fallback for a
		// module that may be missing; the module is what is merged.
		if n.Kind == "binary_expression" {
			if op := f.Text(n.ChildByField("operator")); op == "||" || op == "??" {
				if r := syntax.Unwrap(n.ChildByField("right")); r != nil && r.Kind == "object" && len(r.NamedChildren()) == 0 {
					return f.mergeObject(o, n.ChildByField("left"), depth+1)
				}
			}
		}
		// options || { defaults }: what ships is the default when the
		// left side comes from configuration the app does not contain.
		if d, ok := f.EnvDefault(n); ok {
			if l := syntax.Unwrap(n.ChildByField("left")); l != nil && n.Kind == "binary_expression" {
				if inner := f.Object(l); inner != nil {
					return f.mergeObject(o, l, depth+1)
				}
			}
			return f.mergeObject(o, d, depth+1)
		}
		return false
	case "ternary_expression":
		// Either branch: keys set by both are known only when they agree;
		// report nothing missing that one branch sets.
		a, b := f.Object(n.ChildByField("consequence")), f.Object(n.ChildByField("alternative"))
		if a == nil || b == nil {
			return false
		}
		f.union(o, a, b)
		return true
	case "await_expression":
		return f.mergeObject(o, FirstNamed(n), depth+1)
	case "call_expression":
		return f.mergeCall(o, n, depth)
	}
	return false
}

// set records a key, replacing what an earlier spread or key said; in a
// deep merge, two objects at one key are combined.
func (o *Obj) set(key string, p *Prop) {
	if f := o.deep; f != nil {
		if old, ok := o.props[key]; ok && !o.maybe[key] {
			sub := old.Sub
			if sub == nil {
				sub = f.Owner(old.Value).Object(old.Value)
			}
			if next := f.Owner(p.Value).Object(p.Value); sub != nil && next != nil && sub.Lit != nil && next.Lit != nil {
				merged := NewObj()
				merged.deep = f
				for k, q := range sub.props {
					merged.set(k, q)
				}
				for k, q := range next.props {
					merged.set(k, q)
				}
				merged.Unknown = sub.Unknown || next.Unknown
				p = &Prop{Key: p.Key, Value: p.Value, Node: p.Node, Sub: merged}
				merged.deep = nil
			}
		}
	}
	o.props[key] = p
	delete(o.maybe, key)
}

// spread merges ...arg into o.
func (f *File) spread(o *Obj, arg *syntax.Node, depth int) {
	arg = syntax.Unwrap(arg)
	if arg != nil && (arg.Kind == "ternary_expression" || arg.Kind == "binary_expression") {
		// ...(cond ? { secure: true } : {}), ...(cond && { secure: true })
		var branches []*syntax.Node
		switch arg.Kind {
		case "ternary_expression":
			branches = []*syntax.Node{arg.ChildByField("consequence"), arg.ChildByField("alternative")}
		default:
			if op := f.Text(arg.ChildByField("operator")); op == "&&" {
				branches = []*syntax.Node{arg.ChildByField("right")}
			} else if op == "||" || op == "??" {
				branches = []*syntax.Node{arg.ChildByField("left"), arg.ChildByField("right")}
			}
		}
		if len(branches) > 0 {
			ok := true
			for _, b := range branches {
				inner := f.Object(b)
				if inner == nil {
					ok = false
					break
				}
				for k, p := range inner.props {
					o.props[k] = p
					o.maybe[k] = true
				}
				o.Unknown = o.Unknown || inner.Unknown
			}
			if ok {
				return
			}
		}
	}
	if !f.mergeObject(o, arg, depth+1) {
		// What the spread holds may override every key before it: those
		// become unknown too.
		o.Unknown = true
		clear(o.props)
	}
}

// union makes o the union of two alternatives.
func (f *File) union(o, a, b *Obj) {
	for k, p := range a.props {
		o.props[k] = p
		if q, ok := b.props[k]; !ok || f.Text(q.Value) != f.Text(p.Value) {
			o.maybe[k] = true
		}
	}
	for k, p := range b.props {
		if _, ok := a.props[k]; !ok {
			o.props[k] = p
			o.maybe[k] = true
		}
	}
	o.Unknown = o.Unknown || a.Unknown || b.Unknown
}

// mergeCall merges the object a call returns: Object.assign and merge
// helpers, configuration reads, helpers that return an object.
func (f *File) mergeCall(o *Obj, n *syntax.Node, depth int) bool {
	fn := syntax.Unwrap(n.ChildByField("function"))
	if fn == nil {
		return false
	}
	if f.isMerge(n) {
		as := Args(n)
		if len(as) == 0 {
			return false
		}
		if f.isDeepMerge(n) {
			saved := o.deep
			o.deep = f
			defer func() { o.deep = saved }()
		}
		for _, a := range as {
			if !f.mergeObject(o, a, depth+1) {
				o.Unknown = true
			}
		}
		if first := syntax.Unwrap(as[0]); first != nil && first.Kind == "identifier" {
			f.addWrites(o, f.Text(first), first)
		}
		return true
	}
	if f.Text(fn) == "require" {
		if v := f.importedValue(n, depth+1); v != nil {
			return f.mergeObject(o, v, depth)
		}
		return false
	}
	// rc('app', defaults): the defaults ship; files and the environment
	// may add any key.
	if b, ok := f.Callee(n); ok {
		if i := jslib.DefaultsArgOf(b); i >= 0 {
			if as := Args(n); i < len(as) && f.mergeObject(o, as[i], depth+1) {
				o.Unknown = true
				return true
			}
			return false
		}
	}
	if v := f.configValue(n, depth+1); v != nil {
		return f.mergeObject(o, v, depth)
	}
	// A helper that returns an object: sessionOptions(), here or in a
	// local module.
	if fn.Kind == "identifier" || fn.Kind == "member_expression" {
		body := f.LocalFunction(fn)
		if body == nil {
			if v := f.value(fn, depth+1); v != nil && v != fn && syntax.IsFunction(v) {
				body = v
			}
		}
		if body != nil {
			g := f.Owner(body)
			rets := ReturnValues(body)
			switch {
			case len(rets) == 1:
				return g.mergeObject(o, rets[0], depth+1)
			case len(rets) > 1 && len(rets) <= 8:
				// One object per branch: what they agree on is known.
				acc := g.Object(rets[0])
				for _, r := range rets[1:] {
					next := g.Object(r)
					if acc == nil || next == nil {
						return false
					}
					u := NewObj()
					g.union(u, acc, next)
					acc = u
				}
				for k, p := range acc.props {
					o.props[k] = p
					if acc.maybe[k] {
						o.maybe[k] = true
					}
				}
				o.Unknown = o.Unknown || acc.Unknown
				return true
			}
		}
	}
	return false
}

// isMerge reports Object.assign and the merge helpers of the catalog.
func (f *File) isMerge(call *syntax.Node) bool {
	return f.calls(call, jslib.MergeGlobals, jslib.Merges)
}

// isDeepMerge reports whether a merge call combines nested objects.
func (f *File) isDeepMerge(call *syntax.Node) bool {
	return f.calls(call, jslib.DeepMergeGlobals, jslib.DeepMerges)
}

// calls reports whether call's function is one of globals by its text, or
// resolves to one of refs.
func (f *File) calls(call *syntax.Node, globals map[string]bool, refs map[jslib.Ref]bool) bool {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil {
		return false
	}
	if globals[f.Text(fn)] {
		return true
	}
	b, ok := f.Callee(call)
	return ok && refs[b]
}

// maxLayers bounds the reassignments of one variable that layers follows.
const maxLayers = 8

// layers merges a reassigned variable's declaration and reassignments in
// source order: a reassignment that merges the variable into itself adds
// to it, any other replaces it.
func (f *File) layers(o *Obj, id *syntax.Node, depth int) bool {
	name := f.Text(id)
	d := f.declOf(id)
	if d == nil || d.Kind != "variable_declarator" {
		return false
	}
	scope := DeclScope(d)
	if v := d.ChildByField("value"); v != nil && !f.mergeObject(o, v, depth+1) {
		o.Unknown = true
	}
	if len(f.assigns[name]) > maxLayers {
		return false // rebuilt too often to follow
	}
	for _, a := range f.assigns[name] {
		if a.Kind != "assignment_expression" || !scope.Contains(a) || a.Start > id.Start && syntax.EnclosingFunction(a) == syntax.EnclosingFunction(id) {
			continue
		}
		if a.Contains(id) {
			continue // obj = await create(obj): its right side reads the value before
		}
		right := syntax.Unwrap(a.ChildByField("right"))
		if right != nil && right.Kind == "call_expression" && f.isMerge(right) {
			as := Args(right)
			if len(as) > 0 && f.Text(syntax.Unwrap(as[0])) == name {
				saved := o.deep
				if f.isDeepMerge(right) {
					o.deep = f
				}
				for _, x := range as[1:] {
					if !f.mergeObject(o, x, depth+1) {
						o.Unknown = true
					}
				}
				o.deep = saved
				continue
			}
		}
		fresh := NewObj()
		if !f.mergeObject(fresh, right, depth+1) {
			return false
		}
		if enclosingBlock(a) != enclosingBlock(d) {
			// Reassigned in a branch: either value may hold.
			prev := *o
			*o = *NewObj()
			f.union(o, &prev, fresh)
			continue
		}
		*o = *fresh
	}
	f.addWrites(o, name, id)
	return true
}

// LocalFunction returns the function a name denotes: a declaration here,
// a function bound to a constant, or one imported from the app's modules.
func (f *File) LocalFunction(id *syntax.Node) *syntax.Node {
	id = syntax.Unwrap(id)
	if id == nil {
		return nil
	}
	if g := f.Owner(id); g != f {
		return g.LocalFunction(id)
	}
	if id.Kind == "identifier" {
		if d := f.declOf(id); d != nil && (d.Kind == "function_declaration" || d.Kind == "generator_function_declaration") {
			return d
		}
	}
	if v := f.value(id, 1); v != nil && v != id && syntax.IsFunction(v) {
		return v
	}
	return nil
}

// Appends returns what is appended to the variable id names (the right
// sides of name += x in the variable's scope): how a string built in a loop
// is made. Nil when id is not a local variable.
func (f *File) Appends(id *syntax.Node) []*syntax.Node {
	id = syntax.Unwrap(id)
	if id == nil || id.Kind != "identifier" {
		return nil
	}
	if g := f.Owner(id); g != f {
		return g.Appends(id)
	}
	d := f.declOf(id)
	if d == nil || d.Kind != "variable_declarator" {
		return nil
	}
	scope := DeclScope(d)
	var out []*syntax.Node
	for _, a := range f.assigns[f.Text(id)] {
		if a.Kind != "augmented_assignment_expression" || scope == nil || !scope.Contains(a) || !AppendOp(f, a) {
			continue
		}
		if r := a.ChildByField("right"); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// AppendOp reports whether an augmented assignment is x += y.
func AppendOp(f *File, a *syntax.Node) bool {
	for _, c := range a.Children {
		if !c.Named && f.Owner(a).Text(c) == "+=" {
			return true
		}
	}
	return false
}

// ThisMethod returns the method a this.name member expression denotes in
// the class around it, or nil (an arrow-function field counts too).
func (f *File) ThisMethod(member *syntax.Node) *syntax.Node {
	member = syntax.Unwrap(member)
	if member == nil || member.Kind != "member_expression" {
		return nil
	}
	g := f.Owner(member)
	if obj := syntax.Unwrap(member.ChildByField("object")); obj == nil || obj.Kind != "this" {
		return nil
	}
	name := g.Text(member.ChildByField("property"))
	for p := member.Parent; p != nil; p = p.Parent {
		if p.Kind == "class_body" {
			return g.classMethod(p, name, 0)
		}
	}
	return nil
}

// classMethod finds the method name in a class body, or in the classes it
// extends (class Admin extends BaseComponent, the base in another module).
func (f *File) classMethod(body *syntax.Node, name string, depth int) *syntax.Node {
	g := f.Owner(body)
	for _, c := range body.Children {
		switch c.Kind {
		case "method_definition":
			if g.Text(c.ChildByField("name")) == name {
				return c
			}
		case "public_field_definition", "field_definition":
			key := c.ChildByField("name")
			if key == nil {
				key = c.ChildByField("property")
			}
			if key != nil && g.Text(key) == name {
				if v := syntax.Unwrap(c.ChildByField("value")); v != nil && syntax.IsFunction(v) {
					return v
				}
			}
		}
	}
	if depth >= MaxDepth || body.Parent == nil {
		return nil
	}
	v := extendsValue(body.Parent)
	if v == nil || v.Kind != "identifier" {
		return nil
	}
	base := g.typeDecl(g.Text(v), depth+1)
	if base == nil {
		return nil
	}
	if b := base.ChildByField("body"); b != nil {
		return g.Owner(base).classMethod(b, name, depth+1)
	}
	return nil
}

// ReturnValues lists the values a function returns (the expression body of
// an arrow function, or return statements not inside nested functions).
func ReturnValues(fn *syntax.Node) []*syntax.Node {
	body := fn.ChildByField("body")
	if body == nil {
		return nil
	}
	if body.Kind != "statement_block" {
		return []*syntax.Node{body}
	}
	var out []*syntax.Node
	syntax.Walk(body, func(n *syntax.Node) bool {
		if n != body && syntax.IsFunction(n) {
			return false
		}
		if n.Kind == "return_statement" {
			if c := FirstNamed(n); c != nil {
				out = append(out, c)
			}
		}
		return true
	})
	return out
}

// addWrites records writes name.a.b = v made anywhere in the file after
// the object was created (e.g. sess.cookie.secure = true inside an
// if (production) block).
func (f *File) addWrites(o *Obj, name string, at *syntax.Node) {
	if g := f.Owner(at); g != f {
		g.addWrites(o, name, at)
		return
	}
	for _, a := range f.memberWrites[name] {
		l := a.ChildByField("left")
		p := f.MemberPath(l)
		if p == "" {
			o.Unknown = true
			continue
		}
		_, rest, ok := strings.Cut(p, ".")
		if !ok {
			continue
		}
		o.writes[rest] = a.ChildByField("right")
	}
}

// KeyName returns the name of an object key.
func (f *File) KeyName(k *syntax.Node) (string, bool) {
	if k == nil {
		return "", false
	}
	switch k.Kind {
	case "property_identifier", "identifier", "private_property_identifier":
		return f.Text(k), true
	case "string":
		return f.literal(k)
	case "number":
		return f.Text(k), true
	case "computed_property_name":
		// ['x'] or [KEY] with const KEY = 'x'; nothing deeper.
		e := syntax.Unwrap(FirstNamed(k))
		if s, ok := f.literal(e); ok {
			return s, true
		}
		if e != nil && e.Kind == "identifier" {
			return f.literal(f.identValue(e, MaxDepth-1))
		}
		return "", false
	}
	return "", false
}

// A Lookup is the result of looking a key path up in an object.
type Lookup struct {
	Value *syntax.Node // the value, when found
	Prop  *Prop        // the literal property, when found in a literal
	Found bool
	// Unknown: not found, but some part of the object could not be seen;
	// or found in some branches only.
	Unknown bool
	// Written: set after creation rather than in the literal.
	Written bool
}

// Get looks up a dotted key path ("cookie.secure").
func (f *File) Get(o *Obj, path string) Lookup {
	if o == nil {
		return Lookup{Unknown: true}
	}
	if v, ok := o.writes[path]; ok {
		return Lookup{Value: v, Found: true, Written: true}
	}
	key, rest, nested := strings.Cut(path, ".")
	if k, ok := strings.CutSuffix(key, "()"); ok {
		// useFactory().secret: what the function at the key returns.
		l := f.Get(o, k)
		if !l.Found {
			return Lookup{Unknown: l.Unknown}
		}
		fn := f.Owner(l.Value).Value(l.Value)
		if fn == nil || !syntax.IsFunction(fn) {
			return Lookup{Unknown: true}
		}
		rets := ReturnValues(fn)
		if len(rets) != 1 {
			return Lookup{Unknown: true}
		}
		g := f.Owner(rets[0])
		if !nested {
			return Lookup{Value: rets[0], Found: true}
		}
		return g.Get(g.Object(rets[0]), rest)
	}
	if !nested {
		if p, ok := o.props[key]; ok {
			if o.maybe[key] {
				return Lookup{Value: p.Value, Prop: p, Unknown: true}
			}
			return Lookup{Value: p.Value, Prop: p, Found: true}
		}
		return Lookup{Unknown: o.Unknown}
	}
	p, ok := o.props[key]
	if !ok {
		// Writes to nested keys of a missing object: o.cookie = {...} later.
		if v, ok := o.writes[key]; ok {
			inner := f.Object(v)
			if inner == nil {
				return Lookup{Unknown: true}
			}
			return f.Get(inner, rest)
		}
		return Lookup{Unknown: o.Unknown}
	}
	inner := p.Sub
	if inner != nil {
		inner = inner.clone()
	} else {
		inner = f.Object(p.Value)
	}
	if inner == nil {
		return Lookup{Unknown: true}
	}
	if o.maybe[key] {
		inner.Unknown = true
	}
	// Later writes through the outer object (o.cookie.secure = ...).
	for k, v := range o.writes {
		if r, ok := strings.CutPrefix(k, key+"."); ok {
			inner.writes[r] = v
		}
	}
	return f.Get(inner, rest)
}

// LiteralProp returns the property key of o's literal, if the key is
// written there (not spread or written later).
func LiteralProp(o *Obj, key string) *Prop {
	if o == nil || o.Lit == nil {
		return nil
	}
	p := o.props[key]
	if p == nil || p.Node == nil || !o.Lit.Contains(p.Node) {
		return nil
	}
	return p
}

// enclosingBlock returns the statement block (or program) around n.
func enclosingBlock(n *syntax.Node) *syntax.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Kind == "statement_block" || p.Kind == "program" {
			return p
		}
	}
	return nil
}

// schemaKey reports whether n is a nested config schema (convict) whose
// leaves hold their value under the returned key.
func (f *File) schemaKey(n *syntax.Node) (string, bool) {
	if f.Prog == nil {
		return "", false
	}
	def, ok := f.Prog.schemas[n]
	return def, ok
}

// schemaView merges a nested config schema as the object of its leaves'
// defaults.
func (f *File) schemaView(o *Obj, n *syntax.Node, def string) bool {
	for _, c := range n.Children {
		if c.Kind != "pair" {
			continue
		}
		key, ok := f.KeyName(c.ChildByField("key"))
		if !ok {
			o.Unknown = true
			continue
		}
		v := syntax.Unwrap(c.ChildByField("value"))
		if v == nil || v.Kind != "object" {
			continue
		}
		inner := f.Object(v)
		if d := f.Get(inner, def); d.Found {
			node := c
			if d.Prop != nil {
				node = d.Prop.Node
			}
			o.set(key, &Prop{Key: key, Value: d.Value, Node: node})
			continue
		}
		f.Prog.schemas[v] = def
		o.set(key, &Prop{Key: key, Value: v, Node: c})
	}
	return true
}

// ParamIndex returns the index of fn's parameter that the identifier n
// names (a plain, optional or defaulted parameter), or -1.
// ParamName returns the name of fn's i-th parameter, or "" when it is not
// a plain name (a pattern, a rest parameter) or there is none.
func (f *File) ParamName(fn *syntax.Node, i int) string {
	params := fn.ChildByField("parameters")
	if params == nil {
		if p := fn.ChildByField("parameter"); p != nil && i == 0 && p.Kind == "identifier" {
			return f.Text(p)
		}
		return ""
	}
	ps := params.NamedChildren()
	if i < 0 || i >= len(ps) {
		return ""
	}
	p := ps[i]
	if p.Kind == "required_parameter" || p.Kind == "optional_parameter" {
		p = p.ChildByField("pattern")
	}
	if p != nil && p.Kind == "assignment_pattern" {
		p = p.ChildByField("left")
	}
	if p == nil || p.Kind != "identifier" {
		return ""
	}
	return f.Text(p)
}

func (f *File) ParamIndex(fn, n *syntax.Node) int {
	n = syntax.Unwrap(n)
	if n == nil || n.Kind != "identifier" {
		return -1
	}
	params := fn.ChildByField("parameters")
	if params == nil {
		if p := fn.ChildByField("parameter"); p != nil && f.Text(p) == f.Text(n) {
			return 0
		}
		return -1
	}
	for i, p := range params.NamedChildren() {
		if p.Kind == "required_parameter" || p.Kind == "optional_parameter" {
			p = p.ChildByField("pattern")
		}
		if p != nil && p.Kind == "assignment_pattern" {
			p = p.ChildByField("left")
		}
		if p != nil && p.Kind == "identifier" && f.Text(p) == f.Text(n) {
			return i
		}
	}
	return -1
}

// clone copies an object's keys, so that a lookup's later writes do not
// change it.
func (o *Obj) clone() *Obj {
	c := NewObj()
	c.Lit, c.Unknown = o.Lit, o.Unknown
	for k, p := range o.props {
		c.props[k] = p
	}
	for k, v := range o.writes {
		c.writes[k] = v
	}
	for k := range o.maybe {
		c.maybe[k] = true
	}
	return c
}

// mergeSub adds the keys of a deep merge's nested object.
func (o *Obj) mergeSub(sub *Obj) {
	for k, p := range sub.props {
		o.set(k, p)
	}
	for k := range sub.maybe {
		o.maybe[k] = true
	}
	o.Unknown = o.Unknown || sub.Unknown
	if o.Lit == nil {
		o.Lit = sub.Lit
	}
}
