package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/lsp/lsptest"
)

const wait = 20 * time.Second

// start runs a server in-process on pipes and returns a client and the
// channel that receives Serve's result.
func start(t *testing.T, opts Options) (*lsptest.Client, <-chan error, *lsptest.LogBuffer) {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	log := &lsptest.LogBuffer{}
	opts.Log = log
	done := make(chan error, 1)
	stopped := make(chan struct{})
	go func() {
		done <- Serve(context.Background(), inR, outW, opts)
		close(stopped)
	}()
	c := lsptest.New(outR, inW)
	t.Cleanup(func() {
		inW.Close()
		outR.Close()
		select {
		case <-stopped:
		case <-time.After(wait):
			t.Error("server did not stop")
		}
		if t.Failed() {
			t.Logf("server log:\n%s", log.String())
		}
	})
	return c, done, log
}

func initialize(t *testing.T, c *lsptest.Client) {
	t.Helper()
	m, err := c.Call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, wait)
	if err != nil || m.Error != nil {
		t.Fatalf("initialize: %v %+v", err, m.Error)
	}
	var res InitializeResult
	if err := json.Unmarshal(m.Result, &res); err != nil {
		t.Fatal(err)
	}
	if res.Capabilities.TextDocumentSync.Change != syncFull || len(res.Capabilities.CodeActionProvider.CodeActionKinds) == 0 {
		t.Fatalf("capabilities: %+v", res.Capabilities)
	}
	if err := c.Notify("initialized", map[string]any{}); err != nil {
		t.Fatal(err)
	}
}

func shutdown(t *testing.T, c *lsptest.Client, done <-chan error) {
	t.Helper()
	if m, err := c.Call("shutdown", nil, wait); err != nil || m.Error != nil {
		t.Fatalf("shutdown: %v %+v", err, m.Error)
	}
	if err := c.Notify("exit", nil); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve after shutdown and exit: %v", err)
		}
	case <-time.After(wait):
		t.Fatal("server did not exit")
	}
}

// fakeJS flags "secure: false" with a fix, panics on "PANIC" and fails on
// "FAIL", standing in for the tree-sitter checker (which needs cgo).
func fakeJS(path string, src []byte, _ catalog.Names) ([]finding.Finding, error) {
	if bytes.Contains(src, []byte("PANIC")) {
		panic("checker bug")
	}
	if bytes.Contains(src, []byte("FAIL")) {
		return nil, errors.New("cannot parse")
	}
	var fs []finding.Finding
	for lineNo, line := range strings.Split(string(src), "\n") {
		col := strings.Index(line, "secure: false")
		if col < 0 {
			continue
		}
		lineStart := strings.Index(string(src), line)
		val := lineStart + col + len("secure: ")
		fs = append(fs, finding.Finding{
			Rule: "cookieflags", File: path, Line: lineNo + 1, Column: col + 1, EndLine: lineNo + 1, EndColumn: col + 1 + len("secure: false"),
			Message: "cookie without Secure",
			Fixes:   []finding.Fix{{Message: "Set secure: true", Edits: []finding.Edit{{File: path, Start: val, End: val + len("false"), New: "true"}}}},
		})
	}
	if bytes.Contains(src, []byte("ignored")) {
		fs = append(fs, finding.Finding{Rule: "cookieflags", File: path, Line: 1, Column: 1, Message: "suppressed", Suppression: &finding.Suppression{Reason: "test"}})
	}
	return fs, nil
}

func u16(s string) int { return len(utf16.Encode([]rune(s))) }

