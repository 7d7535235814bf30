// Package lsp is sessionlint's Language Server: it speaks the Language
// Server Protocol over a pair of streams (stdio for `sessionlint lsp`) and
// publishes sessionlint's findings as diagnostics while files are edited,
// with quick fixes for the findings that have suggested fixes.
//
// Go files are analysed a package at a time by the same `go vet -vettool`
// run as the command (package govet), with the editor's unsaved buffers
// passed to the go command as an -overlay. JavaScript and TypeScript files
// are analysed one buffer at a time by a checker the caller injects, so
// that this package needs no cgo.
//
// A change to a buffer cancels the analysis of its package or file that is
// still running, whose result is then dropped. A Go package that does not
// parse or type-check keeps its last diagnostics and shows the errors on
// its files. The configuration is the workspace folder's, read again for
// every analysis; one in error is shown (window/showMessage, and a
// diagnostic on the file) and the defaults serve until it is fixed.
//
// The server never stops on bad input: malformed messages are skipped (and
// answered with a JSON-RPC error when they expected an answer), panics in
// handlers and analyses are recovered and logged, and failures to analyse a
// file are logged to the client (window/logMessage) and to the log writer.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/govet"
)

// Options configure the server. The zero value serves nothing useful;
// cmd/sessionlint fills it in.
type Options struct {
	// Tool is the sessionlint executable that go vet runs as its vet tool.
	// Empty disables Go analysis.
	Tool string
	// CheckJS analyses the contents of one JavaScript or TypeScript file
	// (path is absolute) with the configuration's names and returns its
	// findings, suppressed ones marked. Nil disables JavaScript/TypeScript
	// analysis; NoJS then says why, once, when such a file is opened.
	CheckJS func(path string, src []byte, names catalog.Names) ([]finding.Finding, error)
	NoJS    string
	// Configure returns the configuration in force for a folder: the
	// workspace folder that holds the file analysed or, for a file outside
	// every workspace folder, the file's own folder. It is called for every
	// analysis, so that a configuration file edited, added or fixed
	// applies from the next analysis on. Nil: the defaults everywhere.
	Configure func(dir string) Config
	// Warnings are problems with the server's own flags, shown to the user
	// (window/showMessage) once the client is connected.
	Warnings []string
	// WatchFiles are glob patterns of configuration files: a client that
	// can watch files is asked to, and every open file is analysed again
	// when one changes.
	WatchFiles []string
	// GoDelay and JSDelay are how long the server waits after the last
	// change to a buffer before analysing it (defaults 800ms and 200ms);
	// opening and saving analyse at once.
	GoDelay, JSDelay time.Duration
	// GoTimeout bounds one run of go vet (default 3 minutes).
	GoTimeout time.Duration
	// RunVet runs go vet over units (nil: govet.Run); tests replace it.
	RunVet func(ctx context.Context, cfg govet.Config, units []govet.Unit) govet.Result
	// Version is reported in serverInfo.
	Version string
	// Log receives the server's log lines (os.Stderr for the command);
	// nil discards them. They are also sent to the client as
	// window/logMessage once it is connected.
	Log io.Writer
}

// A Config is what the configuration in force for a folder decides.
type Config struct {
	// File is the configuration file read (absolute), "" when there is
	// none.
	File string
	// Err says what is wrong with File, at line ErrLine (1-based; 0 when
	// unknown). The other fields then hold the defaults: the server shows
	// the error and serves with them until the file is fixed.
	Err     error
	ErrLine int
	// Enabled selects the rules reported for a file (absolute path); nil
	// reports every rule. Reports about malformed ignore directives are
	// always shown.
	Enabled func(path, rule string) bool
	// SeverityOf returns a rule's severity given its default (nil: the
	// default).
	SeverityOf func(rule string, def catalog.Severity) catalog.Severity
	// VetFlags are extra go vet flags for the analyzers, such as the
	// configuration's names (analyzers.VetFlags).
	VetFlags []string
	// Names are the configuration's names, for CheckJS.
	Names catalog.Names
}

const source = "sessionlint"

// ErrNoShutdown is returned by Serve when the client went away or sent exit
// without asking for a shutdown first; the command then exits with 1, as
// the protocol asks.
var ErrNoShutdown = errors.New("connection ended without a shutdown request")

// A document is an open editor buffer.
type document struct {
	uri     string
	version int
	text    []byte
}

// An item is one diagnostic of a finding, with its quick fixes.
type item struct {
	diag  Diagnostic
	fixes []CodeAction
	// basis holds the version of every document the fixes edit, as it was
	// when analysed (-1: not open). Fixes are offered only while it holds.
	basis map[string]int
}

