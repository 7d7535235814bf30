// Package govet runs sessionlint's Go analyzers through `go vet -vettool`, so
// that the go command loads packages, type-checks dependencies from export
// data and caches results exactly as it does for go vet, and turns vet's
// JSON and error output into findings and problems.
package govet

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sessionlint/sessionlint/internal/finding"
)

// KeepSuppressedEnv, set to "1" in the vet tool's environment, keeps
// suppressed findings in its output (for SARIF). The tool's -V=full answer
// includes it, so go vet's result cache keeps the two modes apart.
const KeepSuppressedEnv = "SESSIONLINT_KEEP_SUPPRESSED"

// ReportMainEnv, set to "1" in the vet tool's environment, makes the vet
// tool report on every package of the main modules (those of a go.work
// included) it is run on, also when go vet runs it on one only for the
// facts its importers need. go vet's result cache does not tell these runs
// apart: a package vetted as a dependency first would later be replayed as
// a target with nothing reported, and one vetted as a target would be
// replayed with its findings where it is only a dependency. With every run
// reporting, the cache holds the same either way, and the driver keeps
// what its targets cover (Config.OnlyTargets). The tool's -V=full answer
// includes it, so that go vet's cache keeps the two modes apart.
const ReportMainEnv = "SESSIONLINT_REPORT_MAIN"

// Config says how to run go vet.
type Config struct {
	Tool           string // the vet tool executable (sessionlint itself)
	KeepSuppressed bool
	Stderr         io.Writer // where go vet's progress lines go, if anywhere
	// Flags are extra go vet flags for the vet tool's analyzers
	// (-RULE.FLAG=value); go vet forwards those the tool lists.
	Flags []string
	// OnlyTargets drops the diagnostics and analysed packages that lie
	// outside the unit's patterns (see Unit.covers), and has the vet tool
	// report on every package of the main modules (see ReportMainEnv).
	OnlyTargets bool
	// Tests says whether the analysis includes test files (sessionlint
	// -tests): then a test variant go vet could not analyse is a problem;
	// otherwise its errors concern code left out anyway.
	Tests bool
	// Parallel is how many units are vetted at once; 0 means GOMAXPROCS.
	Parallel int
	// Progress, if set, is told when a unit starts and ends and when go
	// vet reports a package of it analysed. It is called from several
	// goroutines, one at a time per unit.
	Progress func(Event)
	// Fallback, if set, analyses the packages go vet could not (missing
	// dependencies, type errors, generated packages not in the checkout)
	// from source, with the type information that can be had.
	Fallback Fallback
}

// A Fallback analyses packages go vet could not, from source.
type Fallback func(ctx context.Context, req FallbackRequest) FallbackResult

// FallbackRequest names the packages to analyse and how the go command
// loads the unit (the setup's flags: a go.mod copy, embed placeholders).
type FallbackRequest struct {
	Dir      string
	Env      []string
	Flags    []string
	Packages []string // import paths
}

// FallbackResult is what a fallback analysis produced.
type FallbackResult struct {
	Diagnostics []Diagnostic
	// Analysed maps each package it analysed to the first error that
	// limited its type information ("" for none: a complete analysis).
	Analysed map[string]string
	Problems []finding.Problem
}

// A Diagnostic is one entry of vet's JSON output, with the analyzer that
// reported it.
type Diagnostic struct {
	Analyzer string
	Category string
	File     string
	Line     int
	Column   int
	EndLine  int
	EndCol   int
	Message  string
	Fixes    []finding.Fix
}

// Result is what running go vet over some units produced.
type Result struct {
	Diagnostics []Diagnostic
	Problems    []finding.Problem
	// Degraded lists the packages analysed with partial type information,
	// and why.
	Degraded []finding.Problem
	// Notes say how units were loaded differently from the checkout (a
	// newer Go version, missing embed targets).
	Notes []string
	// Analysed counts units in which at least one package was analysed.
	Analysed int
	// Packages counts the packages: all, analysed fully, analysed with
	// partial type information.
	Packages, Full, Partial int
}

