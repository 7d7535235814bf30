package analyzers_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/testgen"
)

// The analyzer benchmarks measure the analysis itself, with no build cache:
// packages are loaded from source once, then every iteration runs all rules
// over them (and over their dependencies, for facts).

func load(b *testing.B, dir string) []*packages.Package {
	b.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: false}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("packages failed to load")
	}
	return pkgs
}

func benchAnalyze(b *testing.B, pkgs []*packages.Package) {
	as := analyzers.Analyzers(analyzers.Options{})
	b.ResetTimer()
	for b.Loop() {
		if _, err := checker.Analyze(as, pkgs, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnalyzersDemoApp(b *testing.B) {
	dir, _ := filepath.Abs(filepath.Join("..", "testdata", "vulnapp"))
	benchAnalyze(b, load(b, dir))
}

func BenchmarkAnalyzersGeneratedModule(b *testing.B) {
	dir, err := os.MkdirTemp("", "sessionlint-bench")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := testgen.Module(dir, 300); err != nil {
		b.Fatal(err)
	}
	benchAnalyze(b, load(b, dir))
}