// server is the state of one connection.
type server struct {
	opts Options
	conn atomic.Pointer[jsonrpc2.Conn]

	ctx    context.Context
	cancel context.CancelFunc
	goQ    *queue
	jsQ    *queue
	exited chan struct{}
	exit   sync.Once
	noJS   sync.Once
	logMu  sync.Mutex

	mu          sync.Mutex
	initialized bool
	shutdown    bool
	folders     []string             // workspace folders
	watch       bool                 // the client can watch files for us
	docs        map[string]*document // by path
	items       map[string][]item    // the findings shown, by path
	goFiles     map[string][]string  // files published for, by package directory
	told        map[string]string    // last problem logged, by package dir or file
	badConfig   map[string]string    // configuration files in error, and the error shown
}

// Serve runs the server on in and out until the client sends exit or
// closes the connection. It returns nil after a shutdown request followed
// by exit, ErrNoShutdown otherwise.
func Serve(ctx context.Context, in io.ReadCloser, out io.WriteCloser, opts Options) error {
	if opts.GoDelay == 0 {
		opts.GoDelay = 800 * time.Millisecond
	}
	if opts.JSDelay == 0 {
		opts.JSDelay = 200 * time.Millisecond
	}
	if opts.GoTimeout == 0 {
		opts.GoTimeout = 3 * time.Minute
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.RunVet == nil {
		opts.RunVet = govet.Run
	}
	if opts.Configure == nil {
		opts.Configure = func(string) Config { return Config{} }
	}
	s := &server{
		opts: opts, goQ: newQueue(), jsQ: newQueue(), exited: make(chan struct{}),
		docs: map[string]*document{}, items: map[string][]item{},
		goFiles: map[string][]string{}, told: map[string]string{}, badConfig: map[string]string{},
	}
	s.ctx, s.cancel = context.WithCancel(ctx)
	defer s.cancel()

	st := newStream(in, out, s.logf)
	conn := jsonrpc2.NewConn(s.ctx, st, s, jsonrpc2.SetLogger(logger{s}))
	s.conn.Store(conn)

	var wg sync.WaitGroup
	wg.Go(func() { s.worker(s.goQ, s.analyseGo) })
	wg.Go(func() { s.worker(s.jsQ, s.analyseJS) })

	select {
	case <-conn.DisconnectNotify():
	case <-s.exited:
	case <-ctx.Done():
	}
	s.cancel()
	s.goQ.stop()
	s.jsQ.stop()
	_ = conn.Close()
	wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.shutdown {
		return ErrNoShutdown
	}
	return nil
}

// logger adapts the server's log to jsonrpc2's.
type logger struct{ s *server }

func (l logger) Printf(format string, args ...any) {
	l.s.logLocal(strings.TrimSuffix(fmt.Sprintf(format, args...), "\n"))
}

// logf logs to the log writer and, once connected, to the client.
func (s *server) logf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.logLocal(msg)
	s.notify("window/logMessage", LogMessageParams{Type: MessageLog, Message: msg})
}

func (s *server) logLocal(msg string) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opts.Log, "sessionlint lsp: %s\n", msg)
}

// tell shows a message to the user and logs it.
func (s *server) tell(typ int, msg string) {
	s.logLocal(msg)
	s.notify("window/showMessage", LogMessageParams{Type: typ, Message: msg})
}

func (s *server) notify(method string, params any) {
	conn := s.conn.Load()
	if conn == nil {
		return
	}
	if err := conn.Notify(s.ctx, method, params); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logLocal(fmt.Sprintf("sending %s: %v", method, err))
	}
}

// Handle implements jsonrpc2.Handler. The connection calls it for one
// message at a time, in order; it only updates state and schedules
// analyses, which run on the workers.
func (s *server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	// NewConn starts reading before Serve stores the connection: a message
	// handled in between would otherwise send its notifications nowhere.
	s.conn.CompareAndSwap(nil, conn)
	defer func() {
		if e := recover(); e != nil {
			s.logf("internal error handling %s (please report): %v\n%s", req.Method, e, debug.Stack())
			if !req.Notif {
				s.replyErr(ctx, conn, req, jsonrpc2.CodeInternalError, fmt.Sprintf("internal error: %v", e))
			}
		}
	}()
	result, code, err := s.handle(req)
	if req.Notif {
		if err != nil {
			s.logf("%s: %v", req.Method, err)
		}
		return
	}
	if err != nil {
		s.replyErr(ctx, conn, req, code, err.Error())
		return
	}
	if err := conn.Reply(ctx, req.ID, result); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logLocal(fmt.Sprintf("replying to %s: %v", req.Method, err))
	}
}