// An Event is a step of a run, for progress reports.
type Event struct {
	Unit    *Unit
	Package string // a package go vet reported analysed, if any
	Done    bool   // the unit is done
}

// Run vets every unit and gathers the results, in the units' order. Units
// are independent modules or folders: up to cfg.Parallel of them are
// vetted at once. A package that fails to load or type-check is analysed by
// cfg.Fallback if set, else it becomes a Problem; the others go on.
func Run(ctx context.Context, cfg Config, units []Unit) Result {
	results := make([]unitResult, len(units))
	workers := cfg.Parallel
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(units)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				u := &units[i]
				if cfg.Progress != nil {
					cfg.Progress(Event{Unit: u})
				}
				results[i] = runUnit(ctx, cfg, *u)
				if cfg.Progress != nil {
					cfg.Progress(Event{Unit: u, Done: true})
				}
			}
		}()
	}
	for i := range units {
		next <- i
	}
	close(next)
	wg.Wait()
	var res Result
	var all unitResult
	for _, r := range results {
		all.add(r)
		if r.full+r.partial > 0 {
			res.Analysed++
		}
	}
	res.Diagnostics, res.Problems, res.Degraded, res.Notes = all.diags, all.problems, all.degraded, all.notes
	res.Packages, res.Full, res.Partial = all.total, all.full, all.partial
	return res
}

type unitResult struct {
	diags                []Diagnostic
	problems, degraded   []finding.Problem
	notes                []string
	total, full, partial int
}

// add appends another unit's results to r.
func (r *unitResult) add(o unitResult) {
	r.diags = append(r.diags, o.diags...)
	r.problems = append(r.problems, o.problems...)
	r.degraded = append(r.degraded, o.degraded...)
	r.notes = append(r.notes, o.notes...)
	r.total += o.total
	r.full += o.full
	r.partial += o.partial
}

func runUnit(ctx context.Context, cfg Config, u Unit) (r unitResult) {
	st := &setup{}
	defer st.remove()
	if u.Synthetic != "" && st.synthModule(u.Dir, u.Synthetic) {
		// Resolve the tree's other imports into the go.mod copy (the go
		// command downloads what it needs, as for any module). When some
		// cannot be had, the tree is vetted folder by folder as before:
		// each folder's own code then loses no more than its imports.
		if !resolveImports(ctx, u, st.flags(nil)) {
			st.remove()
			return runFolders(ctx, cfg, u)
		}
	}
	out, err := vet(ctx, cfg, u, u.Patterns, st)
	if err == nil && ctx.Err() != nil {
		err = context.Cause(ctx)
	}
	if err != nil {
		r.problems = []finding.Problem{{Path: u.Dir, Message: err.Error()}}
		return r
	}
	if out.err == nil {
		return finish(ctx, cfg, u, st, out, nil)
	}
	// Something failed. Make the module loadable where the checkout is
	// incomplete (a newer Go, build output behind //go:embed), and try once
	// more.
	listed, listErr := list(ctx, u, st.flags(nil))
	fixed := st.fixModule(u.Dir, out.stderr+listErr)
	if fixed {
		listed, _ = list(ctx, u, st.flags(nil))
	}
	if st.fixEmbeds(listed) {
		fixed = true
		listed, listErr = list(ctx, u, st.flags(nil))
	}
	// Required modules that cannot be downloaded: empty stand-ins, a few
	// rounds (each may reveal another).
	errs := out.stderr + listErr
	for range 3 {
		if !st.stubModules(u.Dir, errs) {
			break
		}
		fixed = true
		listed, listErr = list(ctx, u, st.flags(nil))
		errs = listErr
	}
	if fixed && st.fixEmbeds(listed) {
		listed, _ = list(ctx, u, st.flags(nil))
	}
	if fixed {
		if out, err = vet(ctx, cfg, u, u.Patterns, st); err != nil {
			r.problems = []finding.Problem{{Path: u.Dir, Message: err.Error()}}
			return r
		}
		if out.err == nil {
			return finish(ctx, cfg, u, st, out, listed)
		}
	}
	if len(out.stdout) == 0 && !strings.Contains(out.stderr, "# ") {
		// The go command gave up before analysing anything, for instance
		// over one unreadable file: vet the packages it can load.
		var good []string
		for _, p := range listed {
			if p.err == "" {
				good = append(good, p.path)
			}
		}
		if len(good) > 0 {
			if out, err = vet(ctx, cfg, u, good, st); err != nil {
				r.problems = []finding.Problem{{Path: u.Dir, Message: err.Error()}}
				return r
			}
		}
	}
	return finish(ctx, cfg, u, st, out, listed)
}

