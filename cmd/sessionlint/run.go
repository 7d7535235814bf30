package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/baseline"
	"github.com/sessionlint/sessionlint/internal/config"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/fixes"
	"github.com/sessionlint/sessionlint/internal/govet"
	"github.com/sessionlint/sessionlint/internal/partial"
	"github.com/sessionlint/sessionlint/internal/report"
	"github.com/sessionlint/sessionlint/internal/testcode"
)

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitUsage    = 2 // bad usage, or nothing could be analysed
	exitPartial  = 3 // no findings, but some targets could not be analysed
)

type options struct {
	format   string
	out      string
	fix      bool
	diff     bool
	tests    bool            // analyse tests, fixtures and mocks too
	enable   map[string]bool // nil: all rules; the flags and the configuration combined
	disable  map[string]bool
	severity catalog.Severity
	patterns []string

	configFile    string             // -config; "" to look for .sessionlint.yml
	cfg           *config.Config     // never nil once loaded
	baselineFile  string             // -baseline
	base          *baseline.Baseline // loaded from baselineFile
	writeBaseline string             // -write-baseline
}

func parseFlags(args []string, stdout, stderr io.Writer) (*options, error) {
	fs := flag.NewFlagSet("sessionlint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	var enable, disable, severity string
	var version, listRules bool
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.StringVar(&o.out, "o", "", "write the report to this file instead of standard output")
	fs.BoolVar(&o.fix, "fix", false, "apply suggested fixes")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fs.BoolVar(&o.tests, "tests", false, "also analyse tests, fixtures and mocks (left out by default)")
	addRuleFlags(fs, &enable, &disable, &severity, &o.configFile)
	fs.BoolVar(&version, "version", false, "print the version and exit")
	fs.BoolVar(&listRules, "rules", false, "list the rules and exit; -rules RULE... prints their documentation")
	fs.StringVar(&o.baselineFile, "baseline", "", "report only findings not recorded in this baseline file")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in this baseline file and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: sessionlint [flags] [patterns...]\n\n"+
			"Reports session-management weaknesses in Go and JavaScript/TypeScript code.\nPatterns are directories, "+
			"dir/... trees or files (default ./...). Exit codes: 0 clean, 1 findings,\n"+
			"2 bad usage or nothing analysed, 3 no findings but some packages not analysed,\n"+
			"130/143 stopped by SIGINT/SIGTERM. sessionlint explain RULE prints a rule's documentation.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		// The flag package has printed the error and the usage.
		return nil, errUsagePrinted
	}
	if version {
		fmt.Fprintln(stdout, "sessionlint", toolVersion())
		return nil, errExitClean
	}
	if listRules {
		if fs.NArg() > 0 {
			if err := explain(fs.Args(), stdout); err != nil {
				return nil, err
			}
			return nil, errExitClean
		}
		for _, r := range catalog.Rules {
			fmt.Fprintf(stdout, "%-16s %-6s %s\n", r.ID, r.Severity, r.Title)
		}
		fmt.Fprintln(stdout, "\nsessionlint explain RULE (or -rules RULE) prints a rule's documentation.")
		return nil, errExitClean
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		return nil, fmt.Errorf("unknown -format %q: use text, json or sarif", o.format)
	}
	if o.diff && !o.fix {
		o.fix = true
	}
	if o.writeBaseline != "" && (o.baselineFile != "" || o.fix) {
		return nil, errors.New("-write-baseline cannot be combined with -baseline or -fix")
	}
	if err := o.setRules(enable, disable, severity); err != nil {
		return nil, err
	}
	o.patterns = fs.Args()
	if len(o.patterns) == 0 {
		o.patterns = []string{"./..."}
	}
	return o, nil
}

