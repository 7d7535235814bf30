package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

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
