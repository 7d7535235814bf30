package fixes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/finding"
)

func withFix(file string, edits ...finding.Edit) finding.Finding {
	for i := range edits {
		edits[i].File = file
	}
	return finding.Finding{File: file, Rule: "cookieflags", Fixes: []finding.Fix{{Message: "fix", Edits: edits}}}
}

func tempFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPlanAppliesDisjointAndSkipsOverlapping(t *testing.T) {
	p := tempFile(t, "a.js", "0123456789")
	fs := []finding.Finding{
		withFix(p, finding.Edit{Start: 1, End: 3, New: "ab"}),
		withFix(p, finding.Edit{Start: 2, End: 4, New: "XY"}), // overlaps the first
		withFix(p, finding.Edit{Start: 5, End: 5, New: "+"}),
		withFix(p, finding.Edit{Start: 5, End: 5, New: "-"}),  // insertion at the same offset
		withFix(p, finding.Edit{Start: 1, End: 3, New: "ab"}), // identical to the first: shared
	}
	sup := withFix(p, finding.Edit{Start: 8, End: 9, New: "S"})
	sup.Suppression = &finding.Suppression{Reason: "ok"}
	fs = append(fs, sup)

	changes, skipped := Plan(fs)
	if len(changes) != 1 {
		t.Fatalf("got %d changes, want 1", len(changes))
	}
	if got, want := string(changes[0].New), "0ab34+56789"; got != want {
		t.Errorf("new content %q, want %q", got, want)
	}
	if string(changes[0].Old) != "0123456789" {
		t.Errorf("old content %q", changes[0].Old)
	}
	if len(skipped) != 2 {
		t.Fatalf("got %d skipped fixes, want 2: %+v", len(skipped), skipped)
	}
	for _, s := range skipped {
		if !strings.Contains(s.Reason, "overlaps another fix") {
			t.Errorf("skip reason %q does not say why", s.Reason)
		}
	}
	if data, _ := os.ReadFile(p); string(data) != "0123456789" {
		t.Error("Plan must not write files")
	}
	if err := Write(changes); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(p); string(data) != "0ab34+56789" {
		t.Errorf("after Write: %q", data)
	}
}

func TestPlanSkipsSelfOverlapAndOutOfRange(t *testing.T) {
	p := tempFile(t, "a.js", "abc")
	_, skipped := Plan([]finding.Finding{withFix(p, finding.Edit{Start: 0, End: 2, New: "x"}, finding.Edit{Start: 1, End: 3, New: "y"})})
	if len(skipped) != 1 || skipped[0].Reason != "its own edits overlap" {
		t.Errorf("self-overlapping fix: %+v", skipped)
	}
	changes, skipped := Plan([]finding.Finding{withFix(p, finding.Edit{Start: 2, End: 10, New: "x"})})
	if len(changes) != 0 || len(skipped) != 1 || !strings.Contains(skipped[0].Reason, "out of range") {
		t.Errorf("out-of-range edit: changes %d, skipped %+v", len(changes), skipped)
	}
	changes, skipped = Plan([]finding.Finding{withFix(filepath.Join(t.TempDir(), "gone.js"), finding.Edit{Start: 0, End: 0, New: "x"})})
	if len(changes) != 0 || len(skipped) != 1 {
		t.Errorf("missing file: changes %d, skipped %+v", len(changes), skipped)
	}
}

func TestPlanFormatsGo(t *testing.T) {
	src := "package p\n\nvar x = struct{ A, B bool }{A: true}\n"
	p := tempFile(t, "p.go", src)
	at := strings.Index(src, "}\n")
	changes, _ := Plan([]finding.Finding{withFix(p, finding.Edit{Start: at, End: at, New: ",B:true"})})
	if len(changes) != 1 || !strings.Contains(string(changes[0].New), "{A: true, B: true}") {
		t.Fatalf("Go fix not gofmt-ed: %q", changes)
	}
}

// TestPlanAppliesOnlyTheEditsToUnformattedGo: a Go file gofmt would change
// (CRLF line ends, code formatted by hand) gets the fix's edits and nothing
// else.
func TestPlanAppliesOnlyTheEditsToUnformattedGo(t *testing.T) {
	src := "package p\r\n\r\nvar x = struct{ A, B bool }{A: true}\r\n\r\nfunc  handFormatted( ) {   }\r\n"
	p := tempFile(t, "p.go", src)
	at := strings.Index(src, "}\r\n")
	changes, _ := Plan([]finding.Finding{withFix(p, finding.Edit{Start: at, End: at, New: ", B: true"})})
	want := src[:at] + ", B: true" + src[at:]
	if len(changes) != 1 || string(changes[0].New) != want {
		t.Fatalf("want only the fix's edit:\n%q\ngot\n%q", want, changes)
	}
}

func TestUnified(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\n"
	new := "a\nb\nc\nd\nE\nf\ng\nh\ni\n"
	got := Unified("x.js", []byte(old), []byte(new))
	want := "--- a/x.js\n+++ b/x.js\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"
	if got != want {
		t.Errorf("diff:\n%s\nwant:\n%s", got, want)
	}
	if Unified("x.js", []byte(old), []byte(old)) != "--- a/x.js\n+++ b/x.js\n" {
		t.Error("no change must give an empty diff body")
	}
	if got := Unified("y", []byte("a"), []byte("b")); !strings.Contains(got, "\\ No newline at end of file") {
		t.Errorf("missing final newline not marked:\n%s", got)
	}
}