func TestJSDiagnosticsFixesAndChanges(t *testing.T) {
	c, done, _ := start(t, Options{CheckJS: fakeJS, JSDelay: time.Millisecond})
	initialize(t, c)

	path := filepath.Join(t.TempDir(), "app.js")
	uri := pathURI(path)
	line2 := `const face = "😀é"; res.cookie('sid', v, { secure: false }); // ignored`
	text := "'use strict';\n" + line2 + "\n"
	if err := c.Notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, LanguageID: "javascript", Version: 1, Text: text}}); err != nil {
		t.Fatal(err)
	}
	d, err := c.WaitDiagnostics(uri, wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) > 0 })
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Diagnostics) != 1 {
		t.Fatalf("want 1 diagnostic (the suppressed one hidden), got %+v", d.Diagnostics)
	}
	got := d.Diagnostics[0]
	startChar := u16(line2[:strings.Index(line2, "secure")])
	if got.Range.Start.Line != 1 || got.Range.Start.Character != startChar || got.Range.End.Character != startChar+len("secure: false") {
		t.Errorf("range %+v, want line 1 characters %d-%d (UTF-16)", got.Range, startChar, startChar+len("secure: false"))
	}
	if got.Code != "cookieflags" || got.Source != "sessionlint" || got.Severity != SeverityWarning {
		t.Errorf("code/source/severity: %+v", got)
	}
	if got.CodeDescription == nil || got.CodeDescription.Href != catalog.DocURL("cookieflags") {
		t.Errorf("codeDescription: %+v", got.CodeDescription)
	}
	if d.Version == nil || *d.Version != 1 {
		t.Errorf("version %v, want 1", d.Version)
	}

	// The quick fix replaces "false" with "true", in UTF-16 positions.
	m, err := c.Call("textDocument/codeAction", CodeActionParams{
		TextDocument: TextDocumentIdentifier{URI: uri},
		Range:        Range{Start: Position{Line: 1, Character: startChar}, End: Position{Line: 1, Character: startChar}},
	}, wait)
	if err != nil || m.Error != nil {
		t.Fatalf("codeAction: %v %+v", err, m.Error)
	}
	var actions []CodeAction
	if err := json.Unmarshal(m.Result, &actions); err != nil {
		t.Fatal(err)
	}
	if len(actions) != 1 || actions[0].Kind != "quickfix" || actions[0].Edit == nil {
		t.Fatalf("actions: %s", m.Result)
	}
	edits := actions[0].Edit.Changes[uri]
	valChar := u16(line2[:strings.Index(line2, "false")])
	want := TextEdit{Range: Range{Start: Position{1, valChar}, End: Position{1, valChar + 5}}, NewText: "true"}
	if len(edits) != 1 || edits[0] != want {
		t.Errorf("edits %+v, want %+v", edits, want)
	}

	// Only other kinds requested: nothing.
	m, _ = c.Call("textDocument/codeAction", map[string]any{"textDocument": map[string]string{"uri": uri},
		"range": Range{Start: Position{1, 0}, End: Position{1, 80}}, "context": map[string]any{"diagnostics": []any{}, "only": []string{"refactor"}}}, wait)
	if string(m.Result) != "[]" {
		t.Errorf("codeAction only=refactor: %s", m.Result)
	}

	// Fixing the buffer clears the diagnostics, and the old fix is no
	// longer offered.
	fixed := strings.Replace(text, "secure: false", "secure: true", 1)
	if err := c.Notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: fixed}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitDiagnostics(uri, wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 0 }); err != nil {
		t.Fatal(err)
	}
	m, _ = c.Call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Range: Range{End: Position{Line: 5}}}, wait)
	if string(m.Result) != "[]" {
		t.Errorf("codeAction after the fix: %s", m.Result)
	}

	// A ranged change (though full sync was announced) is applied too.
	if err := c.Notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 3},
		ContentChanges: []TextDocumentContentChangeEvent{{
			Range: &Range{Start: Position{1, valChar}, End: Position{1, valChar + 4}}, Text: "false",
		}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitDiagnostics(uri, wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 1 && *d.Version == 3 }); err != nil {
		t.Fatal(err)
	}

	// Closing a JS file clears its diagnostics.
	if err := c.Notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.WaitDiagnostics(uri, wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 0 }); err != nil {
		t.Fatal(err)
	}
	shutdown(t, c, done)
}

func TestEnabledFiltersRules(t *testing.T) {
	c, done, _ := start(t, Options{CheckJS: fakeJS, Configure: func(string) Config {
		return Config{Enabled: func(_, rule string) bool { return rule != "cookieflags" }}
	}})
	initialize(t, c)
	uri := pathURI(filepath.Join(t.TempDir(), "a.ts"))
	c.Notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, Version: 1, Text: "x({ secure: false })"}})
	if _, err := c.WaitDiagnostics(uri, wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 0 }); err != nil {
		t.Fatal(err)
	}
	shutdown(t, c, done)
}

