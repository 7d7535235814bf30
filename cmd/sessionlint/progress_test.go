//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// openPTY returns the two ends of a new pseudo-terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("no pseudo-terminals:", err)
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	return m, s
}

// TestProgressOnTerminal: with stderr on a terminal, a progress line says
// how many modules and packages are done of how many and what is being
// analysed, rewritten in place and erased before the summary; the report
// on stdout is untouched. Off a terminal there is no progress line.
func TestProgressOnTerminal(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"svc-a/go.mod":     "module example.com/a\n\ngo 1.26\n",
		"svc-a/web/web.go": insecureCookie,
		"svc-b/go.mod":     "module example.com/b\n\ngo 1.26\n",
		"svc-b/x/x.go":     "package x\n",
		"svc-b/y/y.go":     "package y\n",
	})
	master, slave := openPTY(t)
	defer master.Close()
	cmd := exec.Command(bin, "./...")
	cmd.Dir = dir
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, slave
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	var tty bytes.Buffer
	copied := make(chan struct{})
	go func() { io.Copy(&tty, master); close(copied) }() // ends with EIO once the child exits
	cmd.Wait()
	<-copied
	out := tty.String()
	for _, want := range []string{
		"\r\x1b[Ksessionlint: Go modules 0/2, packages 0/3; analysing svc-",
		"Go modules 2/2, packages 3/3; analysing svc-",
		"(example.com/a/web)",
		"\r\x1b[Ksessionlint: 1 finding(s)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("terminal lacks %q", want)
		}
	}
	if !strings.HasPrefix(stdout.String(), "svc-a/web/web.go:6:21: cookieflags") || strings.Contains(stdout.String(), "\r") {
		t.Errorf("the report on stdout changed: %q", stdout.String())
	}
	if t.Failed() {
		t.Fatalf("terminal:\n%q", out)
	}

	r := sessionlint(t, dir, "./...")
	if strings.Contains(r.stderr, "\r") || strings.Contains(r.stderr, "Go modules") {
		t.Errorf("progress off a terminal:\n%q", r.stderr)
	}
}
