package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sarifMultitoolVersion is the version of Microsoft's SARIF validator
// (@microsoft/sarif-multitool on npm) the tests install.
const sarifMultitoolVersion = "5.7.0"

// sarifMultitool returns the command that runs Microsoft's SARIF
// validator: $SARIF_MULTITOOL if set, else the npm package installed into a
// temporary folder. Without npm the test is skipped, except under CI, which
// must validate.
func sarifMultitool(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("SARIF_MULTITOOL"); p != "" {
		return p
	}
	npm, err := exec.LookPath("npm")
	if err == nil {
		_, err = exec.LookPath("node")
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("node and npm are required when CI is set (they install @microsoft/sarif-multitool): %v", err)
		}
		t.Skipf("node or npm not installed: %v", err)
	}
	dir := t.TempDir()
	cmd := exec.Command(npm, "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", dir, "@microsoft/sarif-multitool@"+sarifMultitoolVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm install @microsoft/sarif-multitool: %v\n%s", err, out)
	}
	// npm may skip the package's postinstall script, which only marks the
	// platform's executable as such.
	if runtime.GOOS != "windows" {
		exes, _ := filepath.Glob(filepath.Join(dir, "node_modules", "@microsoft", "sarif-multitool-*", "Sarif.Multitool"))
		for _, exe := range exes {
			if err := os.Chmod(exe, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	return filepath.Join(dir, "node_modules", ".bin", "sarif-multitool")
}

// validateSARIF runs the validator on file and returns its results as
// "ruleId level: message" (a result without a level is a warning).
func validateSARIF(t *testing.T, tool, file string) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "validation.sarif")
	cmd := exec.Command(tool, "validate", "--output", out, file)
	text, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sarif-multitool validate: %v\n%s", err, text)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("sarif-multitool wrote no results (%v):\n%s", err, text)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text      string   `json:"text"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) == 0 {
		t.Fatalf("reading the validator's results (%v):\n%s", err, data)
	}
	var results []string
	for _, r := range log.Runs[0].Results {
		level := r.Level
		if level == "" {
			level = "warning"
		}
		results = append(results, r.RuleID+" "+level+": "+strings.Join(r.Message.Arguments, " | "))
	}
	return results
}

const brokenPackage = `package broken

func f() int { return "x" }
`

// TestSARIFValidates runs sessionlint in a module that sits in a subfolder
// of a repository (a monorepo job with working-directory) and holds a
// finding with a fix, a package that does not type-check and one that does
// not parse, and checks the SARIF report with Microsoft's validator: no
// errors and no rule whose name is its ID. Paths are relative to the
// repository root.
func TestSARIFValidates(t *testing.T) {
	tool := sarifMultitool(t)
	repo := writeTree(t, map[string]string{
		"services/api/go.mod":      "module example.com/api\n\ngo 1.26\n",
		"services/api/web/web.go":  insecureCookie,
		"services/api/broken/b.go": brokenPackage,
		"services/api/syntax/s.go": "package syntax\n\nfunc {\n",
	})
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(repo, "services", "api")
	report := filepath.Join(t.TempDir(), "sessionlint.sarif")
	r := sessionlint(t, dir, "-format", "sarif", "-o", report, "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (findings)\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
					}
				}
			}
			Invocations []struct {
				ToolExecutionNotifications []json.RawMessage `json:"toolExecutionNotifications"`
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("invalid SARIF (%v):\n%s", err, data)
	}
	run := log.Runs[0]
	if len(run.Invocations) != 1 || len(run.Invocations[0].ToolExecutionNotifications) < 2 {
		t.Errorf("want the two packages that failed as notifications, got %+v\n%s", run.Invocations, r.stderr)
	}
	if got, want := run.OriginalURIBaseIDs["%SRCROOT%"].URI, "file://"+filepath.ToSlash(repo)+"/"; got != want {
		t.Errorf("%%SRCROOT%% = %s, want the repository root %s", got, want)
	}
	found := false
	for _, res := range run.Results {
		if loc := res.Locations[0].PhysicalLocation.ArtifactLocation; loc.URI == "services/api/web/web.go" && loc.URIBaseID == "%SRCROOT%" {
			found = true
		}
	}
	if !found {
		t.Errorf("no result at services/api/web/web.go relative to %%SRCROOT%%:\n%s", data)
	}

	var bad []string
	for _, v := range validateSARIF(t, tool, report) {
		if strings.Contains(v, " error: ") || strings.HasPrefix(v, "SARIF1001 ") {
			bad = append(bad, v)
		}
	}
	if len(bad) > 0 {
		t.Errorf("Microsoft's SARIF validator:\n\t%s\nreport:\n%s", strings.Join(bad, "\n\t"), data)
	}
}