// addRuleFlags declares the flags that choose the rules and the
// configuration, shared by the command and `sessionlint lsp`.
func addRuleFlags(fs *flag.FlagSet, enable, disable, severity, configFile *string) {
	fs.StringVar(enable, "enable", "", "comma-separated rules to run (default: all)")
	fs.StringVar(disable, "disable", "", "comma-separated rules to skip")
	fs.StringVar(severity, "severity", "low", "report only findings of this severity or higher: low, medium or high")
	fs.StringVar(configFile, "config", "", "read this configuration file instead of the nearest "+config.FileName)
}

// setRules reads the -enable, -disable and -severity flags.
func (o *options) setRules(enable, disable, severity string) error {
	var err error
	if enable != "" {
		if o.enable, err = ruleSet(enable, "-enable"); err != nil {
			return err
		}
	}
	if o.disable, err = ruleSet(disable, "-disable"); err != nil {
		return err
	}
	o.severity = catalog.Severity(strings.ToLower(severity))
	if o.severity.Rank() == 0 {
		return fmt.Errorf("unknown -severity %q: use low, medium or high", severity)
	}
	return nil
}

// load reads the configuration file (-config, or the nearest
// .sessionlint.yml at or above dir) and the -baseline file, and combines
// the configuration's rule selection with the flags'.
func (o *options) load(dir string) error {
	o.cfg = &config.Config{}
	path := o.configFile
	if path == "" {
		path = config.Find(dir)
	}
	if path != "" {
		cfg, err := config.Load(path)
		if err != nil {
			return err
		}
		o.cfg = cfg
	}
	o.enable, o.disable = o.cfg.Select(o.enable, o.disable)
	if o.baselineFile != "" {
		b, err := baseline.Load(o.baselineFile)
		if err != nil {
			return fmt.Errorf("-baseline: %w", err)
		}
		o.base = b
	}
	return nil
}

// severityOf returns a rule's severity, as the configuration sets it.
func (o *options) severityOf(id string) catalog.Severity {
	rule, _ := catalog.Lookup(id)
	return o.cfg.SeverityOf(id, rule.Severity)
}

var (
	errExitClean    = errors.New("done")
	errUsagePrinted = errors.New("usage printed")
)

func ruleSet(list, flagName string) (map[string]bool, error) {
	set := make(map[string]bool)
	for id := range strings.SplitSeq(list, ",") {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if !catalog.Known(id) {
			return nil, fmt.Errorf("%s: unknown rule %q (sessionlint -rules lists them)", flagName, id)
		}
		set[id] = true
	}
	return set, nil
}

// toolVersion is the module version the binary was built at: the
// version `go install …@version` asks for (or that go build stamps from a
// tagged checkout), else "devel", with the commit when the build recorded
// one.
func toolVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		return "devel " + rev + modified
	}
	return "devel"
}

