//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestUnreadableFolders: a folder that cannot be read is reported, Go or
// JavaScript, and everything else is analysed: one unreadable folder no
// longer stops its whole Go module, nor is a JavaScript folder skipped
// without a word. As root, whom permissions do not stop, sessionlint runs
// as nobody.
func TestUnreadableFolders(t *testing.T) {
	root, err := os.MkdirTemp("", "sessionlint-unreadable")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		filepath.Walk(root, func(p string, info os.FileInfo, err error) error { os.Chmod(p, 0o755); return nil })
		os.RemoveAll(root)
	})
	app := filepath.Join(root, "app")
	for name, content := range map[string]string{
		"go.mod":          webMod,
		"ok/ok.go":        "package ok\n\nfunc OK() {}\n",
		"secret/s.go":     "package secret\n",
		"js/app.js":       "const x = 1;\n",
		"js/private/p.js": "const y = 2;\n",
	} {
		p := filepath.Join(app, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tool := filepath.Join(root, "sessionlint")
	copyFile(t, bin, tool)
	for _, dir := range []string{"secret", "js/private"} {
		if err := os.Chmod(filepath.Join(app, dir), 0o000); err != nil {
			t.Fatal(err)
		}
	}
	home := filepath.Join(root, "home")
	if err := os.Mkdir(home, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(root, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(home, 0o777); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool, "./...")
	cmd.Dir = app
	cmd.Env = append(os.Environ(), "HOME="+home, "GOCACHE="+filepath.Join(home, "cache"), "GOPATH="+filepath.Join(home, "go"),
		"XDG_CACHE_HOME="+filepath.Join(home, "xdg"))
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"could not analyse secret: permission denied",
		"could not analyse js/private: permission denied",
		"analysed 1 of 1 Go package(s) fully",
		"1 JavaScript/TypeScript file(s) analysed; 2 problem(s)",
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	if code != 3 || t.Failed() {
		t.Fatalf("exit %d, want 3\nstdout: %s\nstderr: %s", code, stdout.String(), stderr.String())
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
