//go:build cgo

package rules_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/js/pass"
	"github.com/sessionlint/sessionlint/internal/js/rules"
)

var wantRE = regexp.MustCompile(`(?://|#) want ([a-z, ]+)$`)

// TestRules runs the whole pass over each folder of testdata (one app each)
// and compares the findings with the "// want RULE ..." comments: every
// finding must be wanted on its line, and every wanted rule found.
func TestRules(t *testing.T) {
	dirs, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		t.Run(d.Name(), func(t *testing.T) {
			dir, _ := filepath.Abs(filepath.Join("testdata", d.Name()))
			res := pass.Run(context.Background(), []string{dir + "/..."}, pass.Options{})
			for _, p := range res.Problems {
				t.Errorf("problem: %s: %s", p.Path, p.Message)
			}
			want := map[string][]string{} // "file:line" → rules
			_ = filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
				if err != nil || info.IsDir() {
					return nil
				}
				data, _ := os.ReadFile(path)
				for i, line := range strings.Split(string(data), "\n") {
					if m := wantRE.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
						key := fmt.Sprintf("%s:%d", path, i+1)
						want[key] = strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' })
					}
				}
				return nil
			})
			got := map[string][]string{}
			for _, f := range res.Findings {
				if f.Suppression != nil {
					continue
				}
				key := fmt.Sprintf("%s:%d", f.File, f.Line)
				if slices.Contains(got[key], f.Rule) {
					t.Errorf("%s reported twice at %s", f.Rule, rel(dir, key))
				}
				got[key] = append(got[key], f.Rule)
				if !slices.Contains(want[key], f.Rule) {
					t.Errorf("unexpected %s at %s: %s", f.Rule, rel(dir, key), f.Message)
				}
				if strings.HasSuffix(f.Message, ".") || f.Message != strings.ToLower(f.Message[:1])+f.Message[1:] {
					t.Errorf("message style at %s: %q", rel(dir, key), f.Message)
				}
				if f.Severity == "" {
					t.Errorf("no severity at %s", rel(dir, key))
				}
			}
			for key, rules := range want {
				for _, r := range rules {
					if !slices.Contains(got[key], r) {
						t.Errorf("missing %s at %s", r, rel(dir, key))
					}
				}
			}
		})
	}
}

func rel(dir, key string) string { return strings.TrimPrefix(key, dir+"/") }

// TestQueriesCompile compiles every rule's query for JavaScript,
// TypeScript and TSX.
func TestQueriesCompile(t *testing.T) {
	if _, err := pass.Queries(); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, r := range rules.All {
		if ids[r.ID] {
			t.Errorf("duplicate rule %s", r.ID)
		}
		ids[r.ID] = true
		if r.Query == "" || r.Check == nil {
			t.Errorf("rule %s has no query or check", r.ID)
		}
	}
	for _, r := range rules.All {
		if !catalog.Known(r.ID) {
			t.Errorf("rule %s is not in the catalog", r.ID)
		}
	}
}
