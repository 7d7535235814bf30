package resolve

import (
	"path/filepath"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/readlog"
)

// Real apps keep session options, secrets and helpers in their own modules
// (config/session.js, export const sessionOptions = {...}, @/lib/auth,
// #config/config.js, a workspace package). When a value comes from one,
// the resolver reads it where it is defined: the module is parsed on
// demand and its nodes are resolved by the File that owns them, so that
// scopes, imports and positions stay right.

// A Loader parses the file at path, or returns nil when it cannot or
// should not (missing, too large, not JavaScript/TypeScript).
type Loader func(path string) *syntax.Tree

// A Program is the module graph one worker resolves in: the modules
// parsed so far (a bounded cache, so that memory stays flat however many
// files the app has), what it knows of each app's aliases, and the limits
// of the resolution in progress.
type Program struct {
	Load Loader

	files  map[string]*File       // by path; nil: missing, or being loaded
	byRoot map[*syntax.Node]*File // every File by its tree's root node
	order  []string               // cached paths, oldest first
	nodes  int                    // nodes held by the cache
	apps   map[string]*aliases    // by app root
	// schemas are nested config schemas met (convict), by node: their
	// leaves' defaults sit under the given key.
	schemas map[*syntax.Node]string
	parsed  int // modules parsed for the current file
	nest    int // resolvers in progress
	steps   int // resolution steps for the current file
	local   int // > 0: do not load modules
	// siblings are the packages of the analysed tree by name: an app
	// that depends on one (twikoo-func, published and also in the repo)
	// reads its source here, as a workspace package.
	siblings map[string]string
}

// AddPackages makes the packages at these folders (each with a
// package.json naming it) resolvable by name from every app of the tree.
func (p *Program) AddPackages(dirs []string) {
	if p.siblings == nil {
		p.siblings = map[string]string{}
	}
	for _, d := range dirs {
		if name := packageName(d); name != "" {
			if _, dup := p.siblings[name]; !dup {
				p.siblings[name] = d
			}
		}
	}
}

// Limits of the module graph.
const (
	maxLoadDepth  = 6       // chains of imports followed
	maxParsed     = 32      // modules parsed for one analysed file
	maxCacheNodes = 400_000 // syntax nodes kept in the cache
	maxNest       = 256     // resolvers calling one another
	maxSteps      = 400_000 // resolution steps for one analysed file
)

// NewProgram returns a module graph that parses modules with load.
func NewProgram(load Loader) *Program {
	return &Program{Load: load, files: map[string]*File{}, byRoot: map[*syntax.Node]*File{}, apps: map[string]*aliases{},
		schemas: map[*syntax.Node]string{}}
}

func (p *Program) register(f *File) { p.byRoot[f.Tree.Root] = f }

// Begin starts the analysis of one file: its budget of modules to parse
// is renewed and the cache trimmed to its bound.
func (p *Program) Begin() {
	if p == nil {
		return
	}
	p.parsed, p.nest, p.local, p.steps = 0, 0, 0, 0
	for p.nodes > maxCacheNodes && len(p.order) > 0 {
		path := p.order[0]
		p.order = p.order[1:]
		if g := p.files[path]; g != nil {
			p.nodes -= len(g.Tree.Nodes)
			delete(p.byRoot, g.Tree.Root)
			clear(p.schemas)
		}
		delete(p.files, path)
	}
}

// End forgets an analysed file that is not a cached module.
func (p *Program) End(f *File) {
	if p == nil || f == nil || f.Tree.Root == nil {
		return
	}
	if g := p.files[f.Tree.Path]; g != f {
		delete(p.byRoot, f.Tree.Root)
	}
}

// Owner returns the File whose tree holds n: f itself, or a module loaded
// while resolving one of f's values.
func (f *File) Owner(n *syntax.Node) *File {
	if n == nil || f.holds(n) || f.Prog == nil {
		return f
	}
	r := n
	for r.Parent != nil {
		r = r.Parent
	}
	if g := f.Prog.byRoot[r]; g != nil {
		return g
	}
	return f
}

func (f *File) holds(n *syntax.Node) bool {
	return n.Index >= 0 && n.Index < len(f.Tree.Nodes) && &f.Tree.Nodes[n.Index] == n
}

// LocalOnly keeps resolution inside the file until restore is called: for
// rules that resolve values at every call of a common method, where
// parsing imported modules costs more than it finds. Use as
// defer f.LocalOnly()().
func (f *File) LocalOnly() (restore func()) {
	if f.Prog == nil {
		return func() {}
	}
	f.Prog.local++
	return func() { f.Prog.local-- }
}

