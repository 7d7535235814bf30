package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The CI examples under examples/ci and the pre-commit hook definition are
// documentation people copy: these tests run the sessionlint command lines
// they contain against a copy of the Go demo app.

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", path))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func TestGitHubActionsExample(t *testing.T) {
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Run string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	readYAML(t, "examples/ci/github-actions.yml", &wf)
	var args []string
	for _, job := range wf.Jobs {
		for _, step := range job.Steps {
			for line := range strings.SplitSeq(step.Run, "\n") {
				if f := strings.Fields(line); len(f) > 1 && f[0] == "sessionlint" {
					args = f[1:]
				}
			}
		}
	}
	if args == nil {
		t.Fatal("the workflow runs no sessionlint command")
	}
	dir := copyTree(t, repoTestdata(t, "vulnapp"))
	r := sessionlint(t, dir, args...)
	if r.code != 1 {
		t.Fatalf("sessionlint %s: exit %d, want 1 (findings)\n%s", strings.Join(args, " "), r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "sessionlint.sarif"))
	if err != nil {
		t.Fatalf("the workflow uploads sessionlint.sarif, which was not written: %v", err)
	}
	var sarif struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &sarif); err != nil || sarif.Version != "2.1.0" || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) == 0 {
		t.Fatalf("not a SARIF 2.1.0 report with results (%v):\n%.300s", err, data)
	}
}

func TestPreCommitHook(t *testing.T) {
	var hooks []struct {
		ID            string   `yaml:"id"`
		Entry         string   `yaml:"entry"`
		Language      string   `yaml:"language"`
		Args          []string `yaml:"args"`
		PassFilenames *bool    `yaml:"pass_filenames"`
	}
	readYAML(t, ".pre-commit-hooks.yaml", &hooks)
	if len(hooks) != 1 || hooks[0].ID != "sessionlint" || hooks[0].Entry != "sessionlint" || hooks[0].Language != "golang" {
		t.Fatalf("unexpected hook definition: %+v", hooks)
	}
	if hooks[0].PassFilenames == nil || *hooks[0].PassFilenames {
		t.Error("sessionlint analyses packages, not staged files: pass_filenames must be false")
	}
	var cfg struct {
		Repos []struct {
			Hooks []struct {
				ID   string   `yaml:"id"`
				Args []string `yaml:"args"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	readYAML(t, "examples/ci/pre-commit-config.yaml", &cfg)
	if len(cfg.Repos) != 1 || len(cfg.Repos[0].Hooks) != 1 || cfg.Repos[0].Hooks[0].ID != hooks[0].ID {
		t.Fatalf("the example configuration does not use the hook: %+v", cfg)
	}
	userArgs := cfg.Repos[0].Hooks[0].Args

	dir := copyTree(t, repoTestdata(t, "vulnapp"))
	if r := sessionlint(t, dir, hooks[0].Args...); r.code != 1 {
		t.Errorf("hook with its default args: exit %d, want 1\n%s", r.code, r.stderr)
	}
	// The example runs against a baseline: written today, it lets the
	// commit through; a new weakness blocks it.
	var baseline string
	for i, a := range userArgs {
		if a == "-baseline" && i+1 < len(userArgs) {
			baseline = userArgs[i+1]
		}
	}
	if baseline == "" {
		t.Fatal("the example configuration names no baseline")
	}
	if r := sessionlint(t, dir, "-write-baseline", baseline, "./..."); r.code != 0 {
		t.Fatalf("-write-baseline: exit %d\n%s", r.code, r.stderr)
	}
	if r := sessionlint(t, dir, userArgs...); r.code != 0 {
		t.Errorf("hook with the example's args after writing the baseline: exit %d, want 0\n%s%s", r.code, r.stdout, r.stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "late.go"), []byte(strings.Replace(insecureCookie, "package web", "package main", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := sessionlint(t, dir, userArgs...); r.code != 1 || !strings.Contains(r.stdout, "late.go") {
		t.Errorf("a new weakness must block the commit: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
