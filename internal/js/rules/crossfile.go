package rules

import (
	"path/filepath"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// Real apps keep session options, secrets and helpers in local modules
// (config/session.js, export const sessionOptions = {...}). When a value is
// imported from a relative path, the rules read it where it is defined:
// the module is parsed on demand and its nodes are resolved by the File
// that owns them, so that scopes, imports and positions stay right.

// A Loader parses the file at path, or returns nil when it cannot or
// should not (missing, too large, not JavaScript/TypeScript).
type Loader func(path string) *syntax.Tree

const (
	maxLoadDepth   = 3  // chains of imports followed
	maxLoadedFiles = 16 // local modules parsed for one file
)

// owner returns the File whose tree holds n: f itself, or a module loaded
// while resolving one of f's values.
func (f *File) owner(n *syntax.Node) *File {
	if n == nil || f.holds(n) {
		return f
	}
	root := f.root()
	if root.holds(n) {
		return root
	}
	for _, g := range root.loaded {
		if g != nil && g.holds(n) {
			return g
		}
	}
	return f
}

// resolveLocally keeps resolution inside the file until restore is called: for
// rules that resolve values at every call of a common method (plainpassword
// on create/set/merge/...), where parsing imported modules costs more than
// it finds. Use as defer f.resolveLocally()().
func (f *File) resolveLocally() (restore func()) {
	r := f.root()
	r.localOnly++
	return func() { r.localOnly-- }
}

// maxNest bounds how deeply the resolvers may call one another, whatever
// their own depth counters say: several of them start a fresh count
// (object, stringValue of a require), and imports can form cycles.
const maxNest = 256

// enter records one more level of resolution in progress; it reports false
// when the limit is reached, and the caller gives up as "unknown". Every
// enter is paired with a leave.
func (f *File) enter() bool {
	r := f.root()
	r.nest++
	return r.nest <= maxNest
}

func (f *File) leave() { f.root().nest-- }

func (f *File) holds(n *syntax.Node) bool {
	return n.Index >= 0 && n.Index < len(f.Tree.Nodes) && &f.Tree.Nodes[n.Index] == n
}

func (f *File) root() *File {
	for f.parent != nil {
		f = f.parent
	}
	return f
}

func isRelativeModule(m string) bool {
	return strings.HasPrefix(m, "./") || strings.HasPrefix(m, "../")
}

// loadModule returns the File of a relative module imported by f, parsed
// once per analysed file; nil when it cannot be found or read.
func (f *File) loadModule(module string) *File {
	root := f.root()
	if root.Load == nil || f.depth >= maxLoadDepth || root.localOnly > 0 {
		return nil
	}
	base := filepath.Join(filepath.Dir(f.Tree.Path), filepath.FromSlash(module))
	if g, ok := root.loaded[base]; ok {
		return g
	}
	if len(root.loaded) >= maxLoadedFiles {
		return nil
	}
	if root.loaded == nil {
		root.loaded = map[string]*File{}
	}
	root.loaded[base] = nil // a cycle back to base finds nothing
	for _, p := range moduleCandidates(base) {
		if p == root.Tree.Path {
			return nil
		}
		if t := root.Load(p); t != nil && t.Root != nil {
			g := NewFile(t, f.App)
			g.parent, g.depth = f, f.depth+1
			root.loaded[base] = g
			return g
		}
	}
	return nil
}

// moduleCandidates lists the files Node and TypeScript try for a relative
// module path: as written, with an extension, as a folder's index file;
// './config.js' in TypeScript sources names config.ts.
func moduleCandidates(base string) []string {
	var out []string
	ext := filepath.Ext(base)
	switch ext {
	case ".js", ".mjs", ".cjs", ".jsx":
		out = append(out, base)
		stem := strings.TrimSuffix(base, ext)
		out = append(out, stem+strings.Replace(ext, "js", "ts", 1))
		if ext == ".js" {
			out = append(out, stem+".tsx")
		}
		return out
	case ".ts", ".mts", ".cts", ".tsx":
		return append(out, base)
	}
	for _, e := range []string{".js", ".ts", ".mjs", ".cjs", ".tsx", ".jsx"} {
		out = append(out, base+e)
	}
	for _, e := range []string{".js", ".ts"} {
		out = append(out, filepath.Join(base, "index"+e))
	}
	return out
}

// importedValue resolves n, when it denotes a value exported by a relative
// module (an imported name, require('./m'), or a member of those), to the
// exported expression; nil otherwise.
func (f *File) importedValue(n *syntax.Node, depth int) *syntax.Node {
	if f = f.owner(n); depth > maxDepth {
		return nil
	}
	defer f.leave()
	if !f.enter() {
		return nil
	}
	b, ok := f.moduleRef(n, depth+1)
	if !ok || !isRelativeModule(b.module) {
		return nil
	}
	g := f.loadModule(b.module)
	if g == nil {
		return nil
	}
	return g.exported(b.path, depth+1)
}

// exported returns the expression the module exports under a dotted path
// ("" for module.exports or the default export). A name is looked for
// among the named exports first, then as a key of the default export.
func (f *File) exported(path string, depth int) *syntax.Node {
	name, rest, _ := strings.Cut(path, ".")
	var whole, named *syntax.Node
	for i := range f.Tree.Nodes {
		n := &f.Tree.Nodes[i]
		switch n.Kind {
		case "assignment_expression":
			switch p := f.memberPath(n.ChildByField("left")); {
			case p == "module.exports":
				whole = n.ChildByField("right")
			case name != "" && (p == "module.exports."+name || p == "exports."+name):
				named = n.ChildByField("right")
			}
		case "export_statement":
			if v := n.ChildByField("value"); v != nil {
				whole = v // export default expr
				continue
			}
			if name == "" {
				for _, c := range n.Children {
					if c.Kind == "default" {
						whole = n.ChildByField("declaration") // export default function () {}
					}
				}
				continue
			}
			if d := f.exportedDecl(n, name); d != nil {
				named = d
			}
		}
	}
	v := named
	if name == "" {
		v = whole
	} else if v == nil && whole != nil {
		v = f.get(f.object(whole), name).Value
	}
	if v == nil || rest == "" {
		return v
	}
	return f.get(f.object(v), rest).Value
}

// exportedDecl finds name in export const name = v, export function name
// () {} or export { local as name }.
func (f *File) exportedDecl(stmt *syntax.Node, name string) *syntax.Node {
	if d := stmt.ChildByField("declaration"); d != nil {
		if d.Kind == "function_declaration" || d.Kind == "generator_function_declaration" {
			if f.text(d.ChildByField("name")) == name {
				return d
			}
			return nil
		}
		for _, c := range d.Children {
			if c.Kind == "variable_declarator" && f.text(c.ChildByField("name")) == name {
				return c.ChildByField("value")
			}
		}
		return nil
	}
	clause := firstKind(stmt, "export_clause")
	if clause == nil || stmt.ChildByField("source") != nil {
		return nil
	}
	for _, spec := range clause.Children {
		if spec.Kind != "export_specifier" {
			continue
		}
		local, alias := spec.ChildByField("name"), spec.ChildByField("alias")
		if alias == nil {
			alias = local
		}
		if local != nil && f.text(alias) == name {
			if fn := f.localFunction(local, 0); fn != nil {
				return fn
			}
			return f.valueOfIdent(local, 0)
		}
	}
	return nil
}
