package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/readlog"
)

// The JavaScript/TypeScript pass's result is kept between runs, as go vet
// keeps the Go pass's: a repeat run over unchanged files (the everyday case
// in CI and editors) reads its files again, but parses and analyses
// nothing. An entry is keyed on this executable, the working folder, the
// targets and every option the pass reads, and it is reused only while
// every file-system read the pass made (file contents, folder listings,
// files it looked for and did not find) gives the same answer.

// CacheEnv names the variable that moves the cache ("off" turns it off);
// by default it lives in the user's cache folder.
const CacheEnv = "SESSIONLINT_CACHE"

// cacheMaxAge is how long an entry nobody reads is kept.
const cacheMaxAge = 30 * 24 * time.Hour

type jsCacheEntry struct {
	Reads  []readlog.Entry `json:"reads"`
	Result jsResult        `json:"result"`
	// Directives lists the findings about malformed ignore directives,
	// a mark that JSON does not carry.
	Directives []int `json:"directives,omitempty"`
}

// jsCacheFile returns the file that holds the pass's result for these
// targets and options, or "" when there is no cache.
func jsCacheFile(patterns []string, o *options) string {
	dir := os.Getenv(CacheEnv)
	switch dir {
	case "off":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(base, "sessionlint", "js")
	}
	cwd, err := os.Getwd()
	if err != nil {
		return ""
	}
	h := sha256.New()
	writeExecutableID(h)
	names, _ := json.Marshal(o.cfg.Names)
	fmt.Fprintf(h, "\x00cwd=%s\x00patterns=%q\x00tests=%t\x00max=%d\x00names=%s\x00config=%s\x00exclude=%q\x00",
		cwd, patterns, o.tests, o.cfg.JSMaxFileSize, names, o.cfg.Dir, o.cfg.Exclude)
	for _, r := range catalog.Rules {
		fmt.Fprintf(h, "%s=%t\x00", r.ID, o.selects(r.ID, false))
	}
	return filepath.Join(dir, hex.EncodeToString(h.Sum(nil)[:20])+".json")
}

// loadJSCache returns the kept result when every read it rests on still
// answers the same.
func loadJSCache(file string) (jsResult, bool) {
	if file == "" {
		return jsResult{}, false
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return jsResult{}, false
	}
	var e jsCacheEntry
	if json.Unmarshal(data, &e) != nil || !readlog.Unchanged(e.Reads) {
		return jsResult{}, false
	}
	for _, i := range e.Directives {
		if i >= 0 && i < len(e.Result.Findings) {
			e.Result.Findings[i].Directive = true
		}
	}
	now := time.Now()
	_ = os.Chtimes(file, now, now) // still in use: not trimmed
	return e.Result, true
}

// storeJSCache keeps a result, replacing the file whole so that a reader
// never sees half of it, and removes entries unused for cacheMaxAge.
// Failing to keep it costs only the next run's time.
func storeJSCache(file string, reads []readlog.Entry, r jsResult) {
	e := jsCacheEntry{Reads: reads, Result: r}
	for i, f := range r.Findings {
		if f.Directive {
			e.Directives = append(e.Directives, i)
		}
	}
	data, err := json.Marshal(e)
	if err != nil {
		return
	}
	dir := filepath.Dir(file)
	if os.MkdirAll(dir, 0o700) != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, "tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(tmp.Name(), file) != nil {
		os.Remove(tmp.Name())
		return
	}
	old, _ := os.ReadDir(dir)
	for _, e := range old {
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > cacheMaxAge {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
