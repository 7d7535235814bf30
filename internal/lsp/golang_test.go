package lsp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/govet"
	"github.com/sessionlint/sessionlint/internal/lsp/lsptest"
)

// goModule writes a module with one package main in main.go.
func goModule(t *testing.T, src string) (dir, mainGo string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mainGo = filepath.Join(dir, "main.go")
	if err := os.WriteFile(mainGo, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, mainGo
}

// TestNewerEditCancelsGoRun: a go vet run still going when the buffer
// changes is cancelled, and what it found is never published, so the
// diagnostics never lag an edit behind.
func TestNewerEditCancelsGoRun(t *testing.T) {
	_, mainGo := goModule(t, "package main\n\nfunc main() {}\n")
	var (
		mu    sync.Mutex
		runs  int
		first = make(chan context.Context, 1)
	)
	release := make(chan struct{})
	runVet := func(ctx context.Context, cfg govet.Config, units []govet.Unit) govet.Result {
		mu.Lock()
		runs++
		n := runs
		mu.Unlock()
		if n == 1 {
			first <- ctx
			<-release // slow, and deaf to cancellation like a go vet that is finishing
		}
		return govet.Result{Analysed: 1, Diagnostics: []govet.Diagnostic{{
			Analyzer: "cookieflags", File: mainGo, Line: 1, Column: 1, EndLine: 1, EndCol: 8, Message: fmt.Sprintf("run %d", n),
		}}}
	}
	c, done, _ := start(t, Options{Tool: "sessionlint", RunVet: runVet, GoDelay: time.Millisecond})
	initialize(t, c)
	uri := pathURI(mainGo)
	c.Notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, LanguageID: "go", Version: 1, Text: "package main\n\nfunc main() {}\n"}})
	var ctx1 context.Context
	select {
	case ctx1 = <-first:
	case <-time.After(wait):
		t.Fatal("go vet was not run for the opened file")
	}
	c.Notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: "package main\n\nfunc main() { _ = 1 }\n"}},
	})
	select {
	case <-ctx1.Done():
	case <-time.After(5 * time.Second):
		t.Error("the run for version 1 was not cancelled by the edit to version 2")
	}
	close(release)
	d, err := c.WaitDiagnostics(uri, wait, func(d lsptest.Diagnostics) bool {
		return len(d.Diagnostics) == 1 && d.Diagnostics[0].Message == "run 2"
	})
	if err != nil {
		t.Fatalf("the run for version 2 was not published: %v", err)
	}
	if d.Version == nil || *d.Version != 2 {
		t.Errorf("published for version %v, want 2", d.Version)
	}
	for _, n := range c.Notifications("textDocument/publishDiagnostics") {
		if strings.Contains(string(n.Params), "run 1") {
			t.Errorf("the stale run's result was published: %s", n.Params)
		}
	}
	shutdown(t, c, done)
}

// TestOverlayPathsMapBack: a path into any overlay folder, this run's or a
// deleted one's that go vet's cache replays, maps back to the real file,
// also within messages.
func TestOverlayPathsMapBack(t *testing.T) {
	real := filepath.Join(t.TempDir(), "app", "main_test.go")
	ov, err := newOverlay(map[string]goBuffer{real: {text: []byte("package app\n")}})
	if err != nil {
		t.Fatal(err)
	}
	defer ov.remove()
	tmp := ov.toTemp[real]
	if filepath.Base(tmp) != "main_test.go" || !strings.HasPrefix(tmp, ov.dir) {
		t.Fatalf("copy at %s", tmp)
	}
	if got := overlayReal(tmp); got != real {
		t.Errorf("overlayReal(%s) = %s, want %s", tmp, got, real)
	}
	stale := filepath.Join(os.TempDir(), overlayPrefix+"123456", overlayRoot, encodePath(real))
	if got := overlayReal(stale); got != real {
		t.Errorf("overlayReal(%s) = %s, want %s (a replayed result)", stale, got, real)
	}
	if got := overlayReal(real); got != real {
		t.Errorf("a real path changed: %s", got)
	}
	msg := "vet: " + stale + ":3:1: expected declaration\n" + tmp + ":4:2: oops"
	want := "vet: " + real + ":3:1: expected declaration\n" + real + ":4:2: oops"
	if got := overlayRealText(msg); got != want {
		t.Errorf("overlayRealText:\n%s\nwant\n%s", got, want)
	}
}

// TestGofmtFix: a fix that leaves a gofmt-clean file unaligned becomes the
// formatted lines; one that leaves it formatted, or a file that was not
// formatted to begin with, keeps its edits.
func TestGofmtFix(t *testing.T) {
	src := "package p\n\nvar c = &C{\n\tName:  \"a\",\n\tValue: \"b\",\n}\n\ntype C struct{ Name, Value, Secure string }\n"
	ins := strings.Index(src, "}\n")
	texts := map[string]string{"/p/c.go": src, "/p/messy.go": strings.ReplaceAll(src, "Name:  ", "Name: ")}
	g := newGofmt(func(path string) ([]byte, bool) { s, ok := texts[path]; return []byte(s), ok })

	fix := g.fix(finding.Fix{Edits: []finding.Edit{{File: "/p/c.go", Start: ins, End: ins, New: "\tSecure: \"s\",\n"}}})
	if len(fix.Edits) != 1 {
		t.Fatalf("edits %+v", fix.Edits)
	}
	e := fix.Edits[0]
	got := src[:e.Start] + e.New + src[e.End:]
	want := "package p\n\nvar c = &C{\n\tName:   \"a\",\n\tValue:  \"b\",\n\tSecure: \"s\",\n}\n\ntype C struct{ Name, Value, Secure string }\n"
	if got != want {
		t.Errorf("fixed:\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(e.New, "package") || strings.Contains(e.New, "type C") {
		t.Errorf("the edit spans more than the changed lines: %q", e.New)
	}

	aligned := finding.Fix{Edits: []finding.Edit{{File: "/p/c.go", Start: 0, End: 0, New: "// Package p.\n"}}}
	if got := g.fix(aligned); len(got.Edits) != 1 || got.Edits[0] != aligned.Edits[0] {
		t.Errorf("an already formatted fix changed: %+v", got.Edits)
	}
	i := strings.Index(texts["/p/messy.go"], "}\n")
	messy := finding.Fix{Edits: []finding.Edit{{File: "/p/messy.go", Start: i, End: i, New: "\tSecure: \"s\",\n"}}}
	if got := g.fix(messy); len(got.Edits) != 1 || got.Edits[0] != messy.Edits[0] {
		t.Errorf("a fix in an unformatted file was reformatted: %+v", got.Edits)
	}
}
