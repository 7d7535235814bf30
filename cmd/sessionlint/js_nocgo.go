//go:build !cgo

package main

import (
	"context"
	"strconv"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/discover"
	"github.com/sessionlint/sessionlint/internal/js/engine"
)

// runJS cannot analyse JavaScript/TypeScript without cgo (tree-sitter is C):
// when the targets hold such files it says so, once, as a problem, and the
// Go pass still runs.
func runJS(_ context.Context, patterns []string, o *options) jsResult {
	found := discover.FindWith(patterns, discover.Options{MaxSize: o.cfg.JSMaxFileSize, Exclude: o.cfg.Excluded})
	if len(found.Files) == 0 {
		return jsResult{Skipped: found.Skipped}
	}
	return jsResult{
		Problems: []finding.Problem{{Path: found.Files[0].App, Message: engine.ErrNeedsCgo.Error() + "; skipped " +
			strconv.Itoa(len(found.Files)) + " JavaScript/TypeScript file(s)"}},
		Skipped: found.Skipped,
	}
}

// jsSupported says whether this build analyses JavaScript/TypeScript.
const jsSupported = false
