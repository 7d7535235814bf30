package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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

// workflow is the part of a GitHub Actions workflow the tests read.
type workflow struct {
	Permissions map[string]string `yaml:"permissions"`
	Env         map[string]string `yaml:"env"`
	Jobs        map[string]struct {
		Steps []struct {
			ID   string            `yaml:"id"`
			Name string            `yaml:"name"`
			If   string            `yaml:"if"`
			Uses string            `yaml:"uses"`
			Run  string            `yaml:"run"`
			With map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

const module = "github.com/sessionlint/sessionlint"

func TestGitHubActionsExample(t *testing.T) {
	var wf workflow
	readYAML(t, "examples/ci/github-actions.yml", &wf)
	// upload-sarif needs security-events: write, and actions: read in
	// private repositories.
	for perm, want := range map[string]string{"contents": "read", "security-events": "write", "actions": "read"} {
		if wf.Permissions[perm] != want {
			t.Errorf("permissions: %s: %q, want %q", perm, wf.Permissions[perm], want)
		}
	}
	var args []string
	var install, upload string
	for _, job := range wf.Jobs {
		for _, step := range job.Steps {
			if step.ID == "lint" {
				for line := range strings.SplitSeq(step.Run, "\n") {
					if f := strings.Fields(line); len(f) > 1 && f[0] == "sessionlint" {
						args = f[1:]
					}
				}
			}
			if strings.Contains(step.Run, "go install") {
				install = os.Expand(step.Run, func(v string) string { return wf.Env[v] })
			}
			if strings.HasPrefix(step.Uses, "github/codeql-action/upload-sarif@") {
				upload = step.If
			}
		}
	}
	// A pull request from a fork has a read-only token: uploading would fail
	// the job, so the upload step must be guarded.
	if !strings.Contains(upload, "always()") || !strings.Contains(upload, "github.event.pull_request.head.repo.full_name == github.repository") {
		t.Errorf("the upload step must run after findings and skip pull requests from forks, its if is %q", upload)
	}
	_, version, ok := strings.Cut(strings.Trim(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(install), "go install")), `"`), module+"/cmd/sessionlint@")
	if !ok {
		t.Fatalf("the workflow does not go install %s/cmd/sessionlint@VERSION: %q", module, install)
	}
	checkPin(t, version)

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

// checkPin checks a version the examples install: a release tag or a full
// commit hash of this repository's history that has the command, never a
// moving target such as latest or a branch.
func checkPin(t *testing.T, version string) {
	t.Helper()
	tag := regexp.MustCompile(`^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$`).MatchString(version)
	commit := regexp.MustCompile(`^[0-9a-f]{40}$`).MatchString(version)
	if !tag && !commit {
		t.Fatalf("the examples install sessionlint@%s: pin a release tag or a full commit hash", version)
	}
	git := func(args ...string) (string, error) {
		cmd := exec.Command("git", args...)
		cmd.Dir = filepath.Join("..", "..")
		out, err := cmd.CombinedOutput()
		return strings.TrimSpace(string(out)), err
	}
	if out, err := git("rev-parse", "--is-shallow-repository"); err != nil || out != "false" {
		t.Logf("not a full git checkout (%v %s): the pin %s is not looked up", err, out, version)
		return
	}
	if tag {
		if _, err := git("rev-parse", "-q", "--verify", "refs/tags/"+version); err != nil {
			t.Errorf("the examples pin %s, which is no tag of this repository", version)
		}
		return
	}
	if out, err := git("merge-base", "--is-ancestor", version, "HEAD"); err != nil {
		t.Errorf("the examples pin %s, which is not a commit of this branch's history: %v %s", version, err, out)
	} else if _, err := git("cat-file", "-e", version+":cmd/sessionlint/main.go"); err != nil {
		t.Errorf("the pinned commit %s has no cmd/sessionlint", version)
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
			Repo  string `yaml:"repo"`
			Rev   string `yaml:"rev"`
			Hooks []struct {
				ID            string   `yaml:"id"`
				Entry         string   `yaml:"entry"`
				Language      string   `yaml:"language"`
				Deps          []string `yaml:"additional_dependencies"`
				Args          []string `yaml:"args"`
				PassFilenames *bool    `yaml:"pass_filenames"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	readYAML(t, "examples/ci/pre-commit-config.yaml", &cfg)
	if len(cfg.Repos) != 1 || len(cfg.Repos[0].Hooks) != 1 {
		t.Fatalf("want one repo with one hook: %+v", cfg)
	}
	// pre-commit installs a golang hook from a repository with `go install
	// ./...` (every command of the module); a local hook installs only its
	// additional_dependencies, here the command at a pinned version.
	repo, hook := cfg.Repos[0], cfg.Repos[0].Hooks[0]
	if repo.Repo != "local" || hook.Language != "golang" || hook.Entry != "sessionlint" || len(hook.Deps) != 1 {
		t.Fatalf("want a local golang hook that installs only the command: %+v", repo)
	}
	version, ok := strings.CutPrefix(hook.Deps[0], module+"/cmd/sessionlint@")
	if !ok {
		t.Fatalf("the hook installs %q, want %s/cmd/sessionlint@VERSION", hook.Deps[0], module)
	}
	checkPin(t, version)
	var wf workflow
	readYAML(t, "examples/ci/github-actions.yml", &wf)
	if wf.Env["SESSIONLINT_VERSION"] != version {
		t.Errorf("the examples pin different versions: %q and %q", version, wf.Env["SESSIONLINT_VERSION"])
	}
	if hook.PassFilenames == nil || *hook.PassFilenames {
		t.Error("sessionlint analyses packages, not staged files: pass_filenames must be false")
	}
	userArgs := hook.Args

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
