//go:build !unix

package govet

import (
	"os/exec"
	"time"
)

// inGroup: without process groups, cancellation kills the go command
// alone (exec.CommandContext's default).
func inGroup(cmd *exec.Cmd) {
	cmd.WaitDelay = 5 * time.Second
}
