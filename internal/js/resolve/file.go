// Package resolve is the JavaScript/TypeScript module graph and value
// resolver. It answers "what can this expression be" for the rules:
// following names to their declarations, imports to the app's own modules
// (relative paths, index files, TypeScript path aliases, package.json
// imports, workspace packages, re-exports), options objects through
// spreads, Object.assign and merges, property writes after creation,
// configuration read through the loaders in the library catalog (node-config
// files, convict, envalid and zod defaults, @nestjs/config), and
// environment reads with literal fallbacks. "Unknown" is an honest answer:
// a spread of a parameter or a value the environment must provide makes a
// key unknown, never missing.
//
// A File is one parsed file; the modules its values come from are parsed
// on demand by the worker's Program, which keeps a bounded cache of them,
// so that memory stays flat in the number of files and a config module
// used by many files is parsed once per worker.
package resolve

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// MaxDepth bounds every recursive resolution, so that cyclic or very deep
// code cannot make a rule loop or exhaust the stack.
const MaxDepth = 12

// A File is a parsed file with what resolution needs: its imports and the
// declarations and writes of each name.
type File struct {
	Tree *syntax.Tree
	// Prog is the module graph this file is resolved in (nil: the file
	// is resolved alone).
	Prog *Program
	// Root is the app's folder (nearest package.json), for aliases and
	// configuration files.
	Root string

	imports      map[string]jslib.Ref
	modules      map[string]bool // modules imported or required
	decls        map[string][]*syntax.Node
	assigns      map[string][]*syntax.Node // plain reassignments of a name
	memberWrites map[string][]*syntax.Node // writes name.x... = v
	depth        int                       // import hops from the analysed file
	exports      []*syntax.Node            // export statements and module.exports/exports.x writes
}

// NewFile indexes a parsed tree. prog may be nil.
func NewFile(t *syntax.Tree, root string, prog *Program) *File {
	f := &File{
		Tree: t, Root: root, Prog: prog,
		imports:      map[string]jslib.Ref{},
		modules:      map[string]bool{},
		decls:        map[string][]*syntax.Node{},
		assigns:      map[string][]*syntax.Node{},
		memberWrites: map[string][]*syntax.Node{},
	}
	f.collect()
	if prog != nil && t.Root != nil {
		prog.register(f)
	}
	return f
}

// Text returns the source text of n, in whichever file holds it.
func (f *File) Text(n *syntax.Node) string { return f.Owner(n).Tree.Text(n) }

// Imported reports whether the file imports or requires any of mods.
func (f *File) Imported(mods ...string) bool {
	for _, m := range mods {
		if f.modules[m] {
			return true
		}
	}
	return false
}

// ImportedModules calls fn for every module the file imports.
func (f *File) ImportedModules(fn func(module string)) {
	for m := range f.modules {
		fn(m)
	}
}

// Decls returns the declarations (variable declarators, function
// declarations) of a name anywhere in the file.
func (f *File) Decls(name string) []*syntax.Node { return f.decls[name] }

// Assigns returns the plain reassignments (x = v, x += v, x++) of a name.
func (f *File) Assigns(name string) []*syntax.Node { return f.assigns[name] }

// MemberWrites returns the writes name.a.b = v of a name.
func (f *File) MemberWrites(name string) []*syntax.Node { return f.memberWrites[name] }

// collect records import declarations, require() bindings, TS import x =
// require(), declarations and writes.
func (f *File) collect() {
	for i := range f.Tree.Nodes {
		n := &f.Tree.Nodes[i]
		switch n.Kind {
		case "import_statement":
			f.importStatement(n)
		case "export_statement":
			f.exports = append(f.exports, n)
		case "variable_declarator":
			if name := n.ChildByField("name"); name != nil && name.Kind == "identifier" {
				f.decls[f.Text(name)] = append(f.decls[f.Text(name)], n)
			} else if name != nil && name.Kind == "object_pattern" {
				f.patterns(name)
			}
			f.requireDeclarator(n)
		case "function_declaration", "generator_function_declaration", "class_declaration":
			if name := n.ChildByField("name"); name != nil {
				f.decls[f.Text(name)] = append(f.decls[f.Text(name)], n)
			}
		case "assignment_expression", "augmented_assignment_expression":
			if l := n.ChildByField("left"); l != nil {
				if root := RootIdent(l); root != nil && (f.Text(root) == "module" || f.Text(root) == "exports") {
					f.exports = append(f.exports, n)
				}
				switch l.Kind {
				case "identifier":
					f.assigns[f.Text(l)] = append(f.assigns[f.Text(l)], n)
				case "member_expression", "subscript_expression":
					if root := RootIdent(l); root != nil {
						f.memberWrites[f.Text(root)] = append(f.memberWrites[f.Text(root)], n)
					}
				}
			}
		case "update_expression":
			if a := n.ChildByField("argument"); a != nil && a.Kind == "identifier" {
				f.assigns[f.Text(a)] = append(f.assigns[f.Text(a)], n)
			}
		case "call_expression":
			if fn := n.ChildByField("function"); fn != nil && fn.Kind == "identifier" && f.Text(fn) == "require" {
				if m, ok := f.requireSource(n); ok {
					f.modules[jslib.Normalize(m)] = true
				}
			}
		}
	}
}

