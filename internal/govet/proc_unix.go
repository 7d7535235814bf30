//go:build unix

package govet

import (
	"os/exec"
	"syscall"
	"time"
)

// inGroup makes cmd the leader of a process group of its own, and its
// cancellation (by its context) kill the whole group: the go command and
// everything it started, the vet tool and the compiler included. Killing
// only the go command would leave them running.
func inGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	cmd.WaitDelay = 5 * time.Second
}