// enter records one more level of resolution in progress; it reports false
// when the limit is reached, and the caller gives up as "unknown". Every
// enter is paired with a leave.
func (f *File) enter() bool {
	if f.Prog == nil {
		return true
	}
	f.Prog.nest++
	f.Prog.steps++
	// A bound on the work for one file as well as on the depth: code
	// that reassigns and re-merges one object many times would otherwise
	// make resolution grow exponentially; past it, everything is unknown.
	return f.Prog.nest <= maxNest && f.Prog.steps <= maxSteps
}

func (f *File) leave() {
	if f.Prog != nil {
		f.Prog.nest--
	}
}

// Module returns the File of a module f imports (a relative path, an
// alias, a workspace package or an absolute path), parsed once per worker;
// nil when it is a dependency, cannot be found or the limits are reached.
// LoadModule is Module even while resolution is kept local (LocalOnly):
// for rare questions that need the module itself, such as the body of a
// model method an app calls before saving.
func (f *File) LoadModule(spec string) *File {
	if f.Prog != nil && f.Prog.local > 0 {
		saved := f.Prog.local
		f.Prog.local = 0
		defer func() { f.Prog.local = saved }()
	}
	return f.Module(spec)
}

func (f *File) Module(spec string) *File {
	p := f.Prog
	if p == nil || p.Load == nil || f.depth >= maxLoadDepth {
		return nil
	}
	for _, path := range f.candidates(spec) {
		if g, ok := p.files[path]; ok {
			if g != nil {
				return g // parsed already: cheap even when resolving locally
			}
			continue
		}
		if path == f.Tree.Path || p.parsed >= maxParsed || p.local > 0 {
			continue
		}
		if info, err := readlog.Stat(path); err != nil || info.IsDir() {
			continue
		}
		p.files[path] = nil // a cycle back to path finds nothing
		p.parsed++
		var t *syntax.Tree
		if isData(path) {
			t = loadData(path)
		} else {
			t = p.Load(path)
		}
		if t == nil || t.Root == nil {
			continue
		}
		g := NewFile(t, f.Root, p)
		g.depth = f.depth + 1
		p.files[path] = g
		p.order = append(p.order, path)
		p.nodes += len(t.Nodes)
		return g
	}
	return nil
}

// ModuleFileOf returns the file of the app's own module that n denotes,
// require('./routes/signin') or a name imported from one, without parsing
// it; "" for anything else.
func (f *File) ModuleFileOf(n *syntax.Node) string {
	n = syntax.Unwrap(n)
	if n == nil {
		return ""
	}
	var spec string
	switch n.Kind {
	case "call_expression":
		spec, _ = f.requireCall(n)
	case "identifier":
		if ref, ok := f.imports[f.Text(n)]; ok && ref.Path == "" {
			spec = ref.Module
		}
	}
	if spec == "" || !f.isLocal(spec) {
		return ""
	}
	for _, path := range f.candidates(spec) {
		if f.Prog != nil && f.Prog.files[path] != nil {
			return path
		}
		if info, err := readlog.Stat(path); err == nil && !info.IsDir() {
			return path
		}
	}
	return ""
}

// candidates lists the files a module specifier may name.
func (f *File) candidates(spec string) []string {
	var bases []string
	switch {
	case strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || spec == "." || spec == "..":
		bases = append(bases, filepath.Join(filepath.Dir(f.Tree.Path), filepath.FromSlash(spec)))
	case filepath.IsAbs(spec):
		bases = append(bases, spec)
	default:
		if f.Prog != nil {
			bases = f.Prog.aliasesOf(f.Root).resolve(spec)
		}
	}
	var out []string
	for _, b := range bases {
		out = append(out, fileCandidates(b)...)
	}
	return out
}

// fileCandidates lists the files Node and TypeScript try for a path: as
// written, with an extension, as a folder's index file; './config.js' in
// TypeScript sources names config.ts.
func fileCandidates(base string) []string {
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
	case ".ts", ".mts", ".cts", ".tsx", ".json", ".yaml", ".yml":
		return append(out, base)
	}
	if ext != "" {
		out = append(out, base) // a file named exactly (.env.example)
	}
	for _, e := range []string{".js", ".ts", ".mjs", ".cjs", ".tsx", ".jsx", ".json"} {
		out = append(out, base+e)
	}
	for _, e := range []string{".js", ".ts", ".tsx", ".mjs"} {
		out = append(out, filepath.Join(base, "index"+e))
	}
	// A config module the app requires but does not ship, copied from a
	// committed template (config.js from config.default.js).
	for _, s := range jslib.TemplateSuffixes {
		for _, e := range []string{".js", ".ts"} {
			out = append(out, base+s+e)
		}
	}
	return out
}

