package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
)

// printToolID answers the go command's -V=full question. The go command
// keys its vet result cache on this line, so it hashes the executable and
// the output modes: results kept for SARIF (suppressed findings included) and
// plain vet results must not be served for each other, nor results with
// dependencies of the main modules reported (govet.ReportMainEnv) and without.
func printToolID(keepSuppressed, reportMain bool) {
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		if f, err := os.Open(exe); err == nil {
			_, _ = io.Copy(h, f)
			f.Close()
		}
	}
	fmt.Fprintf(h, "keep-suppressed=%t report-main=%t", keepSuppressed, reportMain)
	fmt.Printf("sessionlint version devel buildID=%x\n", h.Sum(nil))
}
