package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
)

// sarifOf writes r as SARIF and decodes it into a generic tree.
func sarifOf(t *testing.T, r Report) (text string, run map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	var log struct{ Runs []map[string]any }
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("invalid SARIF (%v):\n%s", err, buf.String())
	}
	return buf.String(), log.Runs[0]
}

// get walks a decoded JSON tree: keys for objects, ints for arrays.
func get(t *testing.T, v any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("%v: not an object at %q", path, k)
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				t.Fatalf("%v: no element %d", path, k)
			}
			v = a[k]
		}
	}
	return v
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSARIFRegions: result regions are line/column regions only (no
// "byteLength": 0 beside them); a fix's deleted region keeps byteOffset 0;
// a package that failed to load is not located at its import path, and a
// problem whose message names a file and line is located there.
func TestSARIFRegions(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "web", "web.go"), "package web\n")
	writeFile(t, filepath.Join(root, "broken", "b.go"), "package broken\n\nfunc f() int { return \"x\" }\n")
	r := Report{
		Tool: "sessionlint", Version: "1.0.0", Root: root,
		Findings: []finding.Finding{{
			Rule: "cookieflags", Severity: "medium", File: "web/web.go", Line: 6, Column: 21, EndLine: 6, EndColumn: 90,
			Message: "session cookie without Secure", Fingerprint: "f1",
			Fixes: []finding.Fix{{Message: "Add a header", Edits: []finding.Edit{{File: "web/web.go", Start: 0, End: 0, New: "// x\n"}}}},
		}, {
			Rule: "memstore", Severity: "medium", File: "web/web.go", Message: "no position", Fingerprint: "f2",
		}},
		Problems: []finding.Problem{
			{Path: "example.com/web/broken", Message: "broken/b.go:3:23: cannot use \"x\" (untyped string constant) as int value in return statement"},
			{Path: "example.com/web/gone", Message: "no Go files"},
			{Path: "web", Message: "permission denied"},
		},
	}
	_, run := sarifOf(t, r)
	region := get(t, run, "results", 0, "locations", 0, "physicalLocation", "region").(map[string]any)
	want := map[string]any{"startLine": 6.0, "startColumn": 21.0, "endLine": 6.0, "endColumn": 90.0}
	if len(region) != len(want) {
		t.Errorf("result region %v, want %v", region, want)
	}
	for k, v := range want {
		if region[k] != v {
			t.Errorf("result region %v, want %v", region, want)
		}
	}
	deleted := get(t, run, "results", 0, "fixes", 0, "artifactChanges", 0, "replacements", 0, "deletedRegion").(map[string]any)
	if off, ok := deleted["byteOffset"]; !ok || off != 0.0 || deleted["byteLength"] != 0.0 {
		t.Errorf("an insertion at byte 0 must keep byteOffset 0 and byteLength 0, got %v", deleted)
	}
	if phys := get(t, run, "results", 1, "locations", 0, "physicalLocation").(map[string]any); phys["region"] != nil {
		t.Errorf("a finding without a line has no region, got %v", phys["region"])
	}

	notes := get(t, run, "invocations", 0, "toolExecutionNotifications").([]any)
	if len(notes) != 3 {
		t.Fatalf("want 3 notifications, got %v", notes)
	}
	broken := get(t, notes[0], "locations", 0, "physicalLocation").(map[string]any)
	if u := get(t, broken, "artifactLocation", "uri"); u != "broken/b.go" {
		t.Errorf("load error located at %v, want broken/b.go (the file its message names)", u)
	}
	if reg, _ := broken["region"].(map[string]any); reg["startLine"] != 3.0 || reg["startColumn"] != 23.0 {
		t.Errorf("load error region %v, want line 3 column 23", broken["region"])
	}
	if msg := get(t, notes[0], "message", "text").(string); !strings.HasPrefix(msg, "example.com/web/broken: ") {
		t.Errorf("the notification should say which package: %q", msg)
	}
	if locs := get(t, notes[1], "locations"); locs != nil {
		t.Errorf("an import path is no artifact location: %v", locs)
	}
	if u := get(t, notes[2], "locations", 0, "physicalLocation", "artifactLocation", "uri"); u != "web" {
		t.Errorf("a folder problem located at %v, want web", u)
	}
	if reg := get(t, notes[2], "locations", 0, "physicalLocation", "region"); reg != nil {
		t.Errorf("a folder has no region: %v", reg)
	}
}