// isLocal reports whether a module specifier names one of the app's own
// modules rather than a dependency.
func (f *File) isLocal(spec string) bool {
	if strings.HasPrefix(spec, ".") || filepath.IsAbs(spec) {
		return true
	}
	return f.Prog != nil && len(f.Prog.aliasesOf(f.Root).resolve(spec)) > 0
}

// importedValue resolves n, when it denotes a value exported by one of the
// app's modules (an imported name, require('./m'), or a member of those),
// to the exported expression; nil otherwise.
func (f *File) importedValue(n *syntax.Node, depth int) *syntax.Node {
	var v *syntax.Node
	f.withImport(n, depth, func(g *File, path string) { v = g.exported(path, depth+1) })
	return v
}

// withImport calls do with the app's module n is imported from and the
// path within its exports, when n denotes one.
func (f *File) withImport(n *syntax.Node, depth int, do func(g *File, path string)) {
	if f = f.Owner(n); depth > MaxDepth {
		return
	}
	defer f.leave()
	if !f.enter() {
		return
	}
	b, ok := f.ref(n, depth+1)
	if !ok || !f.isLocal(b.Module) {
		return
	}
	if g := f.Module(b.Module); g != nil {
		do(g, b.Path)
	}
}

// importedSub returns the nested object a deep merge made at a member of
// a value the app's module exports (config.admin.cookie where config is
// _.merge(base, production)), or nil: it has no expression of its own.
func (f *File) importedSub(n *syntax.Node, depth int) *Obj {
	var sub *Obj
	f.withImport(n, depth, func(g *File, path string) {
		if path == "" {
			return
		}
		for _, e := range g.exports {
			if e.Kind == "assignment_expression" && g.MemberPath(e.ChildByField("left")) == "module.exports" {
				if l := g.Get(g.Object(e.ChildByField("right")), path); l.Found && l.Prop != nil {
					sub = l.Prop.Sub
				}
				return
			}
		}
	})
	return sub
}

// Exported returns the expression a module exports under a dotted path
// ("" for module.exports or the default export).
func (f *File) Exported(path string) *syntax.Node { return f.exported(path, 0) }

