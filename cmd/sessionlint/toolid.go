package main

import (
	"crypto/sha256"
	"debug/elf"
	"fmt"
	"io"
	"os"
)

// printToolID answers the go command's -V=full question. The go command
// keys its vet result cache on this line, so it names the executable (its
// Go build ID, else a hash of the whole file) and the output modes: results
// kept for SARIF (suppressed findings included) and plain vet results must
// not be served for each other, nor results with dependencies of the main
// modules reported (govet.ReportMainEnv) and without.
func printToolID(keepSuppressed, reportMain bool) {
	h := sha256.New()
	writeExecutableID(h)
	fmt.Fprintf(h, "keep-suppressed=%t report-main=%t", keepSuppressed, reportMain)
	fmt.Printf("sessionlint version devel buildID=%x\n", h.Sum(nil))
}

// writeExecutableID writes what identifies this executable to w: its Go
// build ID, else the whole file.
func writeExecutableID(w io.Writer) {
	exe, err := os.Executable()
	if err != nil {
		return
	}
	if id := elfBuildID(exe); id != nil {
		w.Write(id)
	} else if f, err := os.Open(exe); err == nil {
		_, _ = io.Copy(w, f)
		f.Close()
	}
}

// elfBuildID returns the Go build ID an ELF executable carries in its
// .note.go.buildid section (a hash of what it was built from), or nil. It
// reads a few hundred bytes where hashing the file would read all of it,
// on every go vet run.
func elfBuildID(exe string) []byte {
	f, err := elf.Open(exe)
	if err != nil {
		return nil
	}
	defer f.Close()
	s := f.Section(".note.go.buildid")
	if s == nil {
		return nil
	}
	data, err := s.Data()
	// namesz, descsz, type (4 bytes each), "Go\x00\x00", then the ID.
	if err != nil || len(data) < 16 || string(data[12:16]) != "Go\x00\x00" {
		return nil
	}
	n := int(f.ByteOrder.Uint32(data[4:8]))
	if n == 0 || 16+n > len(data) {
		return nil
	}
	return data[16 : 16+n]
}
