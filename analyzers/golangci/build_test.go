package golangci_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"gopkg.in/yaml.v3"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/catalog"
)

// GolangciEnv switches on TestGolangciLint, which builds golangci-lint
// (minutes with a cold build cache). .ci/run sets it; under CI the test
// fails without it, so that CI cannot skip it by mistake.
const GolangciEnv = "SESSIONLINT_TEST_GOLANGCI"

// TestGolangciLint builds golangci-lint with the plugin the way users do,
// with scripts/golangci-build and the repository's .golangci-plugin.yml, and
// runs it with the .golangci.yml that the README documents, golangci-lint's
// defaults otherwise: it must report on testdata/vulnapp what sessionlint's
// analyzers do, and every one of many identical findings. The build takes
// minutes with a cold build cache and seconds with a warm one.
func TestGolangciLint(t *testing.T) {
	if os.Getenv(GolangciEnv) != "1" {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI must build golangci-lint: set %s=1 (.ci/run does)", GolangciEnv)
		}
		t.Skipf("builds golangci-lint (minutes with a cold build cache): set %s=1 to run it", GolangciEnv)
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin := buildGolangciLint(t, root, tmp)
	documented := documentedConfig(t)
	vulnapp := filepath.Join(root, "testdata", "vulnapp")
	want := ownFindings(t, vulnapp)
	cache := filepath.Join(tmp, "cache") // shared: settings must be part of its key

	all, sarif := lint(t, bin, vulnapp, cache, documented, "{}")
	if !slices.Equal(all, want) {
		t.Errorf("golangci-lint reported\n\t%s\nsessionlint reports\n\t%s", strings.Join(all, "\n\t"), strings.Join(want, "\n\t"))
	}
	// golangci-lint's SARIF names one rule, the linter, which is why the
	// README sends code scanning to sessionlint -format sarif.
	if len(sarif) == 0 || slices.ContainsFunc(sarif, func(id string) bool { return id != "sessionlint" }) {
		t.Errorf("golangci-lint's SARIF rule IDs: %v, want sessionlint only", sarif)
	}

	without := func(drop func(rule string) bool) []string {
		return slices.DeleteFunc(slices.Clone(want), func(f string) bool { return drop(ruleOf(f)) })
	}
	for _, tt := range []struct {
		settings string
		want     []string
	}{
		{"{disable: [cookieflags]}", without(func(rule string) bool { return rule == "cookieflags" })},
		{"{severity: high}", without(func(rule string) bool {
			r, _ := catalog.Lookup(rule)
			return r.Severity != catalog.High
		})},
	} {
		if len(tt.want) == len(want) || len(tt.want) == 0 {
			t.Fatalf("%s: vulnapp no longer has findings both in and out of the selection", tt.settings)
		}
		if got, _ := lint(t, bin, vulnapp, cache, documented, tt.settings); !slices.Equal(got, tt.want) {
			t.Errorf("with settings %s, golangci-lint reported\n\t%s\nwant\n\t%s", tt.settings, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
		}
	}

	// Sixty identical findings: golangci-lint's defaults would show three.
	many := manyFindings(t)
	if got, _ := lint(t, bin, many, cache, documented, "{}"); len(got) != 60 {
		t.Errorf("golangci-lint reported %d of 60 identical findings:\n\t%s", len(got), strings.Join(got, "\n\t"))
	}
}

// manyFindings writes a module with sixty identical cookieflags findings.
func manyFindings(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var src strings.Builder
	src.WriteString("package many\n\nimport \"net/http\"\n")
	for i := range 60 {
		fmt.Fprintf(&src, "\nfunc Set%d(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{Name: \"session_id\", Value: \"x\"})\n}\n", i)
	}
	for name, content := range map[string]string{"go.mod": "module example.com/many\n\ngo 1.26\n", "many.go": src.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// buildGolangciLint runs scripts/golangci-build on a copy of the
// repository's .golangci-plugin.yml that points at root and builds into dir.
func buildGolangciLint(t *testing.T, root, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, ".golangci-plugin.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg map[string]any
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	cfg["destination"] = dir
	cfg["name"] = "golangci-lint"
	for _, p := range cfg["plugins"].([]any) {
		p.(map[string]any)["path"] = root
	}
	data, err = yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "plugins.yml")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	cmd := exec.Command(filepath.Join(root, "scripts", "golangci-build"), "-config", file)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/golangci-build: %v\n%s", err, out)
	}
	t.Logf("scripts/golangci-build took %s", time.Since(start).Round(100*time.Millisecond))
	return filepath.Join(dir, "golangci-lint")
}

// lint runs golangci-lint with the documented configuration, the plugin's
// settings replaced by settings (YAML), on the module in dir, and returns
// its findings as "rule file:line:col" and the rule IDs of its SARIF
// report. Only two things differ from the documentation: no linter but the
// plugin runs, and paths are relative to dir.
func lint(t *testing.T, bin, dir, cache string, documented map[string]any, settings string) (found, sarifRules []string) {
	t.Helper()
	tmp := t.TempDir()
	config, report, sarifReport := filepath.Join(tmp, ".golangci.yml"), filepath.Join(tmp, "report.json"), filepath.Join(tmp, "report.sarif")
	var plugin any
	if err := yaml.Unmarshal([]byte(settings), &plugin); err != nil {
		t.Fatal(err)
	}
	cfg := deepCopy(t, documented)
	linters := cfg["linters"].(map[string]any)
	linters["default"] = "none"
	linters["settings"].(map[string]any)["custom"].(map[string]any)["sessionlint"].(map[string]any)["settings"] = plugin
	cfg["run"] = map[string]any{"relative-path-mode": "wd"}
	data, err := yaml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "--config", config, "--output.json.path", report, "--output.sarif.path", sarifReport, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cache)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) { // 1: issues found
		t.Fatalf("golangci-lint with settings %s: %v\n%s\nconfiguration:\n%s", settings, err, out, data)
	}
	data, err = os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var issues struct {
		Issues []struct {
			FromLinter, Text string
			Pos              struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(data, &issues); err != nil {
		t.Fatalf("golangci-lint's report: %v\n%s", err, data)
	}
	for _, is := range issues.Issues {
		rule, _, _ := strings.Cut(is.Text, ": ")
		if is.FromLinter != "sessionlint" {
			t.Errorf("issue from linter %q: %s", is.FromLinter, is.Text)
		}
		found = append(found, fmt.Sprintf("%s %s:%d:%d", rule, filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column))
	}
	slices.Sort(found)

	data, err = os.ReadFile(sarifReport)
	if err != nil {
		t.Fatal(err)
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &sarif); err != nil {
		t.Fatalf("golangci-lint's SARIF: %v\n%s", err, data)
	}
	for _, run := range sarif.Runs {
		for _, r := range run.Results {
			sarifRules = append(sarifRules, r.RuleID)
		}
	}
	return found, sarifRules
}

// deepCopy copies a decoded YAML document.
func deepCopy(t *testing.T, v map[string]any) map[string]any {
	t.Helper()
	data, err := yaml.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := yaml.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// ownFindings runs the registry's analyzers, as the sessionlint command does,
// on the module in dir.
func ownFindings(t *testing.T, dir string) []string {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("vulnapp does not load")
	}
	graph, err := checker.Analyze(analyzers.Analyzers(analyzers.Options{}), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			rel, err := filepath.Rel(dir, p.Filename)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%s %s:%d:%d", act.Analyzer.Name, filepath.ToSlash(rel), p.Line, p.Column))
		}
	}
	slices.Sort(out)
	if len(out) == 0 {
		t.Fatal("sessionlint's analyzers find nothing in vulnapp")
	}
	return out
}

func ruleOf(finding string) string {
	rule, _, _ := strings.Cut(finding, " ")
	return rule
}
