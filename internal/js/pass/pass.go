// Package pass runs sessionlint's JavaScript/TypeScript analysis: it finds
// the files (package discover), parses them on a pool of workers with one
// tree-sitter parser each (package engine, queries compiled once), runs the
// rules (package rules) file by file, settles app-level facts once every
// file of an app is seen, and applies ignore directives (package ignore).
//
// Memory does not grow with the number of files: a worker drops each
// syntax tree as soon as the file's rules have run, keeping only findings,
// directives and a few facts.
package pass

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/discover"
	"github.com/sessionlint/sessionlint/internal/js/engine"
	"github.com/sessionlint/sessionlint/internal/js/ignore"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/rules"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/readlog"
	"github.com/sessionlint/sessionlint/internal/testcode"
)

// Options configure Run.
type Options struct {
	// Enabled selects rules by ID; nil runs them all.
	Enabled func(id string) bool
	// Workers is the number of parsing workers; 0 means GOMAXPROCS.
	Workers int
	// Names are the project's extra names, which the rules add to their own.
	Names analysis.Names
	// MaxFileSize is the largest file analysed; 0 means discover.MaxSize.
	MaxFileSize int64
	// Exclude, if set, reports whether a file or folder (absolute path) is
	// excluded: its files are still read for what they tell about their
	// app (routes, middleware, values other files import), but nothing is
	// reported in them, and Result.Excluded counts them apart.
	Exclude func(path string) bool
	// IncludeTests makes the rules treat tests, fixtures and mocks as
	// production code.
	IncludeTests bool
}

// Result is what the pass found.
type Result struct {
	Findings []finding.Finding // absolute paths, severities set
	Problems []finding.Problem
	Analysed int
	// Partial lists the analysed files the rules saw only in part (syntax
	// errors, expressions nested too deep to follow), and why; Analysed
	// counts them too.
	Partial []finding.Problem
	// Excluded counts the files read only for app-level facts (see
	// Options.Exclude); Analysed does not count them.
	Excluded int
	Skipped  map[string]int
}

var (
	queriesOnce sync.Once
	queries     *engine.Queries
	queriesErr  error
	byQuery     = rules.QueryRules()
)

// Queries returns the rules' queries, compiled once per process.
func Queries() (*engine.Queries, error) {
	queriesOnce.Do(func() {
		queries, queriesErr = engine.NewQueries(rules.Queries())
	})
	return queries, queriesErr
}

// fileResult is what a worker keeps of one file.
type fileResult struct {
	path       string
	app        string
	pending    []analysis.Pending
	facts      analysis.Facts
	directives []ignore.Directive
	problem    *finding.Problem
	partial    string // why the rules saw the file only in part
	skipped    string
}

