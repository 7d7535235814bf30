//go:build cgo

package pass

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/engine"
	"github.com/sessionlint/sessionlint/internal/js/rules"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

var (
	fuzzMu     sync.Mutex
	fuzzParser engine.Parser
)

// FuzzPass runs the per-file pass (parse, every rule, directives) on
// arbitrary bytes and on mutations of real code, as JavaScript, TypeScript
// and TSX: it must not panic or hang. The seed corpus is the rule tests'
// testdata, the demo apps and testdata/fuzz/FuzzPass. CI runs only the
// seeds (as a normal test); run the fuzzer with
//
//	go test -run '^$' -fuzz FuzzPass ./internal/js/pass
func FuzzPass(f *testing.F) {
	for _, dir := range []string{"../rules/testdata", "../../../testdata/expressapp-vulnerable", "../../../testdata/expressapp-secure", "../../../testdata/tsapp-vulnerable"} {
		_ = filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				if _, ok := syntax.LangOf(path); ok {
					if data, err := os.ReadFile(path); err == nil {
						f.Add(data)
					}
				}
			}
			return nil
		})
	}
	f.Add([]byte("req.session.user = ((((((((((((((((((((((((((((((x"))
	f.Add([]byte("`${`${`${`${`${a}`}`}`}`}`"))
	f.Add([]byte("const a = require('express-session'); const b = a; const c = b; a(c)"))
	f.Add([]byte{0xff, 0xfe, 0x00, '/', '/', ' ', 's', 'e', 's'})
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 64<<10 {
			return
		}
		fuzzMu.Lock()
		defer fuzzMu.Unlock()
		if fuzzParser == nil {
			q, err := Queries()
			if err != nil {
				t.Fatal(err)
			}
			if fuzzParser, err = engine.NewParser(q); err != nil {
				t.Fatal(err)
			}
		}
		app := &analysis.App{}
		app.SetVersion("passport", "0.5.0")
		for _, lang := range []syntax.Lang{syntax.JavaScript, syntax.TypeScript, syntax.TSX} {
			start := time.Now()
			pending, facts, ds, err := Check(fuzzParser, "/fuzz/input"+[]string{".js", ".ts", ".tsx"}[lang], lang, src, app, nil)
			if err != nil {
				continue
			}
			app.Add(facts)
			fs := rules.Finish(app, pending, nil)
			for _, f := range fs {
				if f.Line < 1 || f.Column < 1 || f.Message == "" || strings.HasSuffix(f.Message, ".") {
					t.Fatalf("bad finding %+v", f)
				}
				for _, fix := range f.Fixes {
					for _, e := range fix.Edits {
						if e.Start < 0 || e.End > len(src) || e.Start > e.End {
							t.Fatalf("bad edit %+v", e)
						}
					}
				}
			}
			_ = ds
			if d := time.Since(start); d > 5*time.Second {
				t.Fatalf("%s: %d bytes took %v", lang, len(src), d)
			}
		}
	})
}
