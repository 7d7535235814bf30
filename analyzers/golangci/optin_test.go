package golangci_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestGolangciBuildIsOptIn: the README's test command (go test ./...) does
// not build golangci-lint, minutes on a cold machine: TestGolangciLint runs
// only with SESSIONLINT_TEST_GOLANGCI=1, which .ci/run sets.
func TestGolangciBuildIsOptIn(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test: skipped with -short")
	}
	script, err := os.ReadFile(filepath.Join("..", "..", ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^export ` + GolangciEnv + `=1$`).Match(script) {
		t.Errorf(".ci/run does not export %s=1: CI would not build golangci-lint", GolangciEnv)
	}

	start := time.Now()
	cmd := exec.Command("go", "test", "-count=1", "-run", "^TestGolangciLint$", "-v", ".")
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, GolangciEnv+"=") || strings.HasPrefix(kv, "CI=")
	})
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go test -run TestGolangciLint: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- SKIP: TestGolangciLint") || !strings.Contains(string(out), GolangciEnv) {
		t.Errorf("without %s, TestGolangciLint must skip and say how to run it (took %s):\n%s", GolangciEnv, time.Since(start).Round(time.Second), out)
	}
}
