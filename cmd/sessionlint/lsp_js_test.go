//go:build cgo

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/lsp/lsptest"
)

const lspApp = `const express = require('express');
const session = require('express-session');
const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, maxAge: 3600000 },
}));
app.listen(3000);
`

func TestLSPJavaScript(t *testing.T) {
	pkg, err := os.ReadFile(filepath.Join(repoTestdata(t, "expressapp-vulnerable"), "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	dir := writeTree(t, map[string]string{"package.json": string(pkg)})
	app := filepath.Join(dir, "app.js") // never saved: the buffer is analysed
	s := startLSP(t)
	open(t, s, app, "javascript", lspApp)
	d, err := s.c.WaitDiagnostics(fileURI(app), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") })
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range d.Diagnostics {
		if x.Code == "cookieflags" && (x.Range.Start.Line != 7 || x.Range.Start.Character != 2 || x.Range.End.Character != 45) {
			t.Errorf("cookieflags range %+v, want 7:2-7:45", x.Range)
		}
	}
	if !hasCode(d, "memstore") {
		t.Errorf("want memstore too, got %v", codes(d))
	}

	as := codeActions(t, s, app, 7)
	if len(as) != 1 || !strings.Contains(as[0].Title, "secure: true") {
		t.Fatalf("code actions: %+v", as)
	}
	e := as[0].Edit.Changes[fileURI(app)]
	if len(e) != 1 || e[0].Range.Start.Line != 7 || e[0].NewText != ", secure: true, sameSite: 'lax'" {
		t.Fatalf("edit: %+v", e)
	}
	lines := strings.Split(lspApp, "\n")
	c := e[0].Range.Start.Character
	lines[7] = lines[7][:c] + e[0].NewText + lines[7][c:]
	change(t, s, app, 2, strings.Join(lines, "\n"))
	d, err = s.c.WaitDiagnostics(fileURI(app), lspWait, func(d lsptest.Diagnostics) bool { return d.Version != nil && *d.Version == 2 })
	if err != nil {
		t.Fatal(err)
	}
	if hasCode(d, "cookieflags") || !hasCode(d, "memstore") {
		t.Errorf("after the fix: %v, want memstore only", codes(d))
	}

	// A TypeScript buffer with binary junk and an oversized one.
	open(t, s, filepath.Join(dir, "junk.ts"), "typescript", "\x00\xff\xfe session({ cookie: { secure: false } }) \x00")
	open(t, s, filepath.Join(dir, "huge.js"), "javascript", strings.Repeat("var session = 1;\n", 100000))
	if _, err := s.c.WaitDiagnostics(fileURI(filepath.Join(dir, "huge.js")), lspWait, func(lsptest.Diagnostics) bool { return true }); err != nil {
		t.Fatal(err)
	}
	s.stop(t)
}