// exported finds a name among the named exports first, then as a key of
// the default export; re-exports (export * from, export { a } from) are
// followed.
func (f *File) exported(path string, depth int) *syntax.Node {
	if depth > MaxDepth {
		return nil
	}
	name, rest, _ := strings.Cut(path, ".")
	var whole, named *syntax.Node
	var stars []string
	if f.Tree.Lang == syntax.Data {
		// A configuration file: its top-level value.
		if v := FirstNamed(f.Tree.Root); v != nil {
			if path == "" {
				return v
			}
			return f.Get(f.Object(v), path).Value
		}
		return nil
	}
	for _, n := range f.exports {
		switch n.Kind {
		case "assignment_expression":
			switch p := f.MemberPath(n.ChildByField("left")); {
			case p == "module.exports" || p == "exports.default" && name == "":
				whole = n.ChildByField("right")
			case name != "" && (p == "module.exports."+name || p == "exports."+name):
				named = n.ChildByField("right")
			}
		case "export_statement":
			if v := n.ChildByField("value"); v != nil {
				whole = v // export default expr
				continue
			}
			src := n.ChildByField("source")
			if src != nil {
				spec, _ := f.literal(src)
				if FirstKind(n, "export_clause") == nil {
					stars = append(stars, spec) // export * from './x'
					continue
				}
				if v := f.reexport(n, name, spec, depth); v != nil {
					named = v
				}
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
		if w := syntax.Unwrap(whole); w != nil && w.Kind == "call_expression" && f.Text(w.ChildByField("function")) == "require" {
			// module.exports = require('./other')
			if spec, ok := f.requireSource(w); ok && f.isLocal(spec) {
				if g := f.Module(spec); g != nil {
					return g.exported(path, depth+1)
				}
			}
		}
		obj := f.Object(whole)
		if rest != "" {
			// The whole path at once: a deep merge's nested object
			// (Prop.Sub) has no single expression of its own.
			if l := f.Get(obj, path); l.Found {
				return l.Value
			}
		}
		v = f.Get(obj, name).Value
	}
	if v == nil && name != "" {
		for _, spec := range stars {
			if g := f.Module(spec); g != nil {
				if x := g.exported(name, depth+1); x != nil {
					v = x
					break
				}
			}
		}
	}
	if v == nil || rest == "" {
		return v
	}
	g := f.Owner(v)
	// exports.User = require('./user'): the rest of the path is that
	// module's export (it may have no module.exports object).
	if m := g.requiredModule(v, depth); m != nil {
		return m.exported(rest, depth+1)
	}
	return g.Get(g.Object(v), rest).Value
}

// requiredModule returns the module an expression requires (require('./x'),
// or a name bound to it), or nil.
func (f *File) requiredModule(v *syntax.Node, depth int) *File {
	v = syntax.Unwrap(v)
	for i := 0; v != nil && i < 3 && (v.Kind == "identifier" || v.Kind == "shorthand_property_identifier"); i++ {
		if b, ok := f.imports[f.Text(v)]; ok && b.Path == "" && f.isLocal(b.Module) {
			return f.Module(b.Module)
		}
		v = f.identValue(v, depth+1)
	}
	if v == nil || v.Kind != "call_expression" {
		return nil
	}
	if spec, ok := f.requireCall(v); ok && f.isLocal(spec) {
		return f.Module(spec)
	}
	return nil
}

// reexport resolves export { a as name } from './x'.
func (f *File) reexport(stmt *syntax.Node, name, spec string, depth int) *syntax.Node {
	for _, s := range FirstKind(stmt, "export_clause").Children {
		if s.Kind != "export_specifier" {
			continue
		}
		local, alias := s.ChildByField("name"), s.ChildByField("alias")
		if alias == nil {
			alias = local
		}
		if local == nil || f.Text(alias) != name {
			continue
		}
		if g := f.Module(spec); g != nil {
			inner := f.Text(local)
			if inner == "default" {
				inner = ""
			}
			return g.exported(inner, depth+1)
		}
	}
	return nil
}

// exportedDecl finds name in export const name = v, export function name
// () {}, export class name {} or export { local as name }.
func (f *File) exportedDecl(stmt *syntax.Node, name string) *syntax.Node {
	if d := stmt.ChildByField("declaration"); d != nil {
		switch d.Kind {
		case "function_declaration", "generator_function_declaration", "class_declaration", "abstract_class_declaration":
			if f.Text(d.ChildByField("name")) == name {
				return d
			}
			return nil
		}
		for _, c := range d.Children {
			if c.Kind == "variable_declarator" && f.Text(c.ChildByField("name")) == name {
				return c.ChildByField("value")
			}
		}
		return nil
	}
	clause := FirstKind(stmt, "export_clause")
	if clause == nil {
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
		if local != nil && f.Text(alias) == name {
			if fn := f.LocalFunction(local); fn != nil {
				return fn
			}
			if d := f.declOf(local); d != nil && d.Kind == "class_declaration" {
				return d
			}
			return f.identValue(local, 0)
		}
	}
	return nil
}

// computedModule evaluates require(path.join(process.cwd(), 'config/env/',
// process.env.NODE_ENV)) and require('./env/' + process.env.NODE_ENV) to a
// path, taking the production environment.
func (f *File) computedModule(n *syntax.Node) (string, bool) {
	n = syntax.Unwrap(n)
	if n == nil {
		return "", false
	}
	switch n.Kind {
	case "binary_expression":
		if f.Text(n.ChildByField("operator")) != "+" {
			return "", false
		}
		l, ok1 := f.pathPart(n.ChildByField("left"))
		r, ok2 := f.pathPart(n.ChildByField("right"))
		if ok1 && ok2 {
			return l + r, true
		}
	case "template_string":
		var b strings.Builder
		for _, c := range n.Children {
			switch c.Kind {
			case "string_fragment":
				b.WriteString(f.Text(c))
			case "template_substitution":
				s, ok := f.pathPart(FirstNamed(c))
				if !ok {
					return "", false
				}
				b.WriteString(s)
			}
		}
		return b.String(), true
	case "call_expression":
		fn := f.Text(n.ChildByField("function"))
		if fn != "path.join" && fn != "path.resolve" && fn != "join" && fn != "resolve" {
			return "", false
		}
		var parts []string
		for _, a := range Args(n) {
			s, ok := f.pathPart(a)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		p := filepath.Join(parts...)
		if !filepath.IsAbs(p) && fn != "path.resolve" && fn != "resolve" && !strings.HasPrefix(p, ".") {
			p = "./" + p
		}
		if !filepath.IsAbs(p) && (fn == "path.resolve" || fn == "resolve") {
			p = filepath.Join(f.Root, p)
		}
		return p, true
	}
	return "", false
}

// pathPart evaluates one part of a computed module path.
func (f *File) pathPart(n *syntax.Node) (string, bool) {
	n = syntax.Unwrap(n)
	if n == nil {
		return "", false
	}
	if s, ok := f.literal(n); ok {
		return s, true
	}
	switch t := f.Text(n); {
	case t == "process.cwd()":
		return f.Root, true
	case t == "__dirname":
		return filepath.Dir(f.Tree.Path), true
	case t == "process.env.NODE_ENV":
		return jslib.ProductionEnv, true
	}
	return f.computedModule(n)
}