// explain prints the documentation of the named rules: `sessionlint
// explain RULE...` and `sessionlint -rules RULE...`.
func explain(ids []string, w io.Writer) error {
	for i, id := range ids {
		r, ok := catalog.Lookup(strings.TrimSpace(id))
		if !ok {
			return fmt.Errorf("unknown rule %q (sessionlint -rules lists them)", id)
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		cwes := make([]string, len(r.CWE))
		for j, c := range r.CWE {
			cwes[j] = fmt.Sprintf("CWE-%d", c)
		}
		fmt.Fprintf(w, "# %s (%s)\n\n%s. Severity %s · %s · OWASP ASVS %s\n\n%s\n\n%s\n",
			r.ID, r.Name, r.Title, r.Severity, strings.Join(cwes, ", "), strings.Join(r.ASVS, ", "), r.Docs(), catalog.DocURL(r.ID))
	}
	return nil
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stdout, stderr)
	if errors.Is(err, errExitClean) {
		return exitClean
	}
	if err != nil {
		if !errors.Is(err, errUsagePrinted) {
			fmt.Fprintln(stderr, "sessionlint:", err)
		}
		return exitUsage
	}
	cwd, err := os.Getwd()
	dir := cwd
	if err == nil && o.configFile == "" {
		dir, err = configDir(o.patterns, cwd)
	}
	if err == nil {
		err = o.load(dir)
	}
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint:", err)
		return exitUsage
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint: cannot find own executable:", err)
		return exitUsage
	}

	var problems []finding.Problem
	units, missing := govet.Plan(o.patterns)
	problems = append(problems, missing...)
	ctx, stopSignals, interrupted := onSignal(stderr)
	defer stopSignals()
	// Packages go vet cannot build are analysed here, from source, with
	// the type information that can be had.
	analyzers.SetNames(o.cfg.Names)
	analyzers.SetIncludeTests(o.tests)
	fallback := partial.Fallback(analyzers.Analyzers(analyzers.Options{KeepSuppressed: true}))
	vetFlags := append(analyzers.VetFlags(o.cfg.Names), analyzers.IncludeTestsFlags(o.tests)...)
	// The JavaScript/TypeScript pass runs in this process while go vet
	// runs in its own.
	jsDone := make(chan jsResult, 1)
	go func() { jsDone <- runJS(ctx, o.patterns, o) }()
	vetCfg := govet.Config{Tool: self, KeepSuppressed: true, Flags: vetFlags, Tests: o.tests, OnlyTargets: true, Fallback: fallback}
	pr := newProgress(stderr, units, relativeTo(cwd))
	if pr != nil {
		vetCfg.Progress = pr.event
	}
	res := govet.Run(ctx, vetCfg, units)
	if pr != nil {
		pr.done()
	}
	problems = append(problems, res.Problems...)
	js := <-jsDone
	problems = append(problems, js.Problems...)
	if code := interrupted(); code != 0 {
		return code
	}

	// A folder neither pass could read is one problem, not two.
	problems = dedupeProblems(problems)
	rel := relativeTo(cwd)
	degraded, jsPartial := res.Degraded, js.Partial
	for _, list := range [][]finding.Problem{problems, degraded, jsPartial} {
		for i := range list {
			list[i].Path = rel(list[i].Path)
			list[i].Message = relativiseMessage(list[i].Message, cwd)
		}
	}
	fs := o.collect(res.Diagnostics, js.Findings)
	testFiles := 0
	if !o.tests {
		fs = slices.DeleteFunc(fs, func(f finding.Finding) bool { return isTestFile(f.File, rel) })
		testFiles = countTestFiles(o.patterns)
	}
	finding.Fingerprints(fs, rel)
	if o.writeBaseline != "" {
		return writeBaseline(fs, o, res.Full+res.Partial+js.Analysed, problems, stderr)
	}
	if o.base != nil {
		var hidden int
		fs, hidden = o.base.Filter(fs)
		fmt.Fprintf(stderr, "sessionlint: %d finding(s) hidden by the baseline %s (%d recorded, %d no longer found)\n",
			hidden, o.baselineFile, o.base.Len(), o.base.Len()-hidden)
	}

	if o.fix {
		var code int
		fs, code = applyFixes(fs, o, rel, stdout, stderr)
		if code != exitClean {
			return code
		}
	}

	for i := range fs {
		fs[i].File = rel(fs[i].File)
		for j := range fs[i].Fixes {
			for k := range fs[i].Fixes[j].Edits {
				e := &fs[i].Fixes[j].Edits[k]
				e.File = rel(e.File)
			}
		}
	}
	rep := report.Report{Tool: "sessionlint", Version: toolVersion(), Root: cwd, Findings: fs, Problems: problems, Partial: append(slices.Clip(degraded), jsPartial...)}

	if !(o.fix && o.diff) {
		if err := write(rep, o, stdout); err != nil {
			fmt.Fprintln(stderr, "sessionlint:", err)
			return exitUsage
		}
	}
	for _, p := range problems {
		fmt.Fprintf(stderr, "sessionlint: could not analyse %s: %s\n", p.Path, indent(p.Message))
	}
	for _, p := range degraded {
		fmt.Fprintf(stderr, "sessionlint: analysed %s with partial type information: %s\n", p.Path, indent(p.Message))
	}
	for _, p := range jsPartial {
		fmt.Fprintf(stderr, "sessionlint: analysed %s in part: %s\n", p.Path, indent(p.Message))
	}
	for _, n := range res.Notes {
		fmt.Fprintf(stderr, "sessionlint: note: %s\n", relativiseMessage(n, cwd))
	}
	if testFiles > 0 {
		fmt.Fprintf(stderr, "sessionlint: left out %d test, fixture or mock file(s) (-tests includes them)\n", testFiles)
	}
	if js.Excluded > 0 {
		fmt.Fprintf(stderr, "sessionlint: read %d excluded JavaScript/TypeScript file(s) for what they tell about their app, reporting nothing in them\n", js.Excluded)
	}
	reasons := slices.Sorted(maps.Keys(js.Skipped))
	for _, reason := range reasons {
		fmt.Fprintf(stderr, "sessionlint: skipped %d JavaScript/TypeScript file(s): %s\n", js.Skipped[reason], reason)
	}
	counts := rep.Count()
	fmt.Fprintf(stderr, "sessionlint: %d finding(s), %d suppressed; %s; %s; %d problem(s)\n",
		counts.Findings, counts.Suppressed, goSummary(res, len(units)), jsSummary(js), len(problems))

	switch {
	case res.Full+res.Partial == 0 && js.Analysed == 0:
		if len(units) == 0 && len(problems) == 0 && len(js.Skipped) == 0 && js.Excluded == 0 {
			fmt.Fprintln(stderr, "sessionlint: no Go or JavaScript/TypeScript files found under", strings.Join(o.patterns, " "))
		} else {
			fmt.Fprintln(stderr, "sessionlint: nothing could be analysed")
		}
		return exitUsage
	case counts.Findings > 0:
		return exitFindings
	case len(problems) > 0 || len(degraded) > 0 || len(jsPartial) > 0:
		return exitPartial
	}
	return exitClean
}

