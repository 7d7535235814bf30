package main

import (
	"github.com/sessionlint/sessionlint/internal/finding"
)

// jsResult is what the JavaScript/TypeScript pass reports to the command:
// runJS, in js_cgo.go (tree-sitter needs cgo) or js_nocgo.go.
type jsResult struct {
	Findings []finding.Finding // absolute paths, like the Go pass
	Problems []finding.Problem
	Analysed int            // files analysed
	Skipped  map[string]int // files skipped, by reason
}
