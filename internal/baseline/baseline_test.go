package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/finding"
)

// at returns a finding of rule on the 1-based line of file holding text.
func at(t *testing.T, file, rule, text string, nth int) finding.Finding {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, text) {
			if seen == nth {
				return finding.Finding{Rule: rule, File: file, Line: i + 1, Column: 1, Message: rule + " here"}
			}
			seen++
		}
	}
	t.Fatalf("%q not in %s", text, file)
	return finding.Finding{}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWriteThenFilter(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.go")
	write(t, src, "package a\n\nvar x = weak()\nvar y = weak()\n")
	fs := []finding.Finding{at(t, src, "r", "var x", 0), at(t, src, "r", "var y", 0)}
	base := filepath.Join(dir, "baseline.json")
	if n, err := Write(base, "devel", fs); err != nil || n != 2 {
		t.Fatalf("Write: %d %v", n, err)
	}
	data, _ := os.ReadFile(base)
	if !strings.Contains(string(data), `"file": "a.go"`) || !strings.Contains(string(data), `"tool": "sessionlint"`) {
		t.Errorf("baseline:\n%s", data)
	}

	// Lines above, an unrelated edit, and a second identical weakness.
	write(t, src, "package a\n\n// new comment\nimport \"fmt\"\n\nvar x = weak()\nvar z = fmt.Sprint()\nvar y = weak()\nvar x = weak()\n")
	b, err := Load(base)
	if err != nil {
		t.Fatal(err)
	}
	now := []finding.Finding{at(t, src, "r", "var x", 0), at(t, src, "r", "var y", 0), at(t, src, "r", "var x", 1)}
	kept, hidden := b.Filter(now)
	if hidden != 2 || len(kept) != 1 || kept[0].Line != 9 {
		t.Fatalf("Filter: hidden %d, kept %+v", hidden, kept)
	}

	// From another working directory, the same result.
	t.Chdir(t.TempDir())
	if kept, hidden := b.Filter(now); hidden != 2 || len(kept) != 1 {
		t.Errorf("from elsewhere: hidden %d kept %d", hidden, len(kept))
	}

	// A suppressed finding is neither recorded nor hidden.
	s := now[0]
	s.Suppression = &finding.Suppression{Reason: "ok"}
	if kept, hidden := b.Filter([]finding.Finding{s}); hidden != 0 || len(kept) != 1 {
		t.Errorf("suppressed: hidden %d kept %d", hidden, len(kept))
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"garbage.json": "not json",
		"other.json":   `{"tool": "eslint", "format": 1, "findings": []}`,
		"format.json":  `{"tool": "sessionlint", "format": 9, "findings": []}`,
		"nofp.json":    `{"tool": "sessionlint", "format": 1, "findings": [{"rule": "r"}]}`,
		"unknown.json": `{"tool": "sessionlint", "format": 1, "findings": [], "extra": 1}`,
	} {
		p := filepath.Join(dir, name)
		write(t, p, content)
		if _, err := Load(p); err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file loaded")
	}
	p := filepath.Join(dir, "empty.json")
	write(t, p, `{"tool": "sessionlint", "version": "devel", "format": 1, "findings": []}`)
	if b, err := Load(p); err != nil || b.Len() != 0 {
		t.Errorf("empty baseline: %v", err)
	}
}
