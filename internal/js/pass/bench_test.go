//go:build cgo

package pass

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/js/discover"
	"github.com/sessionlint/sessionlint/internal/js/engine"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// The benchmarks measure the whole pass against parsing alone, and against
// eslint with eslint-plugin-security, on a real tree of JavaScript and
// TypeScript installed with npm by the setup (skipped when npm or the
// registry is unavailable):
//
//	go test -run '^$' -bench . -benchtime 3x ./internal/js/pass
//
// The corpus is every .js/.mjs/.cjs/.ts file of the packages below that
// the pass itself would analyse (no declaration files, no minified
// bundles, nothing over 1 MiB), copied out of node_modules.
var benchPackages = []string{"express", "lodash", "typescript", "rxjs", "moment", "axios", "passport", "express-session", "mongoose"}

type corpusFile struct {
	path string
	lang syntax.Lang
	src  []byte
}

var (
	corpusOnce sync.Once
	corpusDir  string
	corpus     []corpusFile
	corpusErr  string
)

func benchCorpus(b *testing.B) (string, []corpusFile) {
	corpusOnce.Do(func() {
		npm, err := exec.LookPath("npm")
		if err != nil {
			corpusErr = "npm not found"
			return
		}
		root := filepath.Join(os.TempDir(), "sessionlint-bench")
		if _, err := os.Stat(filepath.Join(root, "node_modules", "eslint-plugin-security")); err != nil {
			_ = os.MkdirAll(root, 0o755)
			_ = os.WriteFile(filepath.Join(root, "package.json"), []byte(`{"name":"bench","private":true}`), 0o644)
			args := append([]string{"install", "--no-audit", "--no-fund", "--silent", "eslint@9", "eslint-plugin-security@3"}, benchPackages...)
			cmd := exec.Command(npm, args...)
			cmd.Dir = root
			if out, err := cmd.CombinedOutput(); err != nil {
				corpusErr = "npm install failed: " + err.Error() + "\n" + string(out)
				return
			}
		}
		corpusDir = filepath.Join(root, "corpus")
		_ = os.RemoveAll(corpusDir)
		for _, pkg := range benchPackages {
			base := filepath.Join(root, "node_modules", pkg)
			_ = filepath.WalkDir(base, func(path string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return nil
				}
				lang, ok := syntax.LangOf(path)
				if !ok || strings.HasSuffix(path, ".d.ts") || strings.Contains(path, ".min.") || strings.HasSuffix(path, ".jsx") || strings.HasSuffix(path, ".tsx") {
					return nil
				}
				src, err := os.ReadFile(path)
				if err != nil || len(src) > discover.MaxSize || discover.Minified(src) {
					return nil
				}
				rel, _ := filepath.Rel(filepath.Join(root, "node_modules"), path)
				// Keep files the pass would skip by folder (dist, build, ...)
				// in the corpus: it measures analysis, not discovery.
				parts := strings.Split(filepath.ToSlash(rel), "/")
				for i, p := range parts[:len(parts)-1] {
					if discover.SkipDir(p) != "" {
						parts[i] = "d-" + strings.TrimLeft(p, "._")
					}
				}
				dst := filepath.Join(corpusDir, filepath.FromSlash(strings.Join(parts, "/")))
				_ = os.MkdirAll(filepath.Dir(dst), 0o755)
				_ = os.WriteFile(dst, src, 0o644)
				corpus = append(corpus, corpusFile{path: dst, lang: lang, src: src})
				return nil
			})
		}
		// eslint's flat config with the security plugin's recommended rules.
		_ = os.WriteFile(filepath.Join(root, "eslint.config.cjs"), []byte(`const security = require('eslint-plugin-security');
module.exports = [
  { ignores: ['**/*.ts', '**/*.mts', '**/*.cts'] },
  security.configs.recommended,
  { languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
];
`), 0o644)
	})
	if corpusErr != "" {
		b.Skip(corpusErr)
	}
	return corpusDir, corpus
}

