package rules

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// An Obj is what is known about an options object: its keys as written in
// literals, merged through spreads and Object.assign, and the property
// writes made after creation. Unknown is set when some part could not be
// seen (a spread of a parameter, a computed key, a call): a key that is
// not found then means "unknown", not "missing".
type Obj struct {
	Lit     *syntax.Node // the object literal, when there is exactly one
	props   map[string]*Prop
	writes  map[string]*syntax.Node // "cookie.secure" → value, written after creation
	Unknown bool
}

// A Prop is one key of an object.
type Prop struct {
	Key   string
	Value *syntax.Node // the value expression (the identifier for {x})
	Node  *syntax.Node // the pair (or shorthand) node, for positions and fixes
}

// object resolves n to an options object. It returns nil when n is not an
// object at all (e.g. a parameter), which callers treat as unknown.
func (f *File) object(n *syntax.Node) *Obj {
	o := &Obj{props: map[string]*Prop{}, writes: map[string]*syntax.Node{}}
	if !f.mergeObject(o, n, 0) {
		return nil
	}
	return o
}

func (f *File) mergeObject(o *Obj, n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n == nil || depth > maxDepth {
		return false
	}
	if g := f.owner(n); g != f {
		return g.mergeObject(o, n, depth)
	}
	defer f.leave()
	if !f.enter() {
		o.Unknown = true
		return false
	}
	if n.Kind == "member_expression" || n.Kind == "call_expression" && f.text(n.ChildByField("function")) == "require" {
		// config.session, require('./session-options')
		// The hop into the module keeps the depth: its literal is still the
		// options object itself.
		v := f.importedValue(n, depth+1)
		return v != nil && f.mergeObject(o, v, depth)
	}
	switch n.Kind {
	case "object":
		if o.Lit == nil && depth <= 1 {
			o.Lit = n
		} else {
			o.Lit = nil
		}
		for _, c := range n.Children {
			switch c.Kind {
			case "pair":
				k := c.ChildByField("key")
				key, ok := f.keyName(k)
				if !ok {
					o.Unknown = true
					continue
				}
				o.props[key] = &Prop{Key: key, Value: c.ChildByField("value"), Node: c}
			case "shorthand_property_identifier":
				o.props[f.text(c)] = &Prop{Key: f.text(c), Value: c, Node: c}
			case "method_definition":
				if key, ok := f.keyName(c.ChildByField("name")); ok {
					o.props[key] = &Prop{Key: key, Value: c, Node: c}
				} else {
					o.Unknown = true
				}
			case "spread_element":
				var arg *syntax.Node
				for _, a := range c.Children {
					if a.Named {
						arg = a
					}
				}
				if !f.mergeObject(o, arg, depth+1) {
					// What the spread holds may override every key
					// before it: those become unknown too.
					o.Unknown = true
					clear(o.props)
				}
			}
		}
		return true
	case "identifier", "shorthand_property_identifier":
		name := f.text(n)
		v := f.valueOfIdent(n, depth+1)
		if v == nil {
			v = f.importedValue(n, depth+1)
		}
		if v == nil {
			// A variable assigned more than once, or a parameter.
			return false
		}
		if !f.mergeObject(o, v, depth+1) {
			return false
		}
		f.addWrites(o, name, n)
		return true
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn != nil && fn.Kind == "member_expression" && f.text(fn) == "Object.assign" {
			as := args(n)
			if len(as) == 0 {
				return false
			}
			for _, a := range as {
				if !f.mergeObject(o, a, depth+1) {
					o.Unknown = true
				}
			}
			if first := syntax.Unwrap(as[0]); first != nil && first.Kind == "identifier" {
				f.addWrites(o, f.text(first), first)
			}
			return true
		}
		// A helper that returns an object: sessionOptions(), here or in a
		// local module.
		if fn != nil && (fn.Kind == "identifier" || fn.Kind == "member_expression") {
			body := f.localFunction(fn, depth)
			if body == nil {
				if v := f.value(fn, depth+1); v != nil && v != fn && syntax.IsFunction(v) {
					body = v
				}
			}
			if body != nil {
				rets := returnValues(body)
				if len(rets) == 1 {
					return f.mergeObject(o, rets[0], depth+1)
				}
			}
		}
		return false
	}
	return false
}

// localFunction returns the function a local identifier names.
func (f *File) localFunction(id *syntax.Node, depth int) *syntax.Node {
	if id.Kind != "identifier" {
		return nil
	}
	if g := f.owner(id); g != f {
		return g.localFunction(id, depth)
	}
	for _, d := range f.decls[f.text(id)] {
		if d.Kind == "function_declaration" {
			return d
		}
	}
	if v := f.valueOfIdent(id, depth+1); v != nil && syntax.IsFunction(v) {
		return v
	}
	return nil
}

// returnValues lists the values a function returns (the expression body of
// an arrow function, or return statements not inside nested functions).
func returnValues(fn *syntax.Node) []*syntax.Node {
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
			for _, c := range n.Children {
				if c.Named && c.Kind != "comment" {
					out = append(out, c)
				}
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
	if g := f.owner(at); g != f {
		g.addWrites(o, name, at)
		return
	}
	for _, a := range f.memberWrites[name] {
		l := a.ChildByField("left")
		p := f.memberPath(l)
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

func (f *File) keyName(k *syntax.Node) (string, bool) {
	if k == nil {
		return "", false
	}
	switch k.Kind {
	case "property_identifier", "identifier", "private_property_identifier":
		return f.text(k), true
	case "string":
		return f.stringValue(k, 0)
	case "number":
		return f.text(k), true
	}
	return "", false
}

// A lookup result for a key path.
type lookup struct {
	Value *syntax.Node // the value, when found
	Prop  *Prop        // the literal property, when found in a literal
	Found bool
	// Unknown: not found, but some part of the object could not be seen.
	Unknown bool
	// Written: set after creation rather than in the literal.
	Written bool
}

// get looks up a dotted key path ("cookie.secure").
func (f *File) get(o *Obj, path string) lookup {
	if o == nil {
		return lookup{Unknown: true}
	}
	if v, ok := o.writes[path]; ok {
		return lookup{Value: v, Found: true, Written: true}
	}
	key, rest, nested := strings.Cut(path, ".")
	if !nested {
		if p, ok := o.props[key]; ok {
			return lookup{Value: p.Value, Prop: p, Found: true}
		}
		return lookup{Unknown: o.Unknown}
	}
	p, ok := o.props[key]
	if !ok {
		// Writes to nested keys of a missing object: o.cookie = {...} later.
		if v, ok := o.writes[key]; ok {
			inner := f.object(v)
			if inner == nil {
				return lookup{Unknown: true}
			}
			return f.get(inner, rest)
		}
		return lookup{Unknown: o.Unknown}
	}
	inner := f.object(p.Value)
	if inner == nil {
		return lookup{Unknown: true}
	}
	// Later writes through the outer object (o.cookie.secure = ...).
	for k, v := range o.writes {
		if r, ok := strings.CutPrefix(k, key+"."); ok {
			inner.writes[r] = v
		}
	}
	return f.get(inner, rest)
}