// onSignal returns a context cancelled on Ctrl-C (SIGINT) or SIGTERM, which
// stops go vet, everything it started and the JavaScript/TypeScript pass;
// interrupted then says so and returns the exit code of a process the
// signal ended (130, 143), else 0. A second signal exits at once.
func onSignal(stderr io.Writer) (ctx context.Context, stop func(), interrupted func() int) {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	var got atomic.Value
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			got.Store(s)
			cancel()
		case <-done:
			return
		}
		select {
		case s := <-sigs:
			os.Exit(signalExit(s))
		case <-done:
		}
	}()
	stop = func() {
		signal.Stop(sigs)
		close(done)
		cancel()
	}
	interrupted = func() int {
		s, ok := got.Load().(os.Signal)
		if !ok {
			return 0
		}
		fmt.Fprintf(stderr, "sessionlint: %v: stopped\n", s)
		return signalExit(s)
	}
	return ctx, stop, interrupted
}

// signalExit is the exit code of a process ended by s: 128 + its number.
func signalExit(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 130
}

// dedupeProblems drops repeats of a problem, keeping the first's place.
func dedupeProblems(ps []finding.Problem) []finding.Problem {
	seen := make(map[finding.Problem]bool)
	return slices.DeleteFunc(ps, func(p finding.Problem) bool {
		if seen[p] {
			return true
		}
		seen[p] = true
		return false
	})
}

// goSummary says how much Go code was analysed: "analysed 3 of 4 Go
// package(s) fully, 1 with partial type information, in 1 module(s) or
// folder(s)".
func goSummary(res govet.Result, units int) string {
	s := fmt.Sprintf("analysed %d of %d Go package(s) fully", res.Full, res.Packages)
	if res.Partial > 0 {
		s += fmt.Sprintf(", %d with partial type information", res.Partial)
	}
	return s + fmt.Sprintf(", in %d of %d Go module(s) or folder(s)", res.Analysed, units)
}