// runFolders vets each folder of a GOPATH-era tree on its own, in GOPATH
// mode, and adds up the results.
func runFolders(ctx context.Context, cfg Config, u Unit) (r unitResult) {
	for _, dir := range u.LooseDirs {
		r.add(runUnit(ctx, cfg, Unit{Dir: dir, Patterns: []string{"."}, Loose: true, Folders: 1}))
	}
	return r
}

// finish reads a vet run's output, analyses what vet could not with the
// fallback, and counts the packages.
func finish(ctx context.Context, cfg Config, u Unit, st *setup, out vetOutput, listed []listedPackage) (r unitResult) {
	r.notes = st.notes
	diags, marks, err := parseJSON(out.stdout)
	marked := make(map[string]bool)
	for pkg, file := range marks {
		if !cfg.OnlyTargets || u.covers(file) {
			marked[pkg] = true
		}
	}
	if cfg.OnlyTargets {
		// go vet replays a package's cached result, diagnostics included,
		// also when the package is only a dependency of the targets (a
		// module of the same go.work vetted on its own before): what was
		// not asked for is not reported, whatever the cache holds.
		diags = slices.DeleteFunc(diags, func(d Diagnostic) bool { return !u.covers(d.File) })
	}
	r.diags = diags
	if err != nil {
		r.problems = append(r.problems, finding.Problem{Path: u.Dir, Message: "cannot read go vet output: " + err.Error()})
	}
	vetProblems := parseStderr(u.Dir, out.stderr)
	// A package's test variant ("# pkg [pkg.test]", _test.go files) is not the
	// package: its errors never make the package count as not analysed,
	// nor, once it was, as analysed with its tests.
	var testProblems []finding.Problem
	vetProblems = slices.DeleteFunc(vetProblems, func(p finding.Problem) bool {
		if isTestVariant(u.Dir, p) {
			testProblems = append(testProblems, p)
			return true
		}
		return false
	})
	if cfg.Tests {
		for _, p := range testProblems {
			if p.Path != u.Dir {
				p.Path = headerPackage(p.Path) + " (tests)"
			}
			r.problems = append(r.problems, p)
		}
	}
	if listed == nil {
		// vet succeeded: every package it was given was analysed.
		r.total, r.full = len(marked), len(marked)
		r.problems = append(r.problems, withoutAnalysed(vetProblems, marked)...)
		if out.err != nil && len(marked) == 0 && len(r.problems) == 0 {
			r.problems = append(r.problems, finding.Problem{Path: u.Dir, Message: "go vet failed: " + out.err.Error()})
		}
		return r
	}
	errs := make(map[string]string)
	var failed []string
	for _, p := range listed {
		r.total++
		if marked[p.path] {
			r.full++
			continue
		}
		failed = append(failed, p.path)
		errs[p.path] = p.err
	}
	for _, p := range vetProblems {
		if path := headerPackage(p.Path); errs[path] == "" && slices.Contains(failed, path) {
			errs[path] = p.Message
		}
	}
	var fb FallbackResult
	if cfg.Fallback != nil && len(failed) > 0 {
		patterns := failed
		if u.Loose {
			// Folders outside a module are named by their directory.
			patterns = []string{"."}
		}
		fb = cfg.Fallback(ctx, FallbackRequest{Dir: u.Dir, Env: unitEnv(u), Flags: st.flags(nil), Packages: patterns})
		r.diags = append(r.diags, fb.Diagnostics...)
		r.problems = append(r.problems, fb.Problems...)
	}
	for _, path := range failed {
		why, ok := fb.Analysed[path]
		switch {
		case ok && why == "":
			r.full++ // loaded from source with complete types
		case ok:
			r.partial++
			r.degraded = append(r.degraded, finding.Problem{Path: path, Message: firstLine(why)})
		case errs[path] != "":
			r.problems = append(r.problems, finding.Problem{Path: path, Message: errs[path]})
		default:
			r.problems = append(r.problems, finding.Problem{Path: path, Message: "not analysed: go vet failed on a package it depends on"})
		}
	}
	// go command errors that concern no package (a module that cannot be
	// downloaded) stay problems unless everything was analysed anyway.
	if r.full+r.partial < r.total || r.total == 0 {
		for _, p := range vetProblems {
			if p.Path == u.Dir {
				r.problems = append(r.problems, p)
			}
		}
	}
	if r.total == 0 && len(r.problems) == 0 && out.err != nil {
		r.problems = append(r.problems, finding.Problem{Path: u.Dir, Message: "go vet failed: " + out.err.Error()})
	}
	return r
}

