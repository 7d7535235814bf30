//go:build linux

package govet

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// marked returns the processes whose environment holds marker.
func marked(marker string) []int {
	var pids []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		env, err := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		if err == nil && bytes.Contains(env, []byte(marker)) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// waitFor polls cond for up to d.
func waitFor(d time.Duration, cond func() bool) bool {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return cond()
}

// TestCancelStopsTheVetTool: cancelling a run (the language server does
// for every newer edit, the command on Ctrl-C) stops the go command and
// the vet tool it started, not the go command alone.
func TestCancelStopsTheVetTool(t *testing.T) {
	dir := t.TempDir()
	marker := fmt.Sprintf("SESSIONLINT_GROUP_TEST=%d-%d", os.Getpid(), time.Now().UnixNano())
	tool := filepath.Join(dir, "slowvet")
	script := "#!/bin/sh\ncase \"$1\" in\n-V=full) echo 'slowvet version devel buildID=" + strconv.FormatInt(time.Now().UnixNano(), 16) +
		"'; exit 0;;\n-flags) echo '[]'; exit 0;;\nesac\nexec sleep 300\n"
	mod := filepath.Join(dir, "mod")
	for name, content := range map[string]string{
		tool:                            script,
		filepath.Join(mod, "go.mod"):    "module example.com/m\n\ngo 1.26\n",
		filepath.Join(mod, "p", "p.go"): "// " + marker + "\npackage p\n",
	} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	k, v, _ := strings.Cut(marker, "=")
	t.Setenv(k, v)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan Result)
	go func() { done <- Run(ctx, Config{Tool: tool}, []Unit{{Dir: mod, Patterns: []string{"./..."}}}) }()
	if !waitFor(60*time.Second, func() bool { return len(marked(marker)) >= 2 }) {
		cancel()
		<-done
		t.Fatal("the vet tool never started")
	}
	cancel()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not return after cancellation")
	}
	if !waitFor(5*time.Second, func() bool { return len(marked(marker)) == 0 }) {
		pids := marked(marker)
		for _, pid := range pids {
			cmdline, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
			t.Errorf("still running after cancellation: %d %q", pid, bytes.ReplaceAll(cmdline, []byte{0}, []byte{' '}))
			if p, err := os.FindProcess(pid); err == nil {
				p.Kill()
			}
		}
	}
}
