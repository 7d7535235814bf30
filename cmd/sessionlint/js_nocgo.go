//go:build !cgo

package main

import "context"

// runJS is unavailable without cgo; the Go pass still runs.
func runJS(context.Context, []string, *options) jsResult { return jsResult{} }
