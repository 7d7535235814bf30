//go:build unix

package govet

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// TestRunVetsModulesInParallel: independent modules are vetted at once, up
// to GOMAXPROCS of them. The vet tool here takes two seconds a package, so
// four one-package modules take eight seconds one after the other.
func TestRunVetsModulesInParallel(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Skip("needs two CPUs")
	}
	dir := t.TempDir()
	tool := filepath.Join(dir, "slowvet")
	script := "#!/bin/sh\ncase \"$1\" in\n-V=full) echo 'slowvet version devel buildID=" + strconv.FormatInt(time.Now().UnixNano(), 16) + "'; exit 0;;\n" +
		"-flags) echo '[]'; exit 0;;\nesac\nfor a; do cfg=$a; done\n" +
		"out=$(sed -n 's/.*\"VetxOutput\": \"\\(.*\\)\",*$/\\1/p' \"$cfg\")\nsleep 2\n: > \"$out\"\n"
	if err := os.WriteFile(tool, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	var units []Unit
	for i := range 4 {
		mod := filepath.Join(dir, "m"+strconv.Itoa(i))
		for name, content := range map[string]string{
			"go.mod": "module example.com/m" + strconv.Itoa(i) + "\n\ngo 1.26\n",
			"p/p.go": "package p\n\n// " + strconv.FormatInt(time.Now().UnixNano(), 10) + "\n",
		} {
			p := filepath.Join(mod, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		units = append(units, Unit{Dir: mod, Patterns: []string{"./..."}})
	}
	start := time.Now()
	var events atomic.Int32
	Run(context.Background(), Config{Tool: tool, Progress: func(Event) { events.Add(1) }}, units)
	if took := time.Since(start); took > 6500*time.Millisecond {
		t.Errorf("four modules took %v: not vetted in parallel", took.Round(time.Millisecond))
	}
	if n := events.Load(); n != 8 {
		t.Errorf("got %d progress events, want a start and an end for each of the 4 units", n)
	}
}
