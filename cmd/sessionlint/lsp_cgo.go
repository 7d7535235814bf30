//go:build cgo

package main

import (
	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/pass"
	"github.com/sessionlint/sessionlint/internal/js/rules"
)

// lspJSChecker returns the language server's JavaScript/TypeScript checker
// (tree-sitter, hence cgo), or why there is none, and what closes it.
func lspJSChecker(names analyzers.Names) (check func(path string, src []byte) ([]finding.Finding, error), unavailable string, closeFn func()) {
	c, err := pass.NewChecker()
	if err != nil {
		return nil, err.Error(), func() {}
	}
	c.Names = rules.Names(names)
	return func(path string, src []byte) ([]finding.Finding, error) {
		return c.Source(path, src, nil)
	}, "", c.Close
}