// withoutAnalysed drops the problems reported for packages that were
// analysed all the same (cgo compiler warnings under a "# pkg" header).
func withoutAnalysed(problems []finding.Problem, analysed map[string]bool) []finding.Problem {
	var out []finding.Problem
	for _, p := range problems {
		if !analysed[headerPackage(p.Path)] {
			out = append(out, p)
		}
	}
	return out
}

// isTestVariant reports whether a problem of go vet's output is about a
// test variant: under a "# pkg [pkg.test]" header, or an error whose
// first position is in a _test.go file (go vet prints a type error in a
// test file under "# [pkg]", as it prints any vet step's).
func isTestVariant(dir string, p finding.Problem) bool {
	if p.Path != dir && strings.HasSuffix(p.Path, ".test]") {
		return true
	}
	first, _, _ := strings.Cut(p.Message, ":")
	return strings.HasSuffix(first, "_test.go")
}

// headerPackage returns the package a "# ..." header of go vet's output
// names: "pkg", "pkg [pkg.test]" and "[pkg]" all name pkg.
func headerPackage(header string) string {
	f := strings.Fields(header + " x")[0]
	return strings.TrimSuffix(strings.TrimPrefix(f, "["), "]")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

type vetOutput struct {
	stdout []byte
	stderr string
	err    error // the go command's failure, if any
}

// vet runs go vet with sessionlint as the vet tool on patterns in u.Dir. It
// returns an error only when the go command cannot be run at all.
func vet(ctx context.Context, cfg Config, u Unit, patterns []string, st *setup) (vetOutput, error) {
	args := append([]string{"vet", "-vettool=" + cfg.Tool, "-json"}, st.flags(cfg.Flags)...)
	args = append(args, patterns...)
	cmd := exec.CommandContext(ctx, "go", args...)
	inGroup(cmd)
	cmd.Dir = u.Dir
	cmd.Env = unitEnv(u)
	if cfg.KeepSuppressed {
		cmd.Env = append(cmd.Env, KeepSuppressedEnv+"=1")
	}
	if cfg.OnlyTargets {
		cmd.Env = append(cmd.Env, ReportMainEnv+"=1")
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	if cfg.Progress != nil {
		cmd.Stdout = io.MultiWriter(&stdout, &markWatcher{found: func(pkg, file string) {
			if !cfg.OnlyTargets || u.covers(file) {
				cfg.Progress(Event{Unit: &u, Package: pkg})
			}
		}})
	}
	cmd.Stderr = &stderr
	runErr := cmd.Run()
	var execErr *exec.Error
	if errors.As(runErr, &execErr) {
		return vetOutput{}, fmt.Errorf("cannot run the go command: %v", execErr.Err)
	}
	return vetOutput{stdout: stdout.Bytes(), stderr: stderr.String(), err: runErr}, nil
}

// A markWatcher reads go vet's JSON as it comes and calls found with each
// package the Marker reports analysed.
type markWatcher struct {
	line   []byte
	marked bool   // in a mark, after its category
	file   string // the mark's file
	found  func(pkg, file string)
}

func (w *markWatcher) Write(p []byte) (int, error) {
	for _, b := range p {
		if b != '\n' {
			w.line = append(w.line, b)
			continue
		}
		line := bytes.TrimSpace(w.line)
		w.line = w.line[:0]
		switch {
		case bytes.Contains(line, []byte(`"category": "`+markCategory+`"`)):
			w.marked, w.file = true, ""
		case w.marked && bytes.HasPrefix(line, []byte(`"posn": `)):
			var posn string
			if json.Unmarshal(bytes.TrimSuffix(bytes.TrimPrefix(line, []byte(`"posn": `)), []byte(",")), &posn) == nil {
				w.file, _, _ = splitPosn(posn)
			}
		case w.marked && bytes.HasPrefix(line, []byte(`"message": `)):
			w.marked = false
			var pkg string
			if json.Unmarshal(bytes.TrimSuffix(bytes.TrimPrefix(line, []byte(`"message": `)), []byte(",")), &pkg) == nil {
				w.found(pkg, w.file)
			}
		}
	}
	return len(p), nil
}

func unitEnv(u Unit) []string {
	env := os.Environ()
	if u.Loose {
		env = append(env, "GO111MODULE=off", "GOFLAGS=")
	}
	return env
}

type listedPackage struct {
	path string
	dir  string
	err  string // why the go command cannot load it, if it cannot
}

// list asks go list for the unit's packages and their load errors; it also
// returns the go command's own error output.
func list(ctx context.Context, u Unit, flags []string) ([]listedPackage, string) {
	args := append(append([]string{"list", "-e"}, flags...), "-f", "{{.ImportPath}}\t{{.Dir}}\t{{with .Error}}{{.Err}}{{end}}")
	cmd := exec.CommandContext(ctx, "go", append(args, u.Patterns...)...)
	inGroup(cmd)
	cmd.Dir = u.Dir
	cmd.Env = unitEnv(u)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, _ := cmd.Output()
	var pkgs []listedPackage
	for line := range strings.SplitSeq(strings.TrimRight(string(out), "\n"), "\n") {
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) == 3 && parts[0] != "" {
			pkgs = append(pkgs, listedPackage{path: parts[0], dir: parts[1], err: strings.TrimSpace(parts[2])})
		}
	}
	return pkgs, stderr.String()
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonDiag struct {
	Category       string    `json:"category"`
	Posn           string    `json:"posn"`
	End            string    `json:"end"`
	Message        string    `json:"message"`
	SuggestedFixes []jsonFix `json:"suggested_fixes"`
}

// parseJSON reads the stream of JSON trees vet prints, one per package:
// {"pkg": {"analyzer": [diagnostics] or {"error": "..."}}}. It returns the
// diagnostics and the packages the Marker says were analysed.
func parseJSON(data []byte) (diags []Diagnostic, analysed map[string]string, err error) {
	analysed = make(map[string]string)
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			return diags, analysed, nil
		} else if err != nil {
			return diags, analysed, err
		}
		for _, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var list []jsonDiag
				if json.Unmarshal(raw, &list) != nil {
					continue // {"error": ...}: reported on stderr as well
				}
				for _, d := range list {
					if analyzer == Marker.Name && d.Category == markCategory {
						analysed[d.Message], _, _ = splitPosn(d.Posn)
						continue
					}
					diags = append(diags, convert(analyzer, d))
				}
			}
		}
	}
}