func (s *server) replyErr(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request, code int64, msg string) {
	if err := conn.ReplyWithError(ctx, req.ID, &jsonrpc2.Error{Code: code, Message: msg}); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.logLocal(fmt.Sprintf("replying to %s: %v", req.Method, err))
	}
}

// LSP error codes beyond JSON-RPC's.
const (
	codeServerNotInitialized = -32002
)

// handle dispatches one message and returns the result of a request, or
// an error with its code.
func (s *server) handle(req *jsonrpc2.Request) (any, int64, error) {
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case req.Method == "exit":
		s.exit.Do(func() { close(s.exited) })
		return nil, 0, nil
	case req.Method == "initialize":
		if initialized {
			return nil, jsonrpc2.CodeInvalidRequest, errors.New("initialize sent twice")
		}
		var p InitializeParams
		if err := params(req, &p); err != nil {
			return nil, jsonrpc2.CodeInvalidParams, err
		}
		s.mu.Lock()
		s.initialized = true
		s.folders = initialFolders(p)
		s.watch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
		s.mu.Unlock()
		return InitializeResult{
			Capabilities: ServerCapabilities{
				PositionEncoding:   "utf-16",
				TextDocumentSync:   TextDocumentSyncOptions{OpenClose: true, Change: syncFull, Save: SaveOptions{}},
				CodeActionProvider: CodeActionOptions{CodeActionKinds: []string{kindQuickFix}},
			},
			ServerInfo: ServerInfo{Name: "sessionlint", Version: s.opts.Version},
		}, 0, nil
	case !initialized:
		if req.Notif {
			return nil, 0, nil // dropped, as the protocol says
		}
		return nil, codeServerNotInitialized, errors.New("server not initialized")
	case shutdown && !req.Notif:
		return nil, jsonrpc2.CodeInvalidRequest, errors.New("server is shutting down")
	}

	switch req.Method {
	case "initialized":
		s.started()
		return nil, 0, nil
	case "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration", "textDocument/willSave":
		return nil, 0, nil
	case "workspace/didChangeWatchedFiles":
		s.reanalyseAll()
		return nil, 0, nil
	case "workspace/didChangeWorkspaceFolders":
		var p DidChangeWorkspaceFoldersParams
		if err := params(req, &p); err != nil {
			return nil, 0, err
		}
		s.changeFolders(p)
		s.reanalyseAll()
		return nil, 0, nil
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		s.goQ.stop()
		s.jsQ.stop()
		return nil, 0, nil
	case "textDocument/didOpen":
		var p DidOpenTextDocumentParams
		if err := params(req, &p); err != nil {
			return nil, 0, err
		}
		s.didOpen(p)
		return nil, 0, nil
	case "textDocument/didChange":
		var p DidChangeTextDocumentParams
		if err := params(req, &p); err != nil {
			return nil, 0, err
		}
		s.didChange(p)
		return nil, 0, nil
	case "textDocument/didSave":
		var p DidSaveTextDocumentParams
		if err := params(req, &p); err != nil {
			return nil, 0, err
		}
		s.didSave(p)
		return nil, 0, nil
	case "textDocument/didClose":
		var p DidCloseTextDocumentParams
		if err := params(req, &p); err != nil {
			return nil, 0, err
		}
		s.didClose(p)
		return nil, 0, nil
	case "textDocument/codeAction":
		var p CodeActionParams
		if err := params(req, &p); err != nil {
			return nil, jsonrpc2.CodeInvalidParams, err
		}
		return s.codeActions(p), 0, nil
	}
	if req.Notif {
		if !strings.HasPrefix(req.Method, "$/") {
			s.logLocal("ignoring notification " + truncate(req.Method, 80))
		}
		return nil, 0, nil
	}
	return nil, jsonrpc2.CodeMethodNotFound, fmt.Errorf("method not supported: %s", truncate(req.Method, 80))
}

// params decodes a message's parameters.
func params(req *jsonrpc2.Request, v any) error {
	if req.Params == nil {
		return errors.New("missing params")
	}
	if err := json.Unmarshal(*req.Params, v); err != nil {
		return fmt.Errorf("invalid params: %v", err)
	}
	return nil
}

// kind tells how a file is analysed.
type kind int

const (
	kindNone kind = iota
	kindGo
	kindJS
)

func kindOf(path string) kind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".go":
		return kindGo
	case ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx":
		return kindJS
	}
	return kindNone
}

