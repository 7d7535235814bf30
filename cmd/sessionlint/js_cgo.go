//go:build cgo

package main

import (
	"context"

	"github.com/sessionlint/sessionlint/internal/js/pass"
)

// runJS runs the JavaScript/TypeScript pass over the same patterns as the
// Go pass.
func runJS(ctx context.Context, patterns []string, o *options) jsResult {
	r := pass.Run(ctx, patterns, pass.Options{
		Enabled: func(id string) bool { return o.selects(id, false) },
	})
	return jsResult{Findings: r.Findings, Problems: r.Problems, Analysed: r.Analysed, Skipped: r.Skipped}
}
