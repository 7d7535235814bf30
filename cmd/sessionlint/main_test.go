package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/catalog"
)

// bin is the sessionlint binary built once for the end-to-end tests.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sessionlint-e2e")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "sessionlint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building sessionlint: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// sessionlint runs the binary in dir with args.
func sessionlint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errb.String(), code}
}

// writeTree creates files (path → content) below a new temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func repoTestdata(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

type jsonOut struct {
	SchemaVersion int    `json:"schemaVersion"`
	Tool          string `json:"tool"`
	Summary       struct {
		Findings, Suppressed, Errors int
	} `json:"summary"`
	Findings []struct {
		Rule, Severity, File, Message, Fingerprint string
		Line, Column                               int
		Suppression                                *struct{ Reason string }
		Fixes                                      []struct {
			Message string
			Edits   []struct {
				File       string
				Start, End int
				New        string
			}
		}
	} `json:"findings"`
	Errors []struct{ Path, Message string } `json:"errors"`
}

func decodeJSON(t *testing.T, s string) jsonOut {
	t.Helper()
	var out jsonOut
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatalf("invalid JSON output: %v\n%s", err, s)
	}
	return out
}

// A cookie with a name that says "session" and no attributes: cookieflags
// reports it whatever else the analyzers learn.
const insecureCookie = `package web

import "net/http"

func Login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: r.FormValue("sid"), Path: "/"})
}
`

func TestUsageErrorsExitTwo(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"-format", "xml"},
		{"-enable", "nosuchrule"},
		{"-severity", "urgent"},
		{"-nosuchflag"},
		{"./does-not-exist/..."},
	} {
		if r := sessionlint(t, dir, args...); r.code != 2 {
			t.Errorf("sessionlint %v: exit %d, want 2\nstderr: %s", args, r.code, r.stderr)
		}
	}
}

func TestNoGoFilesExitTwo(t *testing.T) {
	dir := writeTree(t, map[string]string{"README.txt": "nothing here"})
	r := sessionlint(t, dir)
	if r.code != 2 || !strings.Contains(r.stderr, "no Go or JavaScript/TypeScript files") {
		t.Fatalf("exit %d, stderr %q; want 2 and a no-Go-files message", r.code, r.stderr)
	}
}

func TestFindingsTextAndExitCode(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":     "module example.com/web\n\ngo 1.26\n",
		"web/web.go": insecureCookie,
	})
	r := sessionlint(t, dir, "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	want := "web/web.go:6:21: cookieflags: "
	if !strings.HasPrefix(r.stdout, want) {
		t.Errorf("text output %q does not start with %q", r.stdout, want)
	}
}

func TestRuleSelection(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":     "module example.com/web\n\ngo 1.26\n",
		"web/web.go": insecureCookie,
	})
	for _, args := range [][]string{
		{"-disable", "cookieflags"},
		{"-enable", "logout,csrf"},
		{"-severity", "high"}, // cookieflags is medium
	} {
		r := sessionlint(t, dir, args...)
		if r.code != 0 || r.stdout != "" {
			t.Errorf("sessionlint %v: exit %d, output %q; want the cookie finding filtered out", args, r.code, r.stdout)
		}
	}
	if r := sessionlint(t, dir, "-enable", "cookieflags", "-severity", "medium"); r.code != 1 {
		t.Errorf("-enable cookieflags: exit %d, want 1", r.code)
	}
}

func TestSuppression(t *testing.T) {
	suppressed := strings.Replace(insecureCookie, "\thttp.SetCookie",
		"\t//sessionlint:ignore cookieflags served only on the loopback admin port\n\thttp.SetCookie", 1)
	noReason := strings.Replace(insecureCookie, "\thttp.SetCookie",
		"\t//sessionlint:ignore cookieflags\n\thttp.SetCookie", 1)

	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": suppressed})
	if r := sessionlint(t, dir); r.code != 0 || r.stdout != "" {
		t.Fatalf("suppressed finding: exit %d, output %q; want 0 and nothing", r.code, r.stdout)
	}
	out := decodeJSON(t, sessionlint(t, dir, "-format", "json").stdout)
	if out.Summary.Suppressed != 1 || out.Summary.Findings != 0 || len(out.Findings) != 1 ||
		out.Findings[0].Suppression == nil || out.Findings[0].Suppression.Reason != "served only on the loopback admin port" {
		t.Fatalf("JSON should keep the suppressed finding with its reason: %+v", out)
	}

	dir = writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": noReason})
	r := sessionlint(t, dir)
	if r.code != 1 || !strings.Contains(r.stdout, "directive has no reason") || strings.Count(r.stdout, "\n") != 2 {
		t.Fatalf("a directive without a reason must be reported and suppress nothing: exit %d\n%s", r.code, r.stdout)
	}
}

func TestJSONSchema(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": insecureCookie})
	r := sessionlint(t, dir, "-format", "json")
	out := decodeJSON(t, r.stdout)
	if r.code != 1 || out.SchemaVersion != 1 || out.Tool != "sessionlint" || out.Summary.Findings != 1 || len(out.Errors) != 0 {
		t.Fatalf("unexpected JSON report (exit %d): %s", r.code, r.stdout)
	}
	f := out.Findings[0]
	if f.Rule != "cookieflags" || f.Severity != "medium" || f.File != "web/web.go" || f.Line != 6 || len(f.Fingerprint) != 32 {
		t.Errorf("unexpected finding: %+v", f)
	}
}