func (s *server) didOpen(p DidOpenTextDocumentParams) {
	path := uriPath(p.TextDocument.URI)
	if path == "" {
		return
	}
	s.mu.Lock()
	s.docs[path] = &document{uri: p.TextDocument.URI, version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
	s.mu.Unlock()
	s.schedule(path, 0)
}

func (s *server) didChange(p DidChangeTextDocumentParams) {
	path := uriPath(p.TextDocument.URI)
	if path == "" || len(p.ContentChanges) == 0 {
		return
	}
	s.mu.Lock()
	d := s.docs[path]
	if d == nil {
		d = &document{uri: p.TextDocument.URI}
		s.docs[path] = d
	}
	d.version = p.TextDocument.Version
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			d.text = []byte(c.Text)
			continue
		}
		// Full sync was announced; apply a ranged change all the same.
		m := newMapper(d.text)
		start, end := m.positionOffset(c.Range.Start), m.positionOffset(c.Range.End)
		if end < start {
			start, end = end, start
		}
		d.text = append(append(append([]byte(nil), d.text[:start]...), c.Text...), d.text[end:]...)
	}
	s.mu.Unlock()
	delay := s.opts.JSDelay
	if kindOf(path) == kindGo {
		delay = s.opts.GoDelay
	}
	s.schedule(path, delay)
}

func (s *server) didSave(p DidSaveTextDocumentParams) {
	path := uriPath(p.TextDocument.URI)
	if path == "" {
		return
	}
	if p.Text != nil {
		s.mu.Lock()
		if d := s.docs[path]; d != nil {
			d.text = []byte(*p.Text)
		}
		s.mu.Unlock()
	}
	s.schedule(path, 0)
}

func (s *server) didClose(p DidCloseTextDocumentParams) {
	path := uriPath(p.TextDocument.URI)
	if path == "" {
		return
	}
	s.mu.Lock()
	delete(s.docs, path)
	s.mu.Unlock()
	switch kindOf(path) {
	case kindJS:
		s.schedule(path, 0) // clears its diagnostics
	case kindGo:
		s.schedule(path, 0) // the package again, from disk
	}
}

// schedule queues the analysis that covers path.
func (s *server) schedule(path string, delay time.Duration) {
	switch kindOf(path) {
	case kindGo:
		if s.opts.Tool != "" {
			s.goQ.schedule(filepath.Dir(path), delay)
		}
	case kindJS:
		if s.opts.CheckJS == nil {
			s.noJS.Do(func() {
				msg := "JavaScript/TypeScript files are not analysed"
				if s.opts.NoJS != "" {
					msg += ": " + s.opts.NoJS
				}
				s.tell(MessageWarning, msg)
			})
			return
		}
		s.jsQ.schedule(path, delay)
	}
}

// worker runs a queue's analyses one at a time until the server stops.
// An analysis is handed a context that a newer change to what it analyses
// cancels; it then publishes nothing.
func (s *server) worker(q *queue, analyse func(context.Context, string)) {
	for {
		key, ctx, done, ok := q.next(s.ctx)
		if !ok {
			return
		}
		func() {
			defer done()
			defer func() {
				if e := recover(); e != nil {
					s.logf("internal error analysing %s (please report): %v\n%s", key, e, debug.Stack())
				}
			}()
			analyse(ctx, key)
		}()
	}
}

// analyseJS analyses one JavaScript/TypeScript buffer and publishes its
// diagnostics; a closed file's are cleared.
func (s *server) analyseJS(ctx context.Context, path string) {
	s.mu.Lock()
	d := s.docs[path]
	var text []byte
	var uri string
	var version int
	if d != nil {
		text, uri, version = d.text, d.uri, d.version
	}
	s.mu.Unlock()
	if d == nil {
		s.publish(path, pathURI(path), nil, nil, nil)
		return
	}
	cfg := s.configFor(filepath.Dir(path))
	fs, err := s.opts.CheckJS(path, text, cfg.Names)
	if ctx.Err() != nil {
		return // the buffer changed meanwhile
	}
	if err != nil {
		s.tellOnce(path, fmt.Sprintf("%s: %v", path, err))
		s.publish(path, uri, &version, nil, nil)
		return
	}
	s.tellOnce(path, "")
	m := newMapper(text)
	var items []item
	for _, f := range fs {
		if it, ok := s.toItem(f, cfg, m, func(string) (*mapper, int, bool) { return m, version, true }); ok {
			items = append(items, it)
		}
	}
	s.publish(path, uri, &version, items, nil)
}

