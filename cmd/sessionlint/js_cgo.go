//go:build cgo

package main

import "context"

// runJS runs the JavaScript/TypeScript pass (not written yet).
func runJS(context.Context, []string, *options) jsResult { return jsResult{} }
