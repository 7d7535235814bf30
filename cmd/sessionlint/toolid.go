package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
)

// printToolID answers the go command's -V=full question. The go command
// keys its vet result cache on this line, so it hashes the executable and
// the output mode: results kept for SARIF (suppressed findings included) and
// plain vet results must not be served for each other.
func printToolID(keepSuppressed bool) {
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			_, _ = io.Copy(h, f)
			f.Close()
		}
	}
	fmt.Fprintf(h, "keep-suppressed=%t", keepSuppressed)
	fmt.Printf("sessionlint version devel buildID=%x\n", h.Sum(nil))
}
