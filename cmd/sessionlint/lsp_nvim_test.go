package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestLSPNeovim runs a real editor's LSP client against `sessionlint lsp`:
// headless Neovim opens a Go file, edits it, saves it, breaks it and fixes
// it (testdata/nvim/session.lua), and every step must show what it should.
// Without Neovim the test is skipped, except under CI, which must run it.
func TestLSPNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("nvim is required when CI is set (apt-get install -y neovim): %v", err)
		}
		t.Skipf("nvim not installed: %v", err)
	}
	script, err := filepath.Abs(filepath.Join("testdata", "nvim", "session.lua"))
	if err != nil {
		t.Fatal(err)
	}
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/lspmod\n\ngo 1.26\n", "main.go": lspMain, "other.go": lspOther})
	out := filepath.Join(t.TempDir(), "results.json")

	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SL_BIN="+bin, "SL_FILE="+filepath.Join(dir, "main.go"), "SL_OUT="+out)
	output, runErr := cmd.CombinedOutput()
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nvim wrote no results (%v, %v):\n%s", runErr, err, output)
	}
	var res struct {
		Error string
		Steps []struct {
			Name        string
			Arrived, OK bool
			Diagnostics any
		}
	}
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatalf("results: %v\n%s", err, data)
	}
	if res.Error != "" || runErr != nil {
		t.Fatalf("the Neovim session failed: %s %v\n%s", res.Error, runErr, output)
	}
	want := []string{"open", "edit", "save", "syntax error", "fixed"}
	if len(res.Steps) != len(want) {
		t.Fatalf("steps %+v, want %v", res.Steps, want)
	}
	for i, s := range res.Steps {
		if s.Name != want[i] || !s.Arrived || !s.OK {
			diags, _ := json.Marshal(s.Diagnostics)
			t.Errorf("step %q: diagnostics arrived %v, as expected %v; Neovim shows %s", s.Name, s.Arrived, s.OK, diags)
		}
	}
}
