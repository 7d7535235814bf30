package govet

import (
	"path/filepath"
	"testing"
)

func TestParseStderr(t *testing.T) {
	dir := t.TempDir()
	stderr := "go: downloading github.com/gorilla/sessions v1.4.0\n" +
		"go: extracting github.com/gorilla/sessions v1.4.0\n" +
		"# example.com/app/broken\n" +
		"vet: broken/x.go:3:1: expected declaration, found oops\n" +
		"# example.com/app/fine\n" +
		"go: example.com/app/gone: no matching versions for query \"latest\"\n" +
		"# example.com/app/other\n" +
		"sessionlint: ./other/y.go:14:8: expected ')', found 'EOF'\n"
	got := parseStderr(dir, stderr)
	if len(got) != 3 {
		t.Fatalf("got %d problems, want 3 (download progress is not a problem): %+v", len(got), got)
	}
	// The analysis driver names itself before a file it cannot parse.
	if got[2].Path != "example.com/app/other" || got[2].Message != filepath.Join(dir, "other/y.go")+":14:8: expected ')', found 'EOF'" {
		t.Errorf("tool-prefixed problem: %+v", got[2])
	}
	if got[0].Path != "example.com/app/broken" || got[0].Message != filepath.Join(dir, "broken/x.go")+":3:1: expected declaration, found oops" {
		t.Errorf("package problem: %+v", got[0])
	}
	if got[1].Path != dir || got[1].Message != "example.com/app/gone: no matching versions for query \"latest\"" {
		t.Errorf("go command problem: %+v", got[1])
	}
}