func (f *File) importStatement(n *syntax.Node) {
	src := n.ChildByField("source")
	var mod string
	if src != nil {
		mod, _ = f.literal(src)
	}
	for _, c := range n.Children {
		if c.Kind == "import_require_clause" { // TS: import x = require('m')
			var id *syntax.Node
			for _, cc := range c.Children {
				if cc.Kind == "identifier" && id == nil {
					id = cc
				}
				if cc.Field == "source" {
					mod, _ = f.literal(cc)
				}
			}
			if id != nil && mod != "" {
				f.imports[f.Text(id)] = jslib.Ref{Module: jslib.Normalize(mod)}
				f.modules[jslib.Normalize(mod)] = true
			}
		}
	}
	if mod == "" {
		return
	}
	mod = jslib.Normalize(mod)
	f.modules[mod] = true
	clause := FirstKind(n, "import_clause")
	if clause == nil {
		return
	}
	for _, c := range clause.Children {
		switch c.Kind {
		case "identifier": // default import
			f.imports[f.Text(c)] = jslib.Ref{Module: mod}
		case "namespace_import":
			if id := FirstKind(c, "identifier"); id != nil {
				f.imports[f.Text(id)] = jslib.Ref{Module: mod}
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
				imported := strings.Trim(f.Text(name), `"'`)
				if imported == "default" {
					imported = ""
				}
				f.imports[f.Text(alias)] = jslib.Ref{Module: mod, Path: imported}
			}
		}
	}
}

// requireSource returns the module of require('m').
func (f *File) requireSource(call *syntax.Node) (string, bool) {
	as := Args(call)
	if len(as) != 1 {
		return "", false
	}
	if s, ok := f.literal(as[0]); ok {
		return s, true
	}
	return f.computedModule(as[0])
}

func (f *File) requireDeclarator(n *syntax.Node) {
	name := n.ChildByField("name")
	val := syntax.Unwrap(n.ChildByField("value"))
	if name == nil || val == nil {
		return
	}
	b, ok := f.ref(val, 0)
	if !ok {
		return
	}
	switch name.Kind {
	case "identifier":
		if _, isCall := f.requireCall(val); isCall || f.isModuleExpr(val) {
			f.imports[f.Text(name)] = b
		}
	case "object_pattern": // const { a, b: c } = require('m')
		for _, p := range name.Children {
			switch p.Kind {
			case "shorthand_property_identifier_pattern":
				f.imports[f.Text(p)] = jslib.Ref{Module: b.Module, Path: joinPath(b.Path, f.Text(p))}
			case "pair_pattern":
				k, v := p.ChildByField("key"), p.ChildByField("value")
				if v != nil && v.Kind == "assignment_pattern" {
					v = v.ChildByField("left")
				}
				if k != nil && v != nil && v.Kind == "identifier" {
					f.imports[f.Text(v)] = jslib.Ref{Module: b.Module, Path: joinPath(b.Path, strings.Trim(f.Text(k), `"'`))}
				}
			}
		}
	}
}

// isModuleExpr reports whether v is require(...) possibly followed by
// member accesses, e.g. require('express-session').MemoryStore.
func (f *File) isModuleExpr(v *syntax.Node) bool {
	for i := 0; v != nil && i < MaxDepth; i++ {
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
	if fn == nil || fn.Kind != "identifier" || f.Text(fn) != "require" {
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

// patterns records the names an object pattern binds, under "{name", with
// the element that binds each (shorthand, pair or with a default).
func (f *File) patterns(pat *syntax.Node) {
	for _, el := range pat.Children {
		var name string
		switch el.Kind {
		case "shorthand_property_identifier_pattern":
			name = f.Text(el)
		case "object_assignment_pattern":
			name = f.Text(el.ChildByField("left"))
		case "pair_pattern":
			v := el.ChildByField("value")
			switch {
			case v == nil:
			case v.Kind == "identifier":
				name = f.Text(v)
			case v.Kind == "assignment_pattern" && v.ChildByField("left") != nil && v.ChildByField("left").Kind == "identifier":
				name = f.Text(v.ChildByField("left"))
			case v.Kind == "object_pattern":
				f.patterns(v)
			}
		}
		if name != "" {
			f.decls["{"+name] = append(f.decls["{"+name], el)
		}
	}
}