// jsSummary says how many JavaScript/TypeScript files were analysed, and
// how many of them only in part: "4 JavaScript/TypeScript file(s)
// analysed, 1 in part".
func jsSummary(js jsResult) string {
	s := fmt.Sprintf("%d JavaScript/TypeScript file(s) analysed", js.Analysed)
	if len(js.Partial) > 0 {
		s += fmt.Sprintf(", %d in part", len(js.Partial))
	}
	return s
}

// selects reports whether findings of a rule are reported under the
// -enable, -disable and -severity flags and the configuration. Reports
// about malformed ignore directives always are.
func (o *options) selects(id string, directive bool) bool {
	if directive {
		return true
	}
	if !catalog.Known(id) || o.enable != nil && !o.enable[id] || o.disable[id] {
		return false
	}
	return o.severityOf(id).Rank() >= o.severity.Rank()
}

// collect gathers the Go and JavaScript/TypeScript findings that are
// selected and not in excluded files, with the configured severities,
// sorted and without repeats.
func (o *options) collect(diags []govet.Diagnostic, jsFindings []finding.Finding) []finding.Finding {
	var fs []finding.Finding
	var gens []string
	for _, d := range diags {
		if f, ok := toFinding(d, o); ok {
			fs = append(fs, f)
			gens = append(gens, generatorOf(d))
		}
	}
	fs = atGenerators(fs, gens)
	for _, f := range jsFindings {
		if o.selects(f.Rule, f.Directive) {
			f.Severity = string(o.severityOf(f.Rule))
			fs = append(fs, f)
		}
	}
	fs = slices.DeleteFunc(fs, func(f finding.Finding) bool { return o.cfg.Excluded(f.File) })
	return finding.Dedupe(fs)
}

// writeBaseline records the findings in the -write-baseline file, unless
// nothing could be analysed.
func writeBaseline(fs []finding.Finding, o *options, analysed int, problems []finding.Problem, stderr io.Writer) int {
	for _, p := range problems {
		fmt.Fprintf(stderr, "sessionlint: could not analyse %s: %s\n", p.Path, indent(p.Message))
	}
	if analysed == 0 {
		fmt.Fprintln(stderr, "sessionlint: nothing analysed; baseline not written")
		return exitUsage
	}
	n, err := baseline.Write(o.writeBaseline, toolVersion(), fs)
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint: -write-baseline:", err)
		return exitUsage
	}
	fmt.Fprintf(stderr, "sessionlint: recorded %d finding(s) in %s\n", n, o.writeBaseline)
	return exitClean
}

// toFinding turns a vet diagnostic into a finding, or drops it when its rule
// is not selected or its severity is below the threshold.
func toFinding(d govet.Diagnostic, o *options) (finding.Finding, bool) {
	rule, ok := catalog.Lookup(d.Analyzer)
	if !ok {
		return finding.Finding{}, false // e.g. the shared index analyzer
	}
	if !o.selects(rule.ID, d.Category == "directive") {
		return finding.Finding{}, false
	}
	f := finding.Finding{
		Rule: rule.ID, Severity: string(o.severityOf(rule.ID)), Directive: d.Category == "directive",
		File: d.File, Line: d.Line, Column: d.Column, EndLine: d.EndLine, EndColumn: d.EndCol,
		Message: d.Message, Fixes: d.Fixes,
	}
	if reason, ok := strings.CutPrefix(d.Category, "suppressed:"); ok {
		f.Suppression = &finding.Suppression{Reason: reason}
	}
	return f, true
}