func TestFingerprintSurvivesLineShift(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": insecureCookie})
	before := decodeJSON(t, sessionlint(t, dir, "-format", "json").stdout)
	shifted := strings.Replace(insecureCookie, "import", "// Package web serves the login page.\n\n// More text.\nimport", 1)
	if err := os.WriteFile(filepath.Join(dir, "web", "web.go"), []byte(shifted), 0o644); err != nil {
		t.Fatal(err)
	}
	after := decodeJSON(t, sessionlint(t, dir, "-format", "json").stdout)
	if len(before.Findings) != 1 || len(after.Findings) != 1 {
		t.Fatalf("want one finding before and after, got %d and %d", len(before.Findings), len(after.Findings))
	}
	if before.Findings[0].Line == after.Findings[0].Line {
		t.Fatal("the edit should have moved the finding")
	}
	if before.Findings[0].Fingerprint != after.Findings[0].Fingerprint {
		t.Error("fingerprint changed although only the line number did")
	}
}

func TestSARIF(t *testing.T) {
	suppressed := insecureCookie + `
func Admin(w http.ResponseWriter, r *http.Request) {
	//sessionlint:ignore cookieflags loopback-only admin port
	http.SetCookie(w, &http.Cookie{Name: "admin_session", Value: r.FormValue("sid")})
}
`
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": suppressed})
	r := sessionlint(t, dir, "-format", "sarif")
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID               string
						HelpURI          string `json:"helpUri"`
						ShortDescription struct{ Text string }
						Properties       struct {
							Tags             []string
							SecuritySeverity string `json:"security-severity"`
						}
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string `json:"ruleId"`
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn int }
					}
				}
				PartialFingerprints map[string]string
				Suppressions        []struct{ Kind, Justification string }
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatalf("invalid SARIF: %v\n%s", err, r.stdout)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("want one SARIF 2.1.0 run, got version %q with %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(catalog.Rules) {
		t.Errorf("driver lists %d rules, want all %d of the catalog", len(run.Tool.Driver.Rules), len(catalog.Rules))
	}
	for _, rule := range run.Tool.Driver.Rules {
		if rule.ID == "cookieflags" {
			if !slices.Contains(rule.Properties.Tags, "external/cwe/cwe-614") || !slices.Contains(rule.Properties.Tags, "security") ||
				rule.Properties.SecuritySeverity == "" || !strings.HasSuffix(rule.HelpURI, "rules.md#cookieflags") {
				t.Errorf("cookieflags rule metadata incomplete: %+v", rule)
			}
		}
	}
	if !strings.HasPrefix(run.OriginalURIBaseIDs["%SRCROOT%"].URI, "file:///") {
		t.Errorf("%%SRCROOT%% should be a file URI, got %q", run.OriginalURIBaseIDs["%SRCROOT%"].URI)
	}
	if len(run.Results) != 2 {
		t.Fatalf("want 2 results (one suppressed), got %d", len(run.Results))
	}
	var active, silenced int
	for _, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		if res.RuleID != "cookieflags" || res.Level != "warning" || loc.ArtifactLocation.URI != "web/web.go" ||
			loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || loc.Region.StartLine == 0 || res.PartialFingerprints["sessionlint/v1"] == "" {
			t.Errorf("unexpected result: %+v", res)
		}
		if len(res.Suppressions) == 1 && res.Suppressions[0].Kind == "inSource" && res.Suppressions[0].Justification == "loopback-only admin port" {
			silenced++
		} else {
			active++
		}
	}
	if active != 1 || silenced != 1 {
		t.Errorf("want one active and one suppressed result, got %d and %d", active, silenced)
	}
}

func TestBrokenPackagesAreReportedAndTheRestAnalysed(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":             "module example.com/web\n\ngo 1.26\n",
		"web/web.go":         insecureCookie,
		"broken/types.go":    "package broken\n\nfunc F() { undefinedThing() }\n",
		"syntax/syntax.go":   "package syntax\n\nfunc {\n",
		"binary/blob.go":     "\x00\x01\x02\xff\xfe binary",
		"minified/min.go":    "package minified\n\nvar X = " + strings.Repeat("1+", 50000) + "1\n",
		"clean/clean.go":     "package clean\n\nfunc OK() {}\n",
		"notes/readme.go.md": "not go",
	})
	r := sessionlint(t, dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (findings)\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "web/web.go:6:21: cookieflags") {
		t.Errorf("the healthy package's finding is missing: %s", r.stdout)
	}
	for _, pkg := range []string{"broken", "syntax", "binary"} {
		if !strings.Contains(r.stderr, "could not analyse") || !strings.Contains(r.stderr, pkg) {
			t.Errorf("stderr does not say that %s could not be analysed:\n%s", pkg, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "panic") {
		t.Errorf("crash:\n%s", r.stderr)
	}
}

// TestOnlyBrokenPackagesExitThree: a package that does not type-check is
// analysed with partial type information, never skipped; without findings
// that is an incomplete run (3), and the summary says so.
func TestOnlyBrokenPackagesExitThree(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":          "module example.com/web\n\ngo 1.26\n",
		"broken/types.go": "package broken\n\nfunc F() { undefinedThing() }\n",
	})
	r := sessionlint(t, dir)
	if r.code != 3 || !strings.Contains(r.stderr, "analysed 0 of 1 Go package(s) fully, 1 with partial type information") ||
		!strings.Contains(r.stderr, "undefined: undefinedThing") {
		t.Fatalf("exit %d, want 3 and the summary of a partial analysis\nstderr: %s", r.code, r.stderr)
	}
}

