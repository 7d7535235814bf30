package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The summary and the exit code say what was analysed, and no two lines
// of one run contradict each other.

// TestOnlySkippedFilesIsNotNoFiles: a folder whose one JavaScript file is
// over the size limit analysed nothing (exit 2), but it has files: the run
// says it skipped one, never that there were none.
func TestOnlySkippedFilesIsNotNoFiles(t *testing.T) {
	dir := writeTree(t, map[string]string{"big.js": strings.Repeat("var x = 1;\n", 100_000)})
	r := sessionlint(t, dir)
	if r.code != 2 || !strings.Contains(r.stderr, "skipped 1 JavaScript/TypeScript file(s): larger than 1 MiB") ||
		strings.Contains(r.stderr, "files found") || !strings.Contains(r.stderr, "nothing could be analysed") {
		t.Fatalf("exit %d, want 2, the skip and \"nothing could be analysed\", no \"no files found\"\nstderr: %s", r.code, r.stderr)
	}
}

// TestSymlinkLoopTarget: a target that is a symbolic link loop is reported
// as one, not as a missing path.
func TestSymlinkLoopTarget(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink("loop", filepath.Join(dir, "loop")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	r := sessionlint(t, dir, "./loop/...")
	if r.code != 2 || !strings.Contains(r.stderr, "too many levels of symbolic links") || strings.Contains(r.stderr, "no such file") ||
		strings.Contains(r.stderr, "files found") {
		t.Fatalf("exit %d, want 2 and the symbolic link loop named\nstderr: %s", r.code, r.stderr)
	}
}

// TestUnknownFlagOnce: an unknown flag's error is printed once, before the
// usage text, not again after it.
func TestUnknownFlagOnce(t *testing.T) {
	r := sessionlint(t, t.TempDir(), "-nosuchflag")
	if r.code != 2 || strings.Count(r.stderr, "flag provided but not defined: -nosuchflag") != 1 || !strings.Contains(r.stderr, "usage: sessionlint") {
		t.Fatalf("exit %d, want 2, the error once and the usage\nstderr: %s", r.code, r.stderr)
	}
}

// TestTestVariantErrors: go vet reports a type error in a test file under a
// "# [pkg]" header. With -tests the tests were not analysed: a problem,
// exit 3. Without, the package itself was analysed in full: exit 0.
func TestTestVariantErrors(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":              webMod,
		"clean/clean.go":      "package clean\n\nfunc OK() {}\n",
		"clean/clean_test.go": "package clean\n\nfunc f() { undefinedThing() }\n",
	})
	r := sessionlint(t, dir, "-tests")
	if r.code != 3 || !strings.Contains(r.stderr, "could not analyse example.com/web/clean (tests)") || !strings.Contains(r.stderr, "undefined: undefinedThing") ||
		!strings.Contains(r.stderr, "1 problem(s)") {
		t.Fatalf("-tests: exit %d, want 3 and the test variant's error\nstderr: %s", r.code, r.stderr)
	}
	if r := sessionlint(t, dir); r.code != 0 || !strings.Contains(r.stderr, "analysed 1 of 1 Go package(s) fully") {
		t.Fatalf("without -tests: exit %d, want 0\nstderr: %s", r.code, r.stderr)
	}
}