// tellOnce logs a problem with a package or file unless it is the one
// logged last for it; "" forgets the last one.
func (s *server) tellOnce(key, msg string) {
	s.mu.Lock()
	same := s.told[key] == msg
	if msg == "" {
		delete(s.told, key)
	} else {
		s.told[key] = msg
	}
	s.mu.Unlock()
	if !same && msg != "" {
		s.logf("%s", msg)
	}
}

// toItem turns a finding into a diagnostic with its fixes. content returns
// the mapper of a file that a fix edits and the version analysed (-1 when
// not open); ok is false when the file's content is unknown.
func (s *server) toItem(f finding.Finding, cfg Config, m *mapper, content func(path string) (*mapper, int, bool)) (item, bool) {
	if f.Suppression != nil {
		return item{}, false
	}
	rule, known := catalog.Lookup(f.Rule)
	if !known {
		return item{}, false
	}
	if !f.Directive && cfg.Enabled != nil && !cfg.Enabled(f.File, f.Rule) {
		return item{}, false
	}
	sev := rule.Severity
	if cfg.SeverityOf != nil {
		sev = cfg.SeverityOf(rule.ID, rule.Severity)
	}
	d := Diagnostic{
		Range:    m.findingRange(f.Line, f.Column, f.EndLine, f.EndColumn),
		Severity: severity(sev),
		Code:     rule.ID,
		Source:   source,
		Message:  f.Message,
	}
	if url := catalog.DocURL(rule.ID); url != "" {
		d.CodeDescription = &CodeDescription{Href: url}
	}
	it := item{diag: d}
fixes:
	for _, fix := range f.Fixes {
		edit := &WorkspaceEdit{Changes: map[string][]TextEdit{}}
		basis := map[string]int{}
		for _, e := range fix.Edits {
			em, version, ok := content(e.File)
			if !ok {
				continue fixes
			}
			uri := s.uriOf(e.File)
			edit.Changes[uri] = append(edit.Changes[uri], TextEdit{
				Range:   Range{Start: em.offset(e.Start), End: em.offset(e.End)},
				NewText: e.New,
			})
			basis[e.File] = version
		}
		if len(edit.Changes) == 0 {
			continue
		}
		title := fix.Message
		if title == "" {
			title = "Apply sessionlint's fix"
		}
		it.fixes = append(it.fixes, CodeAction{Title: title, Kind: kindQuickFix, Diagnostics: []Diagnostic{d}, Edit: edit})
		if it.basis == nil {
			it.basis = map[string]int{}
		}
		for p, v := range basis {
			it.basis[p] = v
		}
	}
	if len(it.fixes) == 1 {
		it.fixes[0].IsPreferred = true
	}
	return it, true
}

// severity maps a rule's severity to the LSP's.
func severity(s catalog.Severity) int {
	switch s {
	case catalog.High:
		return SeverityError
	case catalog.Medium:
		return SeverityWarning
	}
	return SeverityInformation
}

// uriOf returns the URI the client uses for path, if it opened it.
func (s *server) uriOf(path string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d := s.docs[path]; d != nil {
		return d.uri
	}
	return pathURI(path)
}

// publish replaces what is shown for one file: the diagnostics of its
// findings, and the problems that stopped the last analysis of its package.
func (s *server) publish(path, uri string, version *int, items []item, problems []Diagnostic) {
	diags := make([]Diagnostic, 0, len(items)+len(problems))
	for _, it := range items {
		diags = append(diags, it.diag)
	}
	diags = append(diags, problems...)
	s.mu.Lock()
	if len(items) == 0 {
		delete(s.items, path)
	} else {
		s.items[path] = items
	}
	s.mu.Unlock()
	s.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Version: version, Diagnostics: diags})
}

// codeActions returns the quick fixes of the diagnostics that touch the
// requested range, as long as the documents they edit are unchanged since
// they were analysed.
func (s *server) codeActions(p CodeActionParams) []CodeAction {
	out := []CodeAction{}
	if len(p.Context.Only) > 0 && !wantsQuickFix(p.Context.Only) {
		return out
	}
	path := uriPath(p.TextDocument.URI)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range s.items[path] {
		if len(it.fixes) == 0 || !overlaps(it.diag.Range, p.Range) {
			continue
		}
		current := true
		for file, version := range it.basis {
			d := s.docs[file]
			if d == nil && version != -1 || d != nil && d.version != version {
				current = false
			}
		}
		if current {
			out = append(out, it.fixes...)
		}
	}
	return out
}

func wantsQuickFix(only []string) bool {
	for _, k := range only {
		if k == kindQuickFix || k == "" {
			return true
		}
	}
	return false
}

func overlaps(a, b Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(a, b Position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}
