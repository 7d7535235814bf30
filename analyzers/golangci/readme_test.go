package golangci_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// readmeSection returns the README's section under the heading "## title",
// up to the next heading of that level.
func readmeSection(t *testing.T, title string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "\n## "+title+"\n")
	if !ok {
		t.Fatalf("README.md has no section %q", title)
	}
	section, _, _ := strings.Cut(rest, "\n## ")
	return section
}

// documentedConfig returns the .golangci.yml that the README's golangci-lint
// section shows, decoded.
func documentedConfig(t *testing.T) map[string]any {
	t.Helper()
	section := readmeSection(t, "With golangci-lint")
	for _, block := range strings.Split(section, "```yaml\n")[1:] {
		block, _, _ = strings.Cut(block, "```")
		if !strings.Contains(block, "linters:") {
			continue
		}
		var cfg map[string]any
		if err := yaml.Unmarshal([]byte(block), &cfg); err != nil {
			t.Fatalf("the README's .golangci.yml: %v\n%s", err, block)
		}
		return cfg
	}
	t.Fatal("the README's golangci-lint section shows no .golangci.yml")
	return nil
}

// TestREADMEGolangciConfig: golangci-lint's default issues settings hide
// findings (one per line, so a second rule on a line vanishes; three with
// the same text; fifty per linter), so the documented configuration turns
// them off. TestGolangciLint runs it.
func TestREADMEGolangciConfig(t *testing.T) {
	cfg := documentedConfig(t)
	issues, _ := cfg["issues"].(map[string]any)
	for key, want := range map[string]any{"max-issues-per-linter": 0, "max-same-issues": 0, "uniq-by-line": false} {
		if issues[key] != want {
			t.Errorf("the README's .golangci.yml: issues.%s is %v, want %v", key, issues[key], want)
		}
	}
}

// TestREADMECodeScanningWantsTheCommand: golangci-lint's SARIF gives every
// finding the rule ID "sessionlint", so code scanning needs the command's
// own SARIF; the README says so where it shows golangci-lint.
func TestREADMECodeScanningWantsTheCommand(t *testing.T) {
	section := readmeSection(t, "With golangci-lint")
	if !strings.Contains(section, "sessionlint -format sarif") || !strings.Contains(section, "code scanning") {
		t.Error("the README's golangci-lint section should send code scanning to `sessionlint -format sarif`")
	}
}
