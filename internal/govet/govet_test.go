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
		"go: example.com/app/gone: no matching versions for query \"latest\"\n"
	got := parseStderr(dir, stderr)
	if len(got) != 2 {
		t.Fatalf("got %d problems, want 2 (download progress is not a problem): %+v", len(got), got)
	}
	if got[0].Path != "example.com/app/broken" || got[0].Message != filepath.Join(dir, "broken/x.go")+":3:1: expected declaration, found oops" {
		t.Errorf("package problem: %+v", got[0])
	}
	if got[1].Path != dir || got[1].Message != "example.com/app/gone: no matching versions for query \"latest\"" {
		t.Errorf("go command problem: %+v", got[1])
	}
}