func convert(analyzer string, d jsonDiag) Diagnostic {
	file, line, col := splitPosn(d.Posn)
	_, endLine, endCol := splitPosn(d.End)
	out := Diagnostic{Analyzer: analyzer, Category: d.Category, File: file, Line: line, Column: col, EndLine: endLine, EndCol: endCol, Message: d.Message}
	for _, f := range d.SuggestedFixes {
		fix := finding.Fix{Message: f.Message}
		for _, e := range f.Edits {
			fix.Edits = append(fix.Edits, finding.Edit{File: e.Filename, Start: e.Start, End: e.End, New: e.New})
		}
		out.Fixes = append(out.Fixes, fix)
	}
	return out
}

// splitPosn parses "file:line:col" (the file may itself contain colons).
func splitPosn(posn string) (file string, line, col int) {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return posn, 0, 0
	}
	j := strings.LastIndexByte(posn[:i], ':')
	if j < 0 {
		return posn, 0, 0
	}
	line, err1 := strconv.Atoi(posn[j+1 : i])
	col, err2 := strconv.Atoi(posn[i+1:])
	if err1 != nil || err2 != nil {
		return posn, 0, 0
	}
	return posn[:j], line, col
}

// parseStderr turns go vet's error output into problems: "# pkg" headers
// followed by that package's errors, and go command errors ("go: ...").
func parseStderr(dir, text string) []finding.Problem {
	var problems []finding.Problem
	var current *finding.Problem
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := toolPrefixed(sc.Text())
		switch {
		case strings.TrimSpace(line) == "":
		case strings.HasPrefix(line, "# "):
			problems = append(problems, finding.Problem{Path: strings.TrimPrefix(line, "# ")})
			current = &problems[len(problems)-1]
		case strings.Contains(line, "matched no packages"):
		case strings.HasPrefix(line, "go: downloading ") || strings.HasPrefix(line, "go: extracting "):
			// Progress of a first run with an empty module cache.
		case current != nil && (strings.HasPrefix(line, "\t") || strings.HasPrefix(line, " ") || looksLikePosition(line) || strings.HasPrefix(line, "vet: ")):
			current.Message = joinLine(current.Message, absolutise(dir, strings.TrimPrefix(line, "vet: ")))
		default:
			current = nil
			problems = append(problems, finding.Problem{Path: dir, Message: strings.TrimPrefix(line, "go: ")})
		}
	}
	// Drop headers with no message, which only announce a package.
	out := problems[:0]
	for _, p := range problems {
		if p.Message != "" {
			out = append(out, p)
		}
	}
	return out
}

// toolPrefixed drops the vet tool's name before a positioned error
// ("sessionlint: ./main.go:14:8: expected ')'"), as the analysis driver
// prints a package it cannot parse.
func toolPrefixed(line string) string {
	name, rest, ok := strings.Cut(line, ": ")
	if !ok || name == "" || strings.ContainsAny(name, " /\\:\t") || !looksLikePosition(rest) {
		return line
	}
	return rest
}

func looksLikePosition(line string) bool {
	_, l, _ := splitPosn(strings.SplitN(line, ": ", 2)[0])
	return l > 0 || strings.HasPrefix(line, "..") || strings.HasPrefix(line, "./")
}

// absolutise rewrites a leading relative "file.go:1:2" to an absolute path.
func absolutise(dir, line string) string {
	posn, rest, ok := strings.Cut(line, ": ")
	if !ok {
		return line
	}
	file, l, c := splitPosn(posn)
	if l == 0 || filepath.IsAbs(file) {
		return line
	}
	return fmt.Sprintf("%s:%d:%d: %s", filepath.Join(dir, file), l, c, rest)
}

func joinLine(a, b string) string {
	if a == "" {
		return strings.TrimSpace(b)
	}
	return a + "\n" + strings.TrimSpace(b)
}