func totalBytes(fs []corpusFile, keep func(corpusFile) bool) int64 {
	var n int64
	for _, f := range fs {
		if keep == nil || keep(f) {
			n += int64(len(f.src))
		}
	}
	return n
}

func isJS(f corpusFile) bool { return f.lang == syntax.JavaScript }

// BenchmarkParseOnly parses every corpus file on one thread: the floor.
func BenchmarkParseOnly(b *testing.B) {
	_, files := benchCorpus(b)
	p, err := engine.NewParser(nil)
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	b.SetBytes(totalBytes(files, nil))
	b.ResetTimer()
	for range b.N {
		for _, f := range files {
			if _, err := p.Parse(f.path, f.lang, f.src); err != nil {
				b.Fatal(f.path, err)
			}
		}
	}
}

// BenchmarkCheckOneThread parses, runs the queries and every rule, and
// collects directives for every corpus file on one thread: the pass's
// per-file work, comparable with BenchmarkParseOnly.
func BenchmarkCheckOneThread(b *testing.B) {
	_, files := benchCorpus(b)
	q, err := Queries()
	if err != nil {
		b.Fatal(err)
	}
	p, err := engine.NewParser(q)
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	b.SetBytes(totalBytes(files, nil))
	b.ResetTimer()
	for range b.N {
		for _, f := range files {
			if _, _, _, err := Check(p, f.path, f.lang, f.src, nil, nil); err != nil {
				b.Fatal(f.path, err)
			}
		}
	}
}

// BenchmarkCheckAllOneThread is BenchmarkCheckOneThread without the
// relevance test: every file is parsed, queried and checked.
func BenchmarkCheckAllOneThread(b *testing.B) {
	_, files := benchCorpus(b)
	q, err := Queries()
	if err != nil {
		b.Fatal(err)
	}
	p, err := engine.NewParser(q)
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	b.SetBytes(totalBytes(files, nil))
	b.ResetTimer()
	for range b.N {
		for _, f := range files {
			if _, _, _, err := CheckAll(p, f.path, f.lang, f.src, nil, nil); err != nil {
				b.Fatal(f.path, err)
			}
		}
	}
}

// BenchmarkRun is the whole pass as the command runs it: discovery,
// reading, the worker pool, every rule, app-level facts, directives.
func BenchmarkRun(b *testing.B) {
	dir, files := benchCorpus(b)
	b.SetBytes(totalBytes(files, nil))
	b.ResetTimer()
	for range b.N {
		res := Run(context.Background(), []string{dir + "/..."}, Options{})
		if res.Analysed == 0 {
			b.Fatal("nothing analysed")
		}
	}
}

// BenchmarkRunJSOnly is BenchmarkRun on the JavaScript files only, the
// ones eslint reads, for BenchmarkEslint.
func BenchmarkRunJSOnly(b *testing.B) {
	dir, files := benchCorpus(b)
	var paths []string
	for _, f := range files {
		if isJS(f) {
			paths = append(paths, f.path)
		}
	}
	_ = dir
	b.SetBytes(totalBytes(files, isJS))
	b.ResetTimer()
	for range b.N {
		res := Run(context.Background(), paths, Options{})
		if res.Analysed == 0 {
			b.Fatal("nothing analysed")
		}
	}
}

// BenchmarkEslint runs eslint with eslint-plugin-security's recommended
// rules over the same JavaScript files (eslint's default parser does not
// read TypeScript).
func BenchmarkEslint(b *testing.B) {
	dir, files := benchCorpus(b)
	root := filepath.Dir(dir)
	eslint := filepath.Join(root, "node_modules", ".bin", "eslint")
	if _, err := os.Stat(eslint); err != nil {
		b.Skip("eslint not installed")
	}
	b.SetBytes(totalBytes(files, isJS))
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		cmd := exec.Command(eslint, "-c", filepath.Join(root, "eslint.config.cjs"), "--no-warn-ignored", "--quiet", "-f", "json", "-o", os.DevNull, dir)
		cmd.Dir = root
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
			b.Fatalf("eslint: %v\n%s", err, stderr.String())
		}
		b.ReportMetric(time.Since(start).Seconds(), "s/run")
	}
}
