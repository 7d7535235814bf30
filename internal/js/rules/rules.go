// Package rules holds sessionlint's JavaScript/TypeScript rules and the
// resolution helpers they share (imports, constant values, options
// objects). It is pure Go: the engine package parses files and runs each
// rule's tree-sitter query; a rule's Check sees the matches on a
// syntax.Tree and does what queries cannot (resolve aliases, follow values,
// know library defaults).
//
// One rule is one file: its ID (the registry's), its query, its check.
// Facts that only the whole app can decide (a CSRF middleware in another
// file, the passport version in package.json, a Mongoose save hook) are
// collected per file and settled by Finish.
package rules

import (
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// A Rule is one JavaScript/TypeScript rule.
type Rule struct {
	ID    string // the registry's rule ID
	Query string // tree-sitter query selecting the candidate nodes
	Check func(f *File, m syntax.Match)
}

// All is the JavaScript/TypeScript rule set, in the registry's order.
var All = []*Rule{
	PredictableID,
	CookieFlags,
	NoExpiry,
	Fixation,
	PlainPassword,
	MemStore,
	HardcodedSecret,
	SessionInURL,
	Logout,
	SensitiveData,
	ClientStorage,
	CSRF,
}

// A rule's Query holds one tree-sitter pattern per line. Rules share
// patterns (most start from the same calls and assignments), and the
// engine runs each distinct pattern once per file, so Queries returns the
// distinct patterns and QueryRules the rules using each.
func patterns(r *Rule) []string {
	var out []string
	for _, l := range strings.Split(r.Query, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Queries returns the distinct patterns of the rules' queries.
func Queries() []string {
	var qs []string
	for _, r := range All {
		for _, p := range patterns(r) {
			if !slices.Contains(qs, p) {
				qs = append(qs, p)
			}
		}
	}
	return qs
}

// QueryRules returns, for each index of Queries(), the rules using it.
func QueryRules() [][]*Rule {
	qs := Queries()
	out := make([][]*Rule, len(qs))
	for _, r := range All {
		for _, p := range patterns(r) {
			i := slices.Index(qs, p)
			if !slices.Contains(out[i], r) {
				out[i] = append(out[i], r)
			}
		}
	}
	return out
}

// Shared patterns, one line each.
const (
	// callQuery selects calls with an argument list (not tagged templates).
	// Single-node patterns are the cheapest for tree-sitter's query engine;
	// the checks look at the shape in Go.
	callQuery = `(call_expression) @call`
	// assignQuery selects assignments.
	assignQuery = `(assignment_expression) @assign`
	// declQuery selects variable declarators.
	declQuery = `(variable_declarator) @decl`
	// fnQuery selects named function declarations and methods.
	fnQuery = `[(function_declaration) (method_definition)] @fn`
)

// A File is one parsed file under analysis, with what the rules learned.
type File struct {
	Tree *syntax.Tree
	App  *App
	Test bool // a test, spec or fixture file: not production code

	imports      map[string]binding
	modules      map[string]bool // modules imported or required
	decls        map[string][]*syntax.Node
	assigns      map[string][]*syntax.Node // plain reassignments of a name
	memberWrites map[string][]*syntax.Node // writes name.x... = v
	sessions     map[*syntax.Node]*sessionUse
	csrfScanned  bool
	hookScanned  bool

	// Load parses local modules for values imported from them (nil: the
	// file is analysed alone). Modules loaded while resolving are kept in
	// loaded; parent and depth link them to the file under analysis.
	Load   Loader
	loaded map[string]*File
	parent *File
	depth  int
	nest   int // resolvers in progress (root file only)
	// localOnly > 0: do not load modules (root file only).
	localOnly int

	// Results.
	Findings []Pending
	Facts    Facts
}

// A Pending finding is reported unless its condition, decided with the
// whole app known, says otherwise (nil: always reported).
type Pending struct {
	Finding finding.Finding
	When    func(*App) bool
}

// NewFile prepares a parsed tree for the rules.
func NewFile(t *syntax.Tree, app *App) *File {
	f := &File{
		Tree: t, App: app, Test: app.IsTest(t.Path),
		modules:      map[string]bool{},
		memberWrites: map[string][]*syntax.Node{},
		sessions:     map[*syntax.Node]*sessionUse{},
	}
	f.collectImports()
	return f
}

// Run runs every rule whose query matched, in document order.
func (f *File) Run(byQuery [][]*Rule, enabled func(id string) bool) {
	if f.Tree.Root == nil {
		return
	}
	// Which session libraries the app uses, whatever rules are enabled:
	// fixation depends on it.
	for _, m := range f.Tree.Matches {
		if call := m.Capture("call"); call != nil {
			if u := f.sessionUse(call); u != nil {
				switch u.lib {
				case libExpressSession:
					f.Facts.ServerSessions = true
				case libFastifySession:
					f.Facts.ServerSessions, f.Facts.FastifySession = true, true
				case libKoaSession:
					// With an external store the cookie holds a session
					// key that can be planted like a session ID.
					if f.get(u.opts, "store").Found {
						f.Facts.KoaStoreSessions = true
					} else {
						f.Facts.CookieSessions = true
					}
				default:
					f.Facts.CookieSessions = true
				}
			}
		}
	}
	for _, m := range f.Tree.Matches {
		if m.Query < 0 || m.Query >= len(byQuery) {
			continue
		}
		for _, r := range byQuery[m.Query] {
			if enabled == nil || enabled(r.ID) {
				r.Check(f, m)
			}
		}
	}
}

func (f *File) text(n *syntax.Node) string { return f.owner(n).Tree.Text(n) }

// imported reports whether the file imports or requires any of mods.
func (f *File) imported(mods ...string) bool {
	for _, m := range mods {
		if f.modules[m] {
			return true
		}
	}
	return false
}

// report records a finding at n.
func (f *File) report(rule string, n *syntax.Node, msg string, fixes ...finding.Fix) {
	f.reportWhen(nil, rule, n, msg, fixes...)
}

// reportWhen records a finding decided at the app level.
// A finding at a node of a loaded module is reported in that module, and
// collected with the findings of the file under analysis.
func (f *File) reportWhen(when func(*App) bool, rule string, n *syntax.Node, msg string, fixes ...finding.Fix) {
	t := f.owner(n).Tree
	f = f.root()
	line, col := t.Position(n.Start)
	endLine, endCol := t.Position(n.End)
	fixes = slices.DeleteFunc(fixes, func(fix finding.Fix) bool {
		for _, e := range fix.Edits {
			if e.File != t.Path || e.Start < 0 || e.Start > e.End || e.End > len(t.Src) {
				return true
			}
		}
		return len(fix.Edits) == 0
	})
	for _, p := range f.Findings {
		if p.Finding.Rule == rule && p.Finding.File == t.Path && p.Finding.Line == line && p.Finding.Column == col {
			return // one finding per rule and place
		}
	}
	f.Findings = append(f.Findings, Pending{
		Finding: finding.Finding{
			Rule: rule, File: t.Path,
			Line: line, Column: col, EndLine: endLine, EndColumn: endCol,
			Message: msg, Fixes: fixes,
		},
		When: when,
	})
}

// edit returns a fix edit of this file.
func (f *File) edit(start, end int, text string) finding.Edit {
	return finding.Edit{File: f.Tree.Path, Start: start, End: end, New: text}
}

// Facts are what a file contributes to app-level decisions.
type Facts struct {
	Sessions       []SessionFact // session middleware set up in the file
	Routes         []Route       // state-changing routes
	CSRF           bool          // a CSRF defence is applied
	HashHook       bool          // an ORM save/create hook hashes passwords
	HashHookUpdate bool          // an ORM hook hashes passwords on update queries
	PlainModels    []string      // ORM models declared in a file with no hashing hook
	ServerSessions bool          // express-session / @fastify/session (server-side IDs)
	CookieSessions bool          // cookie-session / @fastify/secure-session (no server-side ID)
	FastifySession bool          // @fastify/session (whose regenerate returns a promise)
	// KoaStoreSessions: koa-session with an external store (server-side
	// sessions keyed by the cookie).
	KoaStoreSessions bool
}

// A SessionFact is one cookie-session middleware, for the csrf rule.
type SessionFact struct {
	Lib      string
	File     string
	Line     int
	Column   int
	Start    int
	End      int
	EndLine  int
	EndCol   int
	SameSite tri // yes: Lax/Strict set (or library default); no: absent/None; unknown
}

// A Route is a state-changing route registration.
type Route struct {
	Method string
	Path   string
	File   string
	Line   int
}
