//go:build cgo

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The JavaScript/TypeScript result cache: a repeat run over unchanged
// files is served from it, and any change to a file the pass read (the
// file itself, a module it imports, a folder it listed) or to the options
// is not.
func TestJSResultCache(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"package.json": `{"name":"app","dependencies":{"express":"4.18.2","express-session":"1.17.3"}}`,
		"config.js":    "module.exports = { secret: 'keyboard cat' };\n",
		"app.js": `const express = require('express');
const session = require('express-session');
const config = require('./config');
const app = express();
app.use(session({ secret: config.secret, resave: false, saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 } }));
module.exports = app;
`,
	})
	cache := t.TempDir()
	env := []string{CacheEnv + "=" + cache}
	run := func(args ...string) result {
		t.Helper()
		return sessionlintEnv(t, dir, env, append(args, "./...")...)
	}
	first := run()
	if first.code != 1 || !strings.Contains(first.stdout, "hardcodedsecret") {
		t.Fatalf("first run: exit %d, want 1 with a hardcodedsecret finding\n%s%s", first.code, first.stdout, first.stderr)
	}
	entries, _ := filepath.Glob(filepath.Join(cache, "*.json"))
	if len(entries) != 1 {
		t.Fatalf("%d cache entries after the first run, want 1", len(entries))
	}
	if again := run(); again.stdout != first.stdout || again.code != first.code {
		t.Fatalf("second run differs:\n%s\nfirst:\n%s", again.stdout, first.stdout)
	}

	// Mark the kept result, so that serving it shows.
	data, err := os.ReadFile(entries[0])
	if err != nil {
		t.Fatal(err)
	}
	const mark = "SERVED-FROM-CACHE "
	marked := strings.Replace(string(data), `"message":"`, `"message":"`+mark, 1)
	if err := os.WriteFile(entries[0], []byte(marked), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := run(); !strings.Contains(r.stdout, mark) {
		t.Fatalf("unchanged files: the kept result was not served\n%s", r.stdout)
	}
	// Other options are another entry.
	if r := run("-disable", "hardcodedsecret"); strings.Contains(r.stdout, "hardcodedsecret") {
		t.Errorf("-disable hardcodedsecret was served the result of a run without it\n%s", r.stdout)
	}

	// A change in a module the app imports, not in the file reported.
	if err := os.WriteFile(filepath.Join(dir, "config.js"), []byte("module.exports = { secret: process.env.SESSION_SECRET };\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run()
	if strings.Contains(r.stdout, mark) || strings.Contains(r.stdout, "hardcodedsecret") || !strings.Contains(r.stdout, "memstore") {
		t.Fatalf("after config.js took its secret from the environment: want the memstore finding alone\n%s%s", r.stdout, r.stderr)
	}
	// A new file in a folder the pass walked.
	if err := os.WriteFile(filepath.Join(dir, "store.js"), []byte("localStorage.setItem('token', res.token);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(); !strings.Contains(r.stdout, "clientstorage") {
		t.Fatalf("a new file was not analysed\n%s%s", r.stdout, r.stderr)
	}
	// Off turns it off: nothing is written.
	off := t.TempDir()
	if r := sessionlintEnv(t, dir, []string{CacheEnv + "=off", "XDG_CACHE_HOME=" + off, "HOME=" + off}, "./..."); r.code != 1 {
		t.Fatalf("with the cache off: exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	if kept, _ := filepath.Glob(filepath.Join(off, "*", "*", "*.json")); len(kept) != 0 {
		t.Errorf("with the cache off, entries were written: %q", kept)
	}
}