// TestSARIFRuleNames: rule names are the catalog's descriptive PascalCase
// names, never the ID (SARIF1001).
func TestSARIFRuleNames(t *testing.T) {
	_, run := sarifOf(t, Report{Tool: "sessionlint", Root: t.TempDir()})
	rules := get(t, run, "tool", "driver", "rules").([]any)
	if len(rules) != len(catalog.Rules) {
		t.Fatalf("%d rules, want %d", len(rules), len(catalog.Rules))
	}
	pascal := regexp.MustCompile(`^[A-Z][A-Za-z0-9]+$`)
	for i, r := range rules {
		id, name := get(t, r, "id").(string), get(t, r, "name").(string)
		if id != catalog.Rules[i].ID || name != catalog.Rules[i].Name || name == id || !pascal.MatchString(name) {
			t.Errorf("rule %q: name %q, want the catalog's PascalCase name", id, name)
		}
	}
}

// TestSARIFPathsFromRepositoryRoot: a run in a subfolder of a repository
// (a monorepo job with working-directory) gives paths from the repository
// root, which %SRCROOT% names; paths outside the repository stay absolute.
func TestSARIFPathsFromRepositoryRoot(t *testing.T) {
	repo := t.TempDir()
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(repo, "services", "api")
	writeFile(t, filepath.Join(sub, "web", "web.go"), "package web\n")
	outside := filepath.Join(t.TempDir(), "x.go")
	writeFile(t, outside, "package x\n")
	_, run := sarifOf(t, Report{Tool: "sessionlint", Root: sub, Findings: []finding.Finding{
		{Rule: "cookieflags", File: "web/web.go", Line: 1, Column: 1, Fixes: []finding.Fix{{Edits: []finding.Edit{{File: "web/web.go", Start: 3, End: 5}}}}},
		{Rule: "cookieflags", File: outside, Line: 1, Column: 1},
	}})
	base := get(t, run, "originalUriBaseIds", "%SRCROOT%", "uri").(string)
	if base != "file://"+filepath.ToSlash(repo)+"/" {
		t.Errorf("%%SRCROOT%% = %s, want the repository root %s", base, repo)
	}
	loc := get(t, run, "results", 0, "locations", 0, "physicalLocation", "artifactLocation").(map[string]any)
	if loc["uri"] != "services/api/web/web.go" || loc["uriBaseId"] != "%SRCROOT%" {
		t.Errorf("location %v, want services/api/web/web.go from %%SRCROOT%%", loc)
	}
	fixLoc := get(t, run, "results", 0, "fixes", 0, "artifactChanges", 0, "artifactLocation", "uri")
	if fixLoc != "services/api/web/web.go" {
		t.Errorf("fix location %v", fixLoc)
	}
	out := get(t, run, "results", 1, "locations", 0, "physicalLocation", "artifactLocation").(map[string]any)
	if out["uri"] != "file://"+filepath.ToSlash(outside) || out["uriBaseId"] != nil {
		t.Errorf("a file outside the repository: %v, want its absolute file URI", out)
	}

	// Without .git anywhere above, the working directory is the root.
	if got := SourceRoot(sub); got != repo {
		t.Errorf("SourceRoot(%s) = %s, want %s", sub, got, repo)
	}
	if plain := t.TempDir(); SourceRoot(plain) != plain && !insideRepo(plain) {
		t.Errorf("SourceRoot(%s) = %s, want the folder itself", plain, SourceRoot(plain))
	}
}

// insideRepo reports whether dir happens to be inside a git checkout (the
// temporary folder normally is not).
func insideRepo(dir string) bool {
	for d := filepath.Dir(dir); d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return true
		}
	}
	return false
}