func applyFixes(fs []finding.Finding, o *options, rel func(string) string, stdout, stderr io.Writer) ([]finding.Finding, int) {
	changes, skipped := fixes.Plan(fs)
	if o.diff {
		for _, c := range changes {
			fmt.Fprint(stdout, fixes.Unified(rel(c.File), c.Old, c.New))
		}
	} else if err := fixes.Write(changes); err != nil {
		fmt.Fprintln(stderr, "sessionlint: applying fixes:", err)
		return fs, exitUsage
	}
	for _, s := range skipped {
		fmt.Fprintf(stderr, "sessionlint: skipped fix for %s:%d (%s): %s\n", rel(s.Finding.File), s.Finding.Line, s.Finding.Rule, s.Reason)
	}
	verb := "applied"
	if o.diff {
		verb = "would apply"
	}
	fixed := make(map[string]bool)
	for _, c := range changes {
		fixed[c.File] = true
	}
	n := 0
	remaining := fs[:0:0]
	skippedSet := make(map[string]bool)
	for _, s := range skipped {
		skippedSet[s.Finding.Fingerprint] = true
	}
	for _, f := range fs {
		if f.Suppression == nil && len(f.Fixes) > 0 && fixed[f.Fixes[0].Edits[0].File] && !skippedSet[f.Fingerprint] {
			n++
			if !o.diff {
				continue // fixed on disk
			}
		}
		remaining = append(remaining, f)
	}
	fmt.Fprintf(stderr, "sessionlint: %s %d fix(es) in %d file(s), skipped %d\n", verb, n, len(changes), len(skipped))
	return remaining, exitClean
}

func write(rep report.Report, o *options, stdout io.Writer) error {
	w := stdout
	if o.out != "" {
		f, err := os.Create(o.out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	switch o.format {
	case "json":
		return report.JSON(w, rep)
	case "sarif":
		return report.SARIF(w, rep)
	}
	return report.Text(w, rep)
}

// relativeTo returns a function that makes paths relative to dir, with
// forward slashes: a file outside dir (another module of a go.work, a
// target named as ../lib/...) as ../lib/x.go, as golangci-lint and the go
// command print such paths. Only a path on another volume stays absolute.
func relativeTo(dir string) func(string) string {
	return func(p string) string {
		if !filepath.IsAbs(p) {
			return filepath.ToSlash(p)
		}
		r, err := filepath.Rel(dir, p)
		if err != nil {
			return filepath.ToSlash(p)
		}
		return filepath.ToSlash(r)
	}
}

func relativiseMessage(msg, cwd string) string {
	return strings.ReplaceAll(msg, cwd+string(filepath.Separator), "")
}

func indent(msg string) string {
	lines := strings.Split(msg, "\n")
	return strings.Join(slices.DeleteFunc(lines, func(s string) bool { return s == "" }), "\n\t")
}

// countTestFiles counts the Go and JavaScript/TypeScript files under the
// patterns' folders that are tests, fixtures or mocks, skipping what the
// go command and the JS pass skip (vendor, node_modules, testdata, hidden).
// isTestFile reports whether a finding's file (an absolute path) is a
// test, fixture or mock, judged by its path inside its own module or app
// (the nearest folder above it with a go.mod or package.json): the folders
// above say nothing, so `sessionlint ./testdata/app/...` still reports in
// the app, while the app's own testdata/ and test/ are left out. A file in
// no module or app is judged by its path from the working folder (rel).
func isTestFile(file string, rel func(string) string) bool {
	for dir := filepath.Dir(file); ; {
		if fileExists(filepath.Join(dir, "go.mod")) || fileExists(filepath.Join(dir, "package.json")) {
			r, err := filepath.Rel(dir, file)
			return err == nil && testcode.IsTestPath(r)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return testcode.IsTestPath(rel(file))
		}
		dir = parent
	}
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

func countTestFiles(patterns []string) int {
	n := 0
	for _, pat := range patterns {
		root, recursive := strings.CutSuffix(pat, "/...")
		if pat == "..." {
			root, recursive = ".", true
		}
		info, err := os.Stat(root)
		if err != nil || !info.IsDir() {
			continue
		}
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				name := d.Name()
				if path != root && (!recursive || name == "vendor" || name == "node_modules" || name == "testdata" ||
					strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
					return filepath.SkipDir
				}
				return nil
			}
			switch filepath.Ext(path) {
			case ".go", ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs":
				if rel, err := filepath.Rel(root, path); err == nil && testcode.IsTestPath(rel) {
					n++
				}
			}
			return nil
		})
	}
	return n
}