func TestNoJSCheckerSaysSoOnce(t *testing.T) {
	c, done, _ := start(t, Options{NoJS: "needs cgo"})
	initialize(t, c)
	dir := t.TempDir()
	for _, name := range []string{"a.js", "b.tsx"} {
		c.Notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: pathURI(filepath.Join(dir, name)), Version: 1, Text: "x"}})
	}
	if err := c.WaitFor(wait, func(notes []lsptest.Message) bool {
		for _, n := range notes {
			if n.Method == "window/showMessage" && strings.Contains(string(n.Params), "needs cgo") {
				return true
			}
		}
		return false
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Call("shutdown", nil, wait); err != nil {
		t.Fatal(err)
	}
	if n := len(c.Notifications("window/showMessage")); n != 1 {
		t.Errorf("%d showMessage notifications, want 1", n)
	}
	c.Notify("exit", nil)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestBadInput sends what a broken or hostile client might and checks that
// the server answers what deserves an answer and keeps serving.
func TestBadInput(t *testing.T) {
	c, done, log := start(t, Options{CheckJS: fakeJS})

	// Before initialize, requests fail with ServerNotInitialized.
	m, err := c.Call("textDocument/codeAction", map[string]any{}, wait)
	if err != nil || m.Error == nil || m.Error.Code != codeServerNotInitialized {
		t.Fatalf("request before initialize: %v %+v", err, m)
	}
	initialize(t, c)

	frame := func(body string) []byte { return []byte(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)) }
	garbage := [][]byte{
		frame("{{{{{"),          // not JSON
		frame("[]"),             // empty batch
		frame(`{"id":7,"x":1}`), // neither request nor response
		frame(`"a"`),            // not an object
		frame("null"),
		frame("\xff\xfe\x00"), // binary
		frame(`[{"jsonrpc":"2.0","id":5,"method":"shutdown"}]`),    // batches are not supported
		[]byte("X-Nonsense\r\n\r\n"),                               // no Content-Length
		[]byte("Content-Length: -3\r\nContent-Length: zz\r\n\r\n"), // bad lengths
		[]byte("\r\n\r\n\n"),                                       // blank lines
		[]byte("Content-Length: 4\nContent-Type: x\n\nnull"),       // bare \n
		[]byte(strings.Repeat("A", 100<<10) + "\r\n\r\n"),          // endless header line
		frame(`{"jsonrpc":"2.0","id":99,"method":"nope"}`),         // unknown method
	}
	for _, g := range garbage {
		if err := c.WriteRaw(g); err != nil {
			t.Fatal(err)
		}
	}
	// Malformed params, unknown notifications and requests.
	for _, body := range []string{
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":42}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen"}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:Untitled-1","text":"x"}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file://%zz","text":"x"}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nowhere/x.js"},"contentChanges":[{"range":{"start":{"line":-5,"character":-1},"end":{"line":900,"character":4}},"text":"y"}]}}`,
		`{"jsonrpc":"2.0","method":"workspace/somethingNew","params":{}}`,
		`{"jsonrpc":"2.0","method":"$/progress","params":{}}`,
	} {
		if err := c.Send([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	m, err = c.Call("textDocument/codeAction", "not an object", wait)
	if err != nil || m.Error == nil || m.Error.Code != -32602 {
		t.Errorf("codeAction with bad params: %v %+v", err, m)
	}
	if m, err := c.WaitReply("99", wait); err != nil || m.Error == nil || m.Error.Code != -32601 {
		t.Errorf("unknown method: %+v", m)
	}
	if m, ok := c.Reply("null"); !ok || m.Error == nil || m.Error.Code != -32700 && m.Error.Code != -32600 {
		t.Errorf("no parse error reply with a null id: %+v", m)
	}

	// A checker that panics or fails is logged; the server goes on.
	dir := t.TempDir()
	for _, text := range []string{"PANIC", "FAIL", strings.Repeat("\x00\xff", 1000)} {
		uri := pathURI(filepath.Join(dir, text[:4]+".js"))
		c.Notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, Version: 1, Text: text}})
	}
	if err := c.WaitFor(wait, func([]lsptest.Message) bool { return strings.Contains(log.String(), "checker bug") }); err != nil {
		t.Fatal("panic not logged:", err)
	}

	// Still serving.
	uri := pathURI(filepath.Join(dir, "ok.js"))
	c.Notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, Version: 1, Text: "a({ secure: false })"}})
	if _, err := c.WaitDiagnostics(uri, wait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 1 }); err != nil {
		t.Fatal(err)
	}
	if m, err := c.Call("initialize", map[string]any{}, wait); err != nil || m.Error == nil {
		t.Errorf("second initialize: %v %+v", err, m)
	}
	shutdown(t, c, done)
}

func TestExitWithoutShutdown(t *testing.T) {
	c, done, _ := start(t, Options{})
	initialize(t, c)
	c.Notify("exit", nil)
	if err := <-done; !errors.Is(err, ErrNoShutdown) {
		t.Fatalf("got %v, want ErrNoShutdown", err)
	}
}

func TestClientGoesAway(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- Serve(context.Background(), inR, outW, Options{}) }()
	go io.Copy(io.Discard, outR)
	inW.Write([]byte("Content-Length: 100\r\n\r\n{\"jsonrpc\""))
	inW.Close()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNoShutdown) {
			t.Fatalf("got %v, want ErrNoShutdown", err)
		}
	case <-time.After(wait):
		t.Fatal("server did not stop when its input ended")
	}
}

func TestRequestsAfterShutdown(t *testing.T) {
	c, done, _ := start(t, Options{})
	initialize(t, c)
	if _, err := c.Call("shutdown", nil, wait); err != nil {
		t.Fatal(err)
	}
	m, err := c.Call("textDocument/codeAction", CodeActionParams{}, wait)
	if err != nil || m.Error == nil || m.Error.Code != -32600 {
		t.Errorf("request after shutdown: %v %+v", err, m)
	}
	c.Notify("exit", nil)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
