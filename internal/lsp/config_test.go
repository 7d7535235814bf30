package lsp

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/lsp/lsptest"
)

// TestConfigFromFoldersAndWatchedFiles: the configuration is asked for the
// workspace folder that holds a file (the deepest), or the file's own
// folder outside them; a client that can watch files is asked to watch the
// configuration files, and a change to one analyses the open files again.
func TestConfigFromFoldersAndWatchedFiles(t *testing.T) {
	root := t.TempDir()
	inner := filepath.Join(root, "inner")
	outside := t.TempDir()
	var mu sync.Mutex
	asked := map[string]bool{}
	var checks atomic.Int32
	opts := Options{
		CheckJS: func(path string, src []byte, _ catalog.Names) ([]finding.Finding, error) {
			checks.Add(1)
			return nil, nil
		},
		Configure: func(dir string) Config {
			mu.Lock()
			asked[dir] = true
			mu.Unlock()
			return Config{}
		},
		WatchFiles: []string{"**/.sessionlint.yml"},
	}
	c, done, _ := start(t, opts)
	m, err := c.Call("initialize", map[string]any{
		"processId":        nil,
		"workspaceFolders": []WorkspaceFolder{{URI: pathURI(root), Name: "root"}, {URI: pathURI(inner), Name: "inner"}},
		"capabilities":     map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}},
	}, wait)
	if err != nil || m.Error != nil {
		t.Fatalf("initialize: %v %+v", err, m.Error)
	}
	c.Notify("initialized", map[string]any{})

	// The registration request, answered as a client does.
	var reg lsptest.Message
	if err := c.WaitFor(wait, func(notes []lsptest.Message) bool {
		for _, n := range notes {
			if n.Method == "client/registerCapability" {
				reg = n
				return true
			}
		}
		return false
	}); err != nil {
		t.Fatal("no client/registerCapability request:", err)
	}
	if !strings.Contains(string(reg.Params), `"globPattern":"**/.sessionlint.yml"`) || len(reg.ID) == 0 {
		t.Errorf("registration: %s", reg.Params)
	}
	c.Send([]byte(`{"jsonrpc":"2.0","id":` + string(reg.ID) + `,"result":null}`))

	for _, p := range []string{filepath.Join(inner, "a", "x.js"), filepath.Join(root, "y.js"), filepath.Join(outside, "z.js")} {
		c.Notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: pathURI(p), Version: 1, Text: "x"}})
		if _, err := c.WaitDiagnostics(pathURI(p), wait, func(lsptest.Diagnostics) bool { return true }); err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	for _, dir := range []string{root, inner, outside} {
		if !asked[dir] {
			t.Errorf("the configuration was not asked for %s; asked for %v", dir, asked)
		}
	}
	if asked[filepath.Join(inner, "a")] {
		t.Errorf("a file in a workspace folder took the configuration of its own folder")
	}
	mu.Unlock()

	before := checks.Load()
	c.Notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": pathURI(filepath.Join(root, ".sessionlint.yml")), "type": 2}}})
	if err := c.WaitFor(wait, func([]lsptest.Message) bool { return checks.Load() >= before+3 }); err != nil {
		t.Errorf("a changed configuration file did not analyse the open files again (%d checks, want %d)", checks.Load(), before+3)
	}
	shutdown(t, c, done)
}

// TestBadConfiguration: a configuration in error is shown once, marked at
// its line, and cleared once fixed.
func TestBadConfiguration(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, ".sessionlint.yml")
	writeTestFile(t, file, "disable: [nosuchrule]\n")
	var bad atomic.Bool
	bad.Store(true)
	opts := Options{
		CheckJS: fakeJS,
		Configure: func(string) Config {
			if bad.Load() {
				return Config{File: file, Err: errors.New(file + ":1: unknown rule \"nosuchrule\""), ErrLine: 1}
			}
			return Config{File: file}
		},
		Warnings: []string{"-severity: unknown severity \"urgent\""},
	}
	c, done, _ := start(t, opts)
	m, err := c.Call("initialize", map[string]any{"processId": nil, "rootUri": pathURI(dir), "capabilities": map[string]any{}}, wait)
	if err != nil || m.Error != nil {
		t.Fatalf("initialize: %v %+v", err, m.Error)
	}
	c.Notify("initialized", map[string]any{})
	d, err := c.WaitDiagnostics(pathURI(file), wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 1 })
	if err != nil {
		t.Fatal("no diagnostic on the configuration file at start:", err)
	}
	if got := d.Diagnostics[0]; got.Message != `unknown rule "nosuchrule"` || got.Range.Start.Line != 0 || got.Severity != SeverityError {
		t.Errorf("configuration diagnostic %+v", got)
	}
	js := filepath.Join(dir, "app.js")
	c.Notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: pathURI(js), Version: 1, Text: "x({ secure: false })"}})
	if _, err := c.WaitDiagnostics(pathURI(js), wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 1 }); err != nil {
		t.Fatal("the defaults do not serve:", err)
	}
	var shown []string
	for _, n := range c.Notifications("window/showMessage") {
		var p LogMessageParams
		json.Unmarshal(n.Params, &p)
		shown = append(shown, p.Message)
	}
	if len(shown) != 2 || !strings.Contains(shown[0], "urgent") || !strings.Contains(shown[1], "nosuchrule") {
		t.Errorf("want the flag's and the file's problems shown once each, got %q", shown)
	}
	bad.Store(false)
	c.Notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: pathURI(js), Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: "x({ secure: true })"}}})
	if _, err := c.WaitDiagnostics(pathURI(file), wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 0 }); err != nil {
		t.Fatal("the fixed configuration's diagnostic stays:", err)
	}
	shutdown(t, c, done)
}

func writeTestFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
