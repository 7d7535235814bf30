package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// copyTree copies a folder of the repository's testdata into a temporary
// folder outside any Go module, as a user's Express app would be.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

var appliedFixes = regexp.MustCompile(`applied (\d+) fix\(es\) in (\d+) file\(s\), skipped (\d+)`)

// TestFixDemoApps applies every fix to copies of the Go and the Express demo
// apps: the fixed code must still build (Go) or parse (node --check), and a
// second run must report fewer findings, no new one and none with a fix left.
func TestFixDemoApps(t *testing.T) {
	for _, app := range []string{"vulnapp", "expressapp-vulnerable"} {
		t.Run(app, func(t *testing.T) {
			if strings.HasPrefix(app, "express") && !jsSupported {
				t.Skip("JavaScript/TypeScript analysis needs cgo")
			}
			dir := copyTree(t, repoTestdata(t, app))
			before := decodeJSON(t, sessionlint(t, dir, "-format", "json", "./...").stdout)
			withFix := 0
			for _, f := range before.Findings {
				if len(f.Fixes) > 0 {
					withFix++
				}
			}
			if withFix == 0 {
				t.Fatal("the demo app has no finding with a fix")
			}

			r := sessionlint(t, dir, "-fix", "./...")
			m := appliedFixes.FindStringSubmatch(r.stderr)
			if m == nil {
				t.Fatalf("-fix printed no summary:\n%s", r.stderr)
			}
			if n, _ := strconv.Atoi(m[1]); n != withFix {
				t.Errorf("applied %s fixes, want %d\n%s", m[1], withFix, r.stderr)
			}

			after := decodeJSON(t, sessionlint(t, dir, "-format", "json", "./...").stdout)
			// A fix may settle more than its own finding (SameSite=Lax on
			// the session cookie also answers csrf), never add one.
			if len(after.Findings) > len(before.Findings)-withFix {
				t.Errorf("after -fix: %d findings, want at most %d", len(after.Findings), len(before.Findings)-withFix)
			}
			left := map[string]int{}
			for _, f := range before.Findings {
				left[f.Rule+" "+f.File]++
			}
			for _, f := range after.Findings {
				if len(f.Fixes) > 0 {
					t.Errorf("fix left after -fix: %s:%d %s", f.File, f.Line, f.Rule)
				}
				if left[f.Rule+" "+f.File]--; left[f.Rule+" "+f.File] < 0 {
					t.Errorf("new finding after -fix: %s:%d %s", f.File, f.Line, f.Rule)
				}
			}
			checkStillCompiles(t, dir)
		})
	}
}

func checkStillCompiles(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		cmd := exec.Command("go", "build", "./...")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("fixed Go code does not build: %v\n%s", err, out)
		}
		return
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Log("node not found: the fixed JavaScript is not syntax-checked")
		return
	}
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".js" {
			if out, err := exec.Command(node, "--check", p).CombinedOutput(); err != nil {
				t.Errorf("fixed %s does not parse: %v\n%s", p, err, out)
			}
		}
		return nil
	})
}

// TestFixKeepsTheRestOfTheFile: -fix applies the fix's edits and nothing
// else: a CRLF file stays CRLF, hand-formatted code stays as it is.
func TestFixKeepsTheRestOfTheFile(t *testing.T) {
	src := strings.ReplaceAll(insecureCookie+"\nfunc  handFormatted( )   {\n\tx:=1\n\t_ = x\n}\n", "\n", "\r\n")
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": src})
	out := decodeJSON(t, sessionlint(t, dir, "-format", "json").stdout)
	if len(out.Findings) != 1 || len(out.Findings[0].Fixes) == 0 {
		t.Fatalf("want one finding with a fix, got %+v", out.Findings)
	}
	want := src
	edits := out.Findings[0].Fixes[0].Edits
	for i := len(edits) - 1; i >= 0; i-- { // the edits come in file order
		e := edits[i]
		want = want[:e.Start] + e.New + want[e.End:]
	}
	if r := sessionlint(t, dir, "-fix"); r.code != 0 {
		t.Fatalf("-fix: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	got, err := os.ReadFile(filepath.Join(dir, "web", "web.go"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("-fix changed more than the fix's edits:\nwant %q\ngot  %q", want, got)
	}
}
