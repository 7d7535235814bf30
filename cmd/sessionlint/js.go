package main

import (
	"context"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/engine"
	"github.com/sessionlint/sessionlint/internal/js/pass"
	"github.com/sessionlint/sessionlint/internal/js/rules"
	"github.com/sessionlint/sessionlint/internal/readlog"
)

// jsResult is what the JavaScript/TypeScript pass reports to the command.
type jsResult struct {
	Findings []finding.Finding // absolute paths, like the Go pass
	Problems []finding.Problem
	Analysed int               // files analysed
	Partial  []finding.Problem // analysed files the rules saw only in part, and why
	Excluded int               // excluded files, read only for app-level facts
	Skipped  map[string]int    // files skipped, by reason
}

// runJS runs the JavaScript/TypeScript pass over the same patterns as the
// Go pass. A build without cgo cannot parse (tree-sitter is C): the pass
// then says so once, as a problem, and the Go pass still runs.
// A repeat run over unchanged files reuses the last result (jscache.go).
func runJS(ctx context.Context, patterns []string, o *options) jsResult {
	cache := jsCacheFile(patterns, o)
	if r, ok := loadJSCache(cache); ok {
		return r
	}
	var reads *readlog.Log // nil: nothing noted, nothing kept
	if cache != "" {
		reads = readlog.Begin()
	}
	r := pass.Run(ctx, patterns, pass.Options{
		Enabled:      func(id string) bool { return o.selects(id, false) },
		Names:        rules.Names(o.cfg.Names),
		MaxFileSize:  o.cfg.JSMaxFileSize,
		Exclude:      o.cfg.Excluded,
		IncludeTests: o.tests,
	})
	res := jsResult{Findings: r.Findings, Problems: r.Problems, Analysed: r.Analysed, Partial: r.Partial, Excluded: r.Excluded, Skipped: r.Skipped}
	if entries, ok := reads.End(); ok && ctx.Err() == nil {
		storeJSCache(cache, entries, res)
	}
	return res
}

// jsSupported says whether this build analyses JavaScript/TypeScript.
const jsSupported = engine.Available

// lspJSChecker returns the language server's JavaScript/TypeScript checker,
// or why there is none (a build without cgo), and what closes it. The
// server calls the checker from one goroutine at a time.
func lspJSChecker() (check func(path string, src []byte, names catalog.Names) ([]finding.Finding, error), unavailable string, closeFn func()) {
	c, err := pass.NewChecker()
	if err != nil {
		return nil, err.Error(), func() {}
	}
	return func(path string, src []byte, names catalog.Names) ([]finding.Finding, error) {
		c.Names = rules.Names(names)
		return c.Source(path, src, nil)
	}, "", c.Close
}
