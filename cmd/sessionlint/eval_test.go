package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// wantMarker labels a line where a finding must be reported:
// `// WANT: rule[, rule]`.
var wantMarker = regexp.MustCompile(`// WANT: ([a-z, ]*[a-z])`)

// knownMissMarker labels a real weakness the linter does not find yet:
// `// KNOWN-MISS: rule`. The test fails when it is found, so that the label
// becomes a WANT.
var knownMissMarker = regexp.MustCompile(`// KNOWN-MISS: ([a-z, ]*[a-z])`)

// TestEvalCorpus runs sessionlint over the apps in testdata/eval: small
// realistic apps on gorilla, scs, gin, echo, fiber v2/v3, beego, gorm, sqlx,
// mongo and net/http, and (js-*) on Express, koa and fastify in JavaScript
// and TypeScript, written as labelled evaluation sets by reviewers who had
// not seen the rules (js-*, js2-*, js3-*: see each LABELS.md). Every labelled
// weakness must be found and nothing else reported.
func TestEvalCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads and builds the apps' dependencies")
	}
	root := repoTestdata(t, "eval")
	apps, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var tp, fp, fn, known int
	for _, app := range apps {
		if !app.IsDir() {
			continue
		}
		if strings.HasPrefix(app.Name(), "js-") && !jsSupported {
			continue
		}
		dir := filepath.Join(root, app.Name())
		want := labelledLines(t, dir, wantMarker)
		misses := labelledLines(t, dir, knownMissMarker)
		known += len(misses)
		out := decodeJSON(t, sessionlint(t, dir, "-format", "json", "./...").stdout)
		for _, e := range out.Errors {
			t.Errorf("%s: could not analyse %s: %s", app.Name(), e.Path, e.Message)
		}
		var got []string
		for _, f := range out.Findings {
			if f.Suppression == nil {
				got = append(got, fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Rule))
			}
		}
		for _, g := range got {
			if slices.Contains(misses, g) {
				t.Errorf("%s: %s is labelled KNOWN-MISS but is found now: make it a WANT", app.Name(), g)
				continue
			}
			if slices.Contains(want, g) {
				tp++
			} else {
				fp++
				t.Errorf("%s: unexpected finding %s", app.Name(), g)
			}
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				fn++
				t.Errorf("%s: missed %s", app.Name(), w)
			}
		}
	}
	t.Logf("%d apps: %d found, %d false positives, %d missed (and %d known misses)", len(apps), tp, fp, fn, known)
}

var evalSource = map[string]bool{".go": true, ".js": true, ".mjs": true, ".cjs": true, ".jsx": true, ".ts": true, ".mts": true, ".cts": true, ".tsx": true}

// labelledLines lists "file:line: rule" for every rule a marker names.
func labelledLines(t *testing.T, dir string, marker *regexp.Regexp) []string {
	t.Helper()
	var want []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !evalSource[filepath.Ext(path)] {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, _ := filepath.Rel(dir, path)
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := marker.FindStringSubmatch(sc.Text()); m != nil {
				for rule := range strings.SplitSeq(m[1], ",") {
					want = append(want, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), line, strings.TrimSpace(rule)))
				}
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return want
}
