package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/testgen"
)

var (
	genOnce sync.Once
	genDir  string
	genErr  error
)

// generatedModule returns a module of 300 generated packages, written once
// per test binary run.
func generatedModule(b *testing.B) string {
	genOnce.Do(func() {
		genDir, genErr = os.MkdirTemp("", "sessionlint-bench")
		if genErr == nil {
			genErr = testgen.Module(genDir, 300)
		}
	})
	if genErr != nil {
		b.Fatal(genErr)
	}
	return genDir
}

// runIn runs a command in dir and fails the benchmark unless it exits with
// one of the accepted codes.
func runIn(b *testing.B, dir string, okCodes []int, name string, args ...string) {
	b.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	code := 0
	if exitErr, ok := err.(*exec.ExitError); ok {
		code = exitErr.ExitCode()
	} else if err != nil {
		b.Fatal(err)
	}
	for _, c := range okCodes {
		if c == code {
			return
		}
	}
	b.Fatalf("%s %v: exit %d\n%s", name, args, code, out)
}

// The warm-cache benchmarks compare a repeat run of sessionlint with a
// repeat run of go vet on the same module: the everyday case in an editor
// or CI with a build cache.

func BenchmarkSessionlintGeneratedModule(b *testing.B) {
	dir := generatedModule(b)
	runIn(b, dir, []int{1}, bin, "./...") // warm the cache
	b.ResetTimer()
	for b.Loop() {
		runIn(b, dir, []int{1}, bin, "./...")
	}
}

func BenchmarkGoVetGeneratedModule(b *testing.B) {
	dir := generatedModule(b)
	runIn(b, dir, []int{0}, "go", "vet", "./...")
	b.ResetTimer()
	for b.Loop() {
		runIn(b, dir, []int{0}, "go", "vet", "./...")
	}
}

func BenchmarkSessionlintDemoApp(b *testing.B) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "vulnapp"))
	if err != nil {
		b.Fatal(err)
	}
	runIn(b, dir, []int{1}, bin, "./...")
	b.ResetTimer()
	for b.Loop() {
		runIn(b, dir, []int{1}, bin, "./...")
	}
}

// BenchmarkWarmVsGoVet times a warm `sessionlint ./...` against a warm `go
// vet ./...` in the same folder, run in turns so that both see the same
// load on the machine, and reports each one's time per run and their
// ratio (issue 10 wants sessionlint within 1.1× go vet). The apps are the
// generated module, the Go demo app, and the folders listed in
// SESSIONLINT_BENCH_DIRS (separated by the OS list separator), for real
// applications kept outside the repository:
//
//	SESSIONLINT_BENCH_DIRS=/tmp/bench/gophish go test ./cmd/sessionlint -run '^$' -bench WarmVsGoVet -count 7
func BenchmarkWarmVsGoVet(b *testing.B) {
	demo, err := filepath.Abs(filepath.Join("..", "..", "testdata", "vulnapp"))
	if err != nil {
		b.Fatal(err)
	}
	apps := []struct{ name, dir string }{{"generated", ""}, {"vulnapp", demo}}
	for _, d := range filepath.SplitList(os.Getenv("SESSIONLINT_BENCH_DIRS")) {
		apps = append(apps, struct{ name, dir string }{filepath.Base(d), d})
	}
	for _, app := range apps {
		b.Run(app.name, func(b *testing.B) {
			dir := app.dir
			if dir == "" {
				dir = generatedModule(b)
			}
			codes := []int{0, 1, 3}
			runIn(b, dir, codes, bin, "./...") // warm both caches
			runIn(b, dir, codes, "go", "vet", "./...")
			var vet, sl time.Duration
			for b.Loop() {
				start := time.Now()
				runIn(b, dir, codes, "go", "vet", "./...")
				mid := time.Now()
				runIn(b, dir, codes, bin, "./...")
				vet += mid.Sub(start)
				sl += time.Since(mid)
			}
			b.ReportMetric(float64(sl.Nanoseconds())/float64(b.N), "sessionlint-ns/op")
			b.ReportMetric(float64(vet.Nanoseconds())/float64(b.N), "govet-ns/op")
			b.ReportMetric(float64(sl)/float64(vet), "ratio")
		})
	}
}
