//go:build cgo

package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

func TestParseShapes(t *testing.T) {
	p, err := NewParser(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	src := []byte("const s = require('express-session');\napp.use(s({ secret: 'x', cookie: { secure: true } }) as any);\n")
	tree, err := p.Parse("a.ts", syntax.TypeScript, src)
	if err != nil {
		t.Fatal(err)
	}
	if tree.Root.Kind != "program" || tree.HasErrors() {
		t.Fatalf("root %s errors %v", tree.Root.Kind, tree.HasErrors())
	}
	var kinds []string
	syntax.Walk(tree.Root, func(n *syntax.Node) bool {
		if n.Named {
			kinds = append(kinds, n.Kind+":"+n.Field)
		}
		return true
	})
	got := strings.Join(kinds, " ")
	for _, want := range []string{"call_expression:value", "as_expression:", "pair:", "property_identifier:key", "arguments:arguments"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %s", want, got)
		}
	}
	if len(tree.Nodes) != int(tree.Nodes[len(tree.Nodes)-1].Index)+1 {
		t.Fatal("index")
	}
}

func TestPerfProbe(t *testing.T) {
	dir := os.Getenv("SL_PROBE")
	if dir == "" {
		t.Skip()
	}
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && (strings.HasSuffix(p, ".js") || strings.HasSuffix(p, ".ts")) && info.Size() < 1<<20 {
			files = append(files, p)
		}
		return nil
	})
	p, _ := NewParser(nil)
	defer p.Close()
	var total int
	start := time.Now()
	for _, f := range files {
		src, _ := os.ReadFile(f)
		lang, _ := syntax.LangOf(f)
		total += len(src)
		if _, err := p.Parse(f, lang, src); err != nil {
			t.Log(f, err)
		}
	}
	el := time.Since(start)
	t.Logf("%d files %.1f MB in %v: %.1f MB/s", len(files), float64(total)/1e6, el, float64(total)/1e6/el.Seconds())
}
