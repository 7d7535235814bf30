//go:build cgo

package main

import (
	"context"

	"github.com/sessionlint/sessionlint/internal/js/pass"
	"github.com/sessionlint/sessionlint/internal/js/rules"
)

// runJS runs the JavaScript/TypeScript pass over the same patterns as the
// Go pass.
func runJS(ctx context.Context, patterns []string, o *options) jsResult {
	r := pass.Run(ctx, patterns, pass.Options{
		Enabled:     func(id string) bool { return o.selects(id, false) },
		Names:       rules.Names(o.cfg.Names),
		MaxFileSize: o.cfg.JSMaxFileSize,
		Exclude:     o.cfg.Excluded,
	})
	return jsResult{Findings: r.Findings, Problems: r.Problems, Analysed: r.Analysed, Skipped: r.Skipped}
}

// jsSupported says whether this build analyses JavaScript/TypeScript.
const jsSupported = true
