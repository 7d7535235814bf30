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
