//go:build cgo

package pass

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sessionlint/sessionlint/internal/js/engine"
	"github.com/sessionlint/sessionlint/internal/js/rules"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// TestFastPathMatchesCursor checks that the engine's single-node fast path
// finds exactly the matches tree-sitter's query cursor finds, on the rule
// tests, the demo apps and the fuzz corpus, in all three grammars.
func TestFastPathMatchesCursor(t *testing.T) {
	fast, err := engine.NewQueries(rules.Queries())
	if err != nil {
		t.Fatal(err)
	}
	defer fast.Close()
	slow, err := engine.NewQueriesCursor(rules.Queries())
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	pf, _ := engine.NewParser(fast)
	defer pf.Close()
	ps, _ := engine.NewParser(slow)
	defer ps.Close()
	var srcs [][]byte
	for _, dir := range []string{"../rules/testdata", "../../../testdata", "testdata/fuzz"} {
		_ = filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				if data, err := os.ReadFile(path); err == nil && len(data) < 1<<20 {
					srcs = append(srcs, data)
				}
			}
			return nil
		})
	}
	render := func(tr *syntax.Tree) []string {
		var out []string
		for _, m := range tr.Matches {
			for _, c := range m.Captures {
				out = append(out, fmt.Sprintf("%d %s %d %s", m.Query, c.Name, c.Node.Index, c.Node.Kind))
			}
		}
		slices.Sort(out)
		return out
	}
	n := 0
	for _, src := range srcs {
		for _, lang := range []syntax.Lang{syntax.JavaScript, syntax.TypeScript, syntax.TSX} {
			a, err1 := pf.Parse("x", lang, src)
			b, err2 := ps.Parse("x", lang, src)
			if err1 != nil || err2 != nil {
				continue
			}
			ra, rb := render(a), render(b)
			if !slices.Equal(ra, rb) {
				t.Fatalf("%s: fast path %d matches, cursor %d\n%.300q", lang, len(ra), len(rb), src)
			}
			n += len(ra)
		}
	}
	if n == 0 {
		t.Fatal("no matches compared")
	}
}
