//go:build !cgo

package main

import (
	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/engine"
)

// lspJSChecker has no JavaScript/TypeScript checker without cgo: the
// language server serves Go files and says, once, why JS/TS files get no
// diagnostics.
func lspJSChecker(analyzers.Names) (check func(path string, src []byte) ([]finding.Finding, error), unavailable string, closeFn func()) {
	return nil, engine.ErrNeedsCgo.Error(), func() {}
}
