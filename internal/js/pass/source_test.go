//go:build cgo

package pass

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckerSource(t *testing.T) {
	c, err := NewChecker()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"dependencies":{"express-session":"^1.18.0"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "app.js")
	src := []byte(`const session = require('express-session');
// sessionlint:ignore memstore,noexpiry the test needs neither
app.use(session({ secret: process.env.S, cookie: { httpOnly: true } }));
`)
	fs, err := c.Source(path, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, f := range fs {
		if f.File != path || f.Severity == "" {
			t.Errorf("finding %+v: want this file and a severity", f)
		}
		if f.Suppression == nil {
			rules = append(rules, f.Rule)
		}
	}
	if got := strings.Join(rules, ","); got != "cookieflags" {
		t.Errorf("unsuppressed rules %q, want cookieflags", got)
	}

	for _, tc := range []struct {
		path string
		src  string
		want error
	}{
		{filepath.Join(dir, "x.go"), "package x", ErrNotJS},
		{filepath.Join(dir, "x.d.ts"), "export {}", ErrDeclFile},
		{path, strings.Repeat("a", 1<<20+1), ErrTooLarge},
	} {
		if _, err := c.Source(tc.path, []byte(tc.src), nil); !errors.Is(err, tc.want) {
			t.Errorf("Source(%s): %v, want %v", filepath.Base(tc.path), err, tc.want)
		}
	}
	if _, err := c.Source(path, []byte("\x00\xff session( {{{ "), nil); err != nil {
		t.Errorf("binary input: %v", err)
	}
}