// Run analyses the JavaScript and TypeScript files under patterns.
func Run(ctx context.Context, patterns []string, opts Options) Result {
	found := discover.FindWith(patterns, discover.Options{MaxSize: opts.MaxFileSize})
	excluded := func(path string) bool { return opts.Exclude != nil && opts.Exclude(path) }
	res := Result{Skipped: found.Skipped, Problems: found.Unreadable}
	if len(found.Files) == 0 {
		return res
	}
	q, err := Queries()
	if err != nil {
		// Without cgo, or with a broken query: say so once, and the Go
		// pass still runs.
		res.Problems = append(res.Problems, finding.Problem{Path: found.Files[0].App,
			Message: fmt.Sprintf("%v; skipped %d JavaScript/TypeScript file(s)", err, len(found.Files))})
		return res
	}
	apps := map[string]*analysis.App{}
	var roots []string // the apps' folders, in a fixed order
	for _, f := range found.Files {
		if apps[f.App] == nil {
			apps[f.App] = analysis.NewApp(f.App)
			apps[f.App].Names = opts.Names
			apps[f.App].IncludeTests = opts.IncludeTests
			roots = append(roots, f.App)
		}
	}
	slices.Sort(roots)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(found.Files))

	jobs := make(chan discover.File)
	results := make(chan fileResult, workers)
	var wg sync.WaitGroup
	var startErr error
	var startOnce sync.Once
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := engine.NewParser(q)
			if err != nil {
				startOnce.Do(func() { startErr = err })
				for range jobs {
				}
				return
			}
			defer p.Close()
			prog := resolve.NewProgram(moduleLoader(p))
			prog.AddPackages(roots)
			for f := range jobs {
				results <- analyse(p, prog, f, apps[f.App], opts.Enabled)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, f := range found.Files {
			select {
			case jobs <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	pendingByApp := map[string][]analysis.Pending{}
	directives := map[string][]ignore.Directive{}
	for r := range results {
		quiet := excluded(r.path)
		switch {
		case quiet && (r.problem != nil || r.skipped != ""):
			continue
		case r.problem != nil && !opts.IncludeTests && isTestFile(r.app, r.path):
			continue // a test left out anyway: what it holds does not matter
		case r.problem != nil:
			res.Problems = append(res.Problems, *r.problem)
			continue
		case r.skipped != "":
			res.Skipped[r.skipped]++
			continue
		case quiet:
			res.Excluded++
		default:
			res.Analysed++
		}
		if r.partial != "" && !quiet {
			res.Partial = append(res.Partial, finding.Problem{Path: r.path, Message: r.partial})
		}
		apps[r.app].Add(r.facts)
		pendingByApp[r.app] = append(pendingByApp[r.app], r.pending...)
		if len(r.directives) > 0 {
			directives[r.path] = r.directives
		}
	}
	if startErr != nil {
		res.Problems = append(res.Problems, finding.Problem{Path: found.Files[0].Path, Message: startErr.Error()})
	}
	// Workers finish in any order; reports list files in path order.
	byPath := func(a, b finding.Problem) int { return strings.Compare(a.Path, b.Path) }
	slices.SortStableFunc(res.Problems, byPath)
	slices.SortFunc(res.Partial, byPath)

	var fs []finding.Finding
	for _, root := range roots {
		fs = append(fs, rules.Finish(apps[root], pendingByApp[root], opts.Enabled)...)
	}
	fs = settle(fs, directives)
	res.Findings = slices.DeleteFunc(fs, func(f finding.Finding) bool { return excluded(f.File) })
	return res
}

// isTestFile reports whether path is a test, fixture or mock of the app
// rooted at app.
func isTestFile(app, path string) bool {
	rel, err := filepath.Rel(app, path)
	return err == nil && testcode.IsTestPath(rel)
}

// settle applies each file's ignore directives to the findings in it, adds
// the reports of malformed directives, sets severities and sorts: the end
// of a run over files and of a check of one buffer.
func settle(fs []finding.Finding, directives map[string][]ignore.Directive) []finding.Finding {
	// One finding per rule and place: a config module's literal reached
	// from two files is one weakness.
	seen := map[string]bool{}
	fs = slices.DeleteFunc(fs, func(f finding.Finding) bool {
		k := fmt.Sprintf("%s\x00%s\x00%d\x00%d", f.Rule, f.File, f.Line, f.Column)
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
	for i := range fs {
		ignore.Apply(fs[i:i+1], directives[fs[i].File])
	}
	for _, p := range slices.Sorted(maps.Keys(directives)) {
		fs = append(fs, ignore.Malformed(p, directives[p], catalog.Known, catalog.Rules[0].ID)...)
	}
	for i := range fs {
		if r, ok := catalog.Lookup(fs[i].Rule); ok {
			fs[i].Severity = string(r.Severity)
		}
	}
	finding.Sort(fs)
	return fs
}

// analyse parses and checks one file. A panic in a rule is turned into a
// problem for that file, so one bad file cannot stop the run.
func analyse(p engine.Parser, prog *resolve.Program, f discover.File, app *analysis.App, enabled func(string) bool) (r fileResult) {
	r = fileResult{path: f.Path, app: f.App}
	defer func() {
		if e := recover(); e != nil {
			r = fileResult{path: f.Path, app: f.App, problem: &finding.Problem{Path: f.Path,
				Message: fmt.Sprintf("internal error analysing JavaScript/TypeScript (please report): %v\n%s", e, debug.Stack())}}
		}
	}()
	src, err := readlog.ReadFile(f.Path)
	if err != nil {
		r.problem = &finding.Problem{Path: f.Path, Message: err.Error()}
		return r
	}
	if bytes.IndexByte(src, 0) >= 0 {
		r.problem = &finding.Problem{Path: f.Path, Message: "binary content, not JavaScript/TypeScript text"}
		return r
	}
	lang := f.Lang
	if syntax.IsSFC(f.Path) {
		src, lang = syntax.SFCScript(src)
	}
	if discover.Minified(src) {
		r.skipped = discover.SkipMinified
		return r
	}
	if !rules.Relevant(src) {
		return r
	}
	var tree *syntax.Tree
	r.pending, r.facts, r.directives, tree, err = check(p, prog, f.Path, lang, src, app, enabled)
	if err != nil {
		r.problem = &finding.Problem{Path: f.Path, Message: err.Error()}
		return r
	}
	r.partial = seenInPart(tree)
	return r
}

// seenInPart says why the rules saw a tree only in part ("" if they saw
// all of it): the parser recovered from syntax errors, or wrappers are
// nested deeper than the rules look through.
func seenInPart(t *syntax.Tree) string {
	at := func(n *syntax.Node) string {
		line, col := t.Position(n.Start)
		return fmt.Sprintf("%d:%d", line, col)
	}
	var why []string
	if t.HasErrors() {
		if n := t.FirstError(); n != nil {
			why = append(why, "syntax error at "+at(n)+"; the rest of the file was analysed")
		} else {
			why = append(why, "syntax errors; the rest of the file was analysed")
		}
	}
	if n := t.TooDeep(); n != nil {
		why = append(why, fmt.Sprintf("expression nested in more than %d parentheses or type assertions at %s; findings inside it may be missed", syntax.MaxUnwrap, at(n)))
	}
	return strings.Join(why, "; ")
}

// Check parses one source and runs the rules on it: the per-file part of
// the pass, used by the tests and the fuzz target. A file in which no
// rule could find anything (rules.Relevant) is not parsed.
func Check(p engine.Parser, path string, lang syntax.Lang, src []byte, app *analysis.App, enabled func(string) bool) ([]analysis.Pending, analysis.Facts, []ignore.Directive, error) {
	if !rules.Relevant(src) {
		return nil, analysis.Facts{}, nil, nil
	}
	return CheckAll(p, path, lang, src, app, enabled)
}

// CheckAll is Check without the relevance test: it always parses.
func CheckAll(p engine.Parser, path string, lang syntax.Lang, src []byte, app *analysis.App, enabled func(string) bool) ([]analysis.Pending, analysis.Facts, []ignore.Directive, error) {
	pending, facts, directives, _, err := check(p, resolve.NewProgram(moduleLoader(p)), path, lang, src, app, enabled)
	return pending, facts, directives, err
}

// check parses one source and runs the rules on it, resolving values in
// the worker's module graph; it also returns the tree, whose nodes the
// rules no longer use.
func check(p engine.Parser, prog *resolve.Program, path string, lang syntax.Lang, src []byte, app *analysis.App, enabled func(string) bool) ([]analysis.Pending, analysis.Facts, []ignore.Directive, *syntax.Tree, error) {
	tree, err := p.Parse(path, lang, src)
	if err != nil {
		return nil, analysis.Facts{}, nil, nil, err
	}
	if app == nil {
		app = &analysis.App{}
	}
	prog.Begin()
	file := analysis.NewFile(tree, app, prog)
	defer prog.End(file.File)
	rules.Run(file, byQuery, enabled)
	return file.Findings, file.Facts, ignore.Parse(tree), tree, nil
}

// moduleLoader parses the app's modules that values come from, with the
// worker's parser (its previous tree is already copied out), under the
// same limits as the files of the run.
func moduleLoader(p engine.Parser) resolve.Loader {
	return func(path string) *syntax.Tree {
		lang, ok := syntax.LangOf(path)
		if !ok && !syntax.IsSFC(path) {
			return nil
		}
		info, err := readlog.Stat(path)
		if err != nil || !info.Mode().IsRegular() || info.Size() > discover.MaxSize {
			return nil
		}
		src, err := readlog.ReadFile(path)
		if err != nil || discover.Minified(src) {
			return nil
		}
		if syntax.IsSFC(path) {
			src, lang = syntax.SFCScript(src)
		}
		tree, err := p.Parse(path, lang, src)
		if err != nil {
			return nil
		}
		return tree
	}
}