// TestNothingAnalysedExitsTwo: a module whose go.mod the go command cannot
// read leaves nothing to analyse.
func TestNothingAnalysedExitsTwo(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":     "module example.com/web\n\ngo 1.26\nrequire (\n",
		"web/web.go": "package web\n\nfunc F() {}\n",
	})
	if r := sessionlint(t, dir); r.code != 2 {
		t.Fatalf("exit %d, want 2 when nothing could be analysed\nstderr: %s", r.code, r.stderr)
	}
}

func TestPartialFailureWithoutFindingsExitsThree(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":          "module example.com/web\n\ngo 1.26\n",
		"broken/types.go": "package broken\n\nfunc F() { undefinedThing() }\n",
		"clean/clean.go":  "package clean\n\nfunc OK() {}\n",
	})
	if r := sessionlint(t, dir); r.code != 3 {
		t.Fatalf("exit %d, want 3\nstderr: %s", r.code, r.stderr)
	}
}

func TestSeveralModulesAndLooseFiles(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"svc-a/go.mod":        "module example.com/a\n\ngo 1.26\n",
		"svc-a/web/web.go":    insecureCookie,
		"svc-b/go.mod":        "module example.com/b\n\ngo 1.26\n",
		"svc-b/cmd/x/main.go": "package main\n\nfunc main() {}\n",
		"scripts/tool.go":     strings.Replace(insecureCookie, "package web", "package main", 1) + "\nfunc main() {}\n",
		"svc-a/testdata/t.go": insecureCookie, // testdata is skipped, as by the go command
	})
	r := sessionlint(t, dir)
	if r.code != 1 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"svc-a/web/web.go:", "scripts/tool.go:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("missing finding in %s:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "testdata") {
		t.Errorf("testdata must be skipped:\n%s", r.stdout)
	}
	// From a subdirectory, and naming one module explicitly.
	if r := sessionlint(t, filepath.Join(dir, "svc-a", "web"), "."); r.code != 1 {
		t.Errorf("from a package directory: exit %d\n%s", r.code, r.stderr)
	}
	if r := sessionlint(t, dir, "./svc-b/..."); r.code != 0 {
		t.Errorf("clean module: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestSymlinkLoop(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": insecureCookie})
	if err := os.Symlink(dir, filepath.Join(dir, "web", "loop")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if r := sessionlint(t, dir); r.code != 1 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
}

func TestFixAndDiff(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": insecureCookie})
	out := decodeJSON(t, sessionlint(t, dir, "-format", "json").stdout)
	if len(out.Findings) != 1 || len(out.Findings[0].Fixes) == 0 {
		t.Fatalf("want one finding with a fix, got %+v", out.Findings)
	}
	r := sessionlint(t, dir, "-diff")
	if !strings.Contains(r.stdout, "--- a/web/web.go") || !strings.Contains(r.stdout, "+") {
		t.Fatalf("-diff printed no diff:\n%s\n%s", r.stdout, r.stderr)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "web", "web.go")); string(data) != insecureCookie {
		t.Fatal("-diff must not change files")
	}
	sessionlint(t, dir, "-fix")
	if data, _ := os.ReadFile(filepath.Join(dir, "web", "web.go")); string(data) == insecureCookie {
		t.Fatal("-fix changed nothing")
	}
	if r := sessionlint(t, dir); r.code != 0 {
		t.Errorf("after -fix: exit %d, findings:\n%s", r.code, r.stdout)
	}
	build := exec.Command("go", "vet", "./...")
	build.Dir = dir
	if msg, err := build.CombinedOutput(); err != nil {
		t.Errorf("fixed code does not build: %v\n%s", err, msg)
	}
}

func TestVetTool(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": insecureCookie})
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
	cmd.Dir = dir
	msg, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(msg), "web/web.go:6:21:") {
		t.Fatalf("go vet -vettool should fail with the finding: err=%v\n%s", err, msg)
	}
}

func TestImportPathPatterns(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": insecureCookie})
	if r := sessionlint(t, dir, "example.com/web/..."); r.code != 1 || !strings.Contains(r.stdout, "web/web.go:6:21: cookieflags") {
		t.Errorf("import path pattern: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := sessionlint(t, dir, "example.com/nothere/..."); r.code != 2 {
		t.Errorf("unknown import path: exit %d, want 2\n%s", r.code, r.stderr)
	}
}
