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
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
)

// KeepSuppressedEnv, set to "1" in the vet tool's environment, keeps
// suppressed findings in its output (for SARIF). The tool's -V=full answer
// includes it, so go vet's result cache keeps the two modes apart.
const KeepSuppressedEnv = "SESSIONLINT_KEEP_SUPPRESSED"

// Config says how to run go vet.
type Config struct {
	Tool           string // the vet tool executable (sessionlint itself)
	KeepSuppressed bool
	Stderr         io.Writer // where go vet's progress lines go, if anywhere
	// Flags are extra go vet flags for the vet tool's analyzers
	// (-RULE.FLAG=value); go vet forwards those the tool lists.
	Flags []string
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
	// Analysed counts units in which at least one package was analysed.
	Analysed int
}

// Run vets every unit and gathers the results. A unit that fails to load
// or type-check becomes a Problem; the others go on.
func Run(ctx context.Context, cfg Config, units []Unit) Result {
	var res Result
	for _, u := range units {
		diags, problems, ok := runUnit(ctx, cfg, u)
		res.Diagnostics = append(res.Diagnostics, diags...)
		res.Problems = append(res.Problems, problems...)
		if ok {
			res.Analysed++
		}
	}
	return res
}

func runUnit(ctx context.Context, cfg Config, u Unit) (diags []Diagnostic, problems []finding.Problem, analysed bool) {
	out, err := vet(ctx, cfg, u, u.Patterns)
	if err != nil {
		return nil, []finding.Problem{{Path: u.Dir, Message: err.Error()}}, false
	}
	var listed []listedPackage
	if out.err != nil && len(out.stdout) == 0 && !strings.Contains(out.stderr, "# ") {
		// The go command gave up before analysing anything, for instance
		// over one unreadable file. List the packages, report the ones the
		// go command cannot load, and vet the rest.
		listed = list(ctx, u)
		var good []string
		for _, p := range listed {
			if p.err != "" {
				problems = append(problems, finding.Problem{Path: p.path, Message: p.err})
			} else {
				good = append(good, p.path)
			}
		}
		if len(good) == 0 {
			return nil, append(problems, parseStderr(u.Dir, out.stderr)...), false
		}
		if out, err = vet(ctx, cfg, u, good); err != nil {
			return nil, append(problems, finding.Problem{Path: u.Dir, Message: err.Error()}), false
		}
	}
	diags, _, err = parseJSON(out.stdout)
	if err != nil {
		problems = append(problems, finding.Problem{Path: u.Dir, Message: "cannot read go vet output: " + err.Error()})
	}
	vetProblems := parseStderr(u.Dir, out.stderr)
	problems = append(problems, vetProblems...)
	if out.err == nil {
		return diags, problems, !strings.Contains(out.stderr, "matched no packages")
	}
	if len(vetProblems) == 0 && len(problems) == 0 {
		problems = append(problems, finding.Problem{Path: u.Dir, Message: "go vet failed: " + out.err.Error()})
	}
	// Some packages failed: was anything else analysed?
	if listed == nil {
		listed = list(ctx, u)
	}
	failed := make(map[string]bool)
	for _, p := range vetProblems {
		failed[strings.Fields(p.Path + " x")[0]] = true
	}
	for _, p := range listed {
		if p.err == "" && !failed[p.path] {
			return diags, problems, true
		}
	}
	return diags, problems, false
}

type vetOutput struct {
	stdout []byte
	stderr string
	err    error // the go command's failure, if any
}

// vet runs go vet with sessionlint as the vet tool on patterns in u.Dir. It
// returns an error only when the go command cannot be run at all.
func vet(ctx context.Context, cfg Config, u Unit, patterns []string) (vetOutput, error) {
	args := append([]string{"vet", "-vettool=" + cfg.Tool, "-json"}, cfg.Flags...)
	args = append(args, patterns...)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = u.Dir
	cmd.Env = unitEnv(u)
	if cfg.KeepSuppressed {
		cmd.Env = append(cmd.Env, KeepSuppressedEnv+"=1")
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	runErr := cmd.Run()
	var execErr *exec.Error
	if errors.As(runErr, &execErr) {
		return vetOutput{}, fmt.Errorf("cannot run the go command: %v", execErr.Err)
	}
	return vetOutput{stdout: stdout.Bytes(), stderr: stderr.String(), err: runErr}, nil
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
	err  string // why the go command cannot load it, if it cannot
}

// list asks go list for the unit's packages and their load errors.
func list(ctx context.Context, u Unit) []listedPackage {
	args := append([]string{"list", "-e", "-f", "{{.ImportPath}}\t{{with .Error}}{{.Err}}{{end}}"}, u.Patterns...)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = u.Dir
	cmd.Env = unitEnv(u)
	out, _ := cmd.Output()
	var pkgs []listedPackage
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		path, errText, _ := strings.Cut(line, "\t")
		if path != "" {
			pkgs = append(pkgs, listedPackage{path: path, err: strings.TrimSpace(errText)})
		}
	}
	return pkgs
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
// {"pkg": {"analyzer": [diagnostics] or {"error": "..."}}}.
func parseJSON(data []byte) (diags []Diagnostic, pkgs int, err error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			return diags, pkgs, nil
		} else if err != nil {
			return diags, pkgs, err
		}
		for _, byAnalyzer := range tree {
			pkgs++
			for analyzer, raw := range byAnalyzer {
				var list []jsonDiag
				if json.Unmarshal(raw, &list) != nil {
					continue // {"error": ...}: reported on stderr as well
				}
				for _, d := range list {
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
		line := sc.Text()
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
