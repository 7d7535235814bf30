// Package analysis is the framework the JavaScript/TypeScript rules plug
// into, like go/analysis for the Go analyzers: a Rule (ID, tree-sitter
// query, check), the File a check runs on (a resolve.File, with the
// findings and app-level facts it collects), the App those facts are
// settled in once every file of it is seen, and Pending findings that
// wait for the app's facts.
package analysis

import (
	"slices"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// A Rule is one JavaScript/TypeScript rule.
type Rule struct {
	ID    string // the catalog's rule ID
	Query string // tree-sitter patterns selecting the candidate nodes, one per line
	Check func(f *File, m syntax.Match)
	// Finish adds the rule's app-level findings once every file of the
	// app is seen (csrf); nil for rules decided file by file.
	Finish func(a *App) []finding.Finding
}

// A File is one parsed file under analysis, with what the rules learned.
type File struct {
	*resolve.File
	App  *App
	Test bool // a test, spec, fixture or mock file: not production code

	memo map[any]any

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

// NewFile prepares a parsed tree for the rules, resolved in prog (nil: alone).
func NewFile(t *syntax.Tree, app *App, prog *resolve.Program) *File {
	if app == nil {
		app = &App{}
	}
	return &File{File: resolve.NewFile(t, app.Root, prog), App: app, Test: app.IsTest(t.Path), memo: map[any]any{}}
}

// Memo returns the value computed for key in this file, computing it once.
func (f *File) Memo(key any, compute func() any) any {
	if v, ok := f.memo[key]; ok {
		return v
	}
	v := compute()
	f.memo[key] = v
	return v
}

// Once reports whether key is seen for the first time in this file.
func (f *File) Once(key any) bool {
	if _, ok := f.memo[key]; ok {
		return false
	}
	f.memo[key] = true
	return true
}

// Report records a finding at n.
func (f *File) Report(rule string, n *syntax.Node, msg string, fixes ...finding.Fix) {
	f.ReportWhen(nil, rule, n, msg, fixes...)
}

// ReportWhen records a finding decided at the app level. A finding at a
// node of a loaded module is reported in that module, and collected with
// the findings of the file under analysis.
func (f *File) ReportWhen(when func(*App) bool, rule string, n *syntax.Node, msg string, fixes ...finding.Fix) {
	t := f.Owner(n).Tree
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

// Edit returns a fix edit of the file that holds the node at start.
func (f *File) Edit(at *syntax.Node, start, end int, text string) finding.Edit {
	return finding.Edit{File: f.Owner(at).Tree.Path, Start: start, End: end, New: text}
}

// Names returns the app's extra names (none for a file checked alone).
func (f *File) Names() *Names {
	if f.App == nil {
		return &Names{}
	}
	return &f.App.Names
}

// Shared patterns, one line each: rules share them, and the engine runs
// each distinct pattern once per file. Single-node patterns are the
// cheapest for tree-sitter's query engine; the checks look at the shape
// in Go.
const (
	CallQuery   = `(call_expression) @call` // calls with an argument list
	AssignQuery = `(assignment_expression) @assign`
	DeclQuery   = `(variable_declarator) @decl`
	FnQuery     = `[(function_declaration) (method_definition)] @fn`
	PairQuery   = `(pair) @pair`
	NewQuery    = `(new_expression) @new`
)

// Wrap makes a File of a module loaded while resolving (an app's own
// function in another file), for rules that summarise what it does; its
// findings are the caller's to keep or drop.
func Wrap(g *resolve.File, app *App) *File {
	return &File{File: g, App: app, Test: app.IsTest(g.Tree.Path), memo: map[any]any{}}
}
