//go:build linux

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// markedProcesses returns the processes whose environment holds marker.
func markedProcesses(marker string) []int {
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

func poll(d time.Duration, cond func() bool) bool {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return cond()
}

// TestSignalStopsChildren: Ctrl-C (SIGINT) or SIGTERM sent to sessionlint
// alone, as a CI runner's timeout or kill does, stops go vet and whatever
// it started, and sessionlint exits 130 or 143. go vet is kept busy by a
// cold build cache of the test's own.
func TestSignalStopsChildren(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := writeTree(t, map[string]string{"go.mod": "module example.com/web\n\ngo 1.26\n", "web/web.go": insecureCookie})
			marker := fmt.Sprintf("SESSIONLINT_SIGNAL_TEST=%d-%d", os.Getpid(), time.Now().UnixNano())
			cmd := exec.Command(bin, "./...")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), marker, "GOCACHE="+t.TempDir())
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() {
				for _, pid := range markedProcesses(marker) {
					syscall.Kill(pid, syscall.SIGKILL)
				}
			}()
			// sessionlint and the go command it started.
			if !poll(60*time.Second, func() bool { return len(markedProcesses(marker)) >= 2 }) {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("go vet never started\n%s", stderr.String())
			}
			time.Sleep(200 * time.Millisecond)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			waited := make(chan error, 1)
			go func() { waited <- cmd.Wait() }()
			var err error
			select {
			case err = <-waited:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("sessionlint did not stop on %v", sig)
			}
			code := 0
			var exitErr *exec.ExitError
			if errors.As(err, &exitErr) {
				code = exitErr.ExitCode()
			}
			if want := 128 + int(sig); code != want {
				t.Errorf("exit %d on %v, want %d\n%s", code, sig, want, stderr.String())
			}
			if !poll(5*time.Second, func() bool { return len(markedProcesses(marker)) == 0 }) {
				for _, pid := range markedProcesses(marker) {
					cmdline, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
					t.Errorf("still running after sessionlint exited: %d %s", pid, strings.ReplaceAll(string(cmdline), "\x00", " "))
				}
			}
		})
	}
}
