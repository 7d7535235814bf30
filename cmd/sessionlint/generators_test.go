package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/finding"
)

func TestAtGenerators(t *testing.T) {
	mod := t.TempDir()
	other := t.TempDir()
	for _, d := range []string{mod, other} {
		if err := os.WriteFile(filepath.Join(d, "go.mod"), []byte("module m\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gen := filepath.Join(mod, "utils", "random.go")
	use := func(file string, line int) finding.Finding {
		return finding.Finding{Rule: "predictableid", File: filepath.Join(mod, file), Line: line,
			Message: "API key comes from math/rand (via RandomString), which is predictable; generate it with crypto/rand"}
	}
	fs := []finding.Finding{
		use("core/db.go", 67),
		use("users/hooks.go", 31),
		use("checkins/db.go", 46),
		{Rule: "cookieflags", File: filepath.Join(mod, "main.go"), Line: 3, Message: "x"},
		use("api/keys.go", 9),
		use("api/lib.go", 12),
	}
	// A generator its own package reports already: the uses go, nothing is added.
	own := filepath.Join(mod, "routes", "oidc.go")
	fs = append(fs, finding.Finding{Rule: "predictableid", File: own, Line: 22, Message: "OAuth state comes from math/rand"},
		use("routes/login.go", 423))
	suppressed := use("api/old.go", 5)
	suppressed.Suppression = &finding.Suppression{Reason: "legacy"}
	fs = append(fs, suppressed)
	gens := []string{
		gen + ":43:20", gen + ":43:20", gen + ":43:20", "",
		filepath.Join(mod, "vendor", "x", "r.go") + ":3:1", // a vendored library: stays at the use
		filepath.Join(other, "r.go") + ":3:1",              // another module: stays at the use
		"", own + ":22:9",
		gen + ":43:20", // suppressed at its use: stays there
	}
	out := atGenerators(fs, gens)
	if len(out) != 6 {
		t.Fatalf("got %d findings, want 6 (one at the generator, cookieflags, two library uses, oidc.go's own, the suppressed use): %+v", len(out), out)
	}
	for _, f := range out {
		if strings.HasSuffix(f.File, "login.go") {
			t.Errorf("use whose generator is reported kept: %+v", f)
		}
	}
	g := out[0]
	if g.File != gen || g.Line != 43 || g.Column != 20 {
		t.Errorf("merged finding at %s:%d:%d, want %s:43:20", g.File, g.Line, g.Column, gen)
	}
	if strings.Contains(g.Message, "(via") || !strings.Contains(g.Message, "used as such at db.go:46 and 2 more") {
		t.Errorf("merged message = %q", g.Message)
	}
	for _, f := range out[1:] {
		if f.File == gen {
			t.Errorf("second finding at the generator: %+v", f)
		}
	}
}

func TestSplitPosition(t *testing.T) {
	file, line, col, ok := splitPosition("/a/b:c/x.go:12:3")
	if !ok || file != "/a/b:c/x.go" || line != 12 || col != 3 {
		t.Errorf("splitPosition = %q %d %d %v", file, line, col, ok)
	}
	if _, _, _, ok := splitPosition("x.go"); ok {
		t.Error("splitPosition accepted a position without line and column")
	}
}
