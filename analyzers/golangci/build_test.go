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

// TestGolangciLint builds golangci-lint with the plugin the way users do,
// with scripts/golangci-build and the repository's .golangci-plugin.yml, and
// checks that it reports on testdata/vulnapp what sessionlint's analyzers do.
// The build takes about two minutes with a cold build cache and a few seconds
// with a warm one.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint: skipped with -short")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin := buildGolangciLint(t, root, tmp)
	vulnapp := filepath.Join(root, "testdata", "vulnapp")
	want := ownFindings(t, vulnapp)
	cache := filepath.Join(tmp, "cache") // shared: settings must be part of its key

	all := lint(t, bin, vulnapp, cache, "{}")
	if !slices.Equal(all, want) {
		t.Errorf("golangci-lint reported\n\t%s\nsessionlint reports\n\t%s", strings.Join(all, "\n\t"), strings.Join(want, "\n\t"))
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
		if got := lint(t, bin, vulnapp, cache, tt.settings); !slices.Equal(got, tt.want) {
			t.Errorf("with settings %s, golangci-lint reported\n\t%s\nwant\n\t%s", tt.settings, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
		}
	}
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

// lint runs golangci-lint with only the plugin, configured with settings
// (YAML), on the module in dir, and returns its findings as "rule file:line:col".
func lint(t *testing.T, bin, dir, cache, settings string) []string {
	t.Helper()
	tmp := t.TempDir()
	config, report := filepath.Join(tmp, ".golangci.yml"), filepath.Join(tmp, "report.json")
	if err := os.WriteFile(config, fmt.Appendf(nil, `version: "2"
run:
  relative-path-mode: wd
linters:
  default: none
  enable: [sessionlint]
  settings:
    custom:
      sessionlint:
        type: module
        settings: %s
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`, settings), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "--config", config, "--output.json.path", report, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cache)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) { // 1: issues found
		t.Fatalf("golangci-lint with settings %s: %v\n%s", settings, err, out)
	}
	data, err := os.ReadFile(report)
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
	var found []string
	for _, is := range issues.Issues {
		rule, _, _ := strings.Cut(is.Text, ": ")
		if is.FromLinter != "sessionlint" {
			t.Errorf("issue from linter %q: %s", is.FromLinter, is.Text)
		}
		found = append(found, fmt.Sprintf("%s %s:%d:%d", rule, filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column))
	}
	slices.Sort(found)
	return found
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
