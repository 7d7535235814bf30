package pass

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/discover"
	"github.com/sessionlint/sessionlint/internal/js/engine"
	"github.com/sessionlint/sessionlint/internal/js/ignore"
	"github.com/sessionlint/sessionlint/internal/js/rules"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/readlog"
)

// Errors of Checker.Source for files it does not analyse.
var (
	ErrNotJS     = errors.New("not a JavaScript or TypeScript file")
	ErrTooLarge  = errors.New("JavaScript/TypeScript file larger than 1 MiB: not analysed")
	ErrMinified  = errors.New("minified or bundled JavaScript: not analysed")
	ErrDeclFile  = errors.New("TypeScript declaration file: not analysed")
	errNoParsers = errors.New("JavaScript/TypeScript checker is closed")
)

// maxAppFiles bounds how many other files of an app a Checker reads for
// app-level facts.
const maxAppFiles = 2000

// A Checker analyses single files given as bytes, such as an editor's
// unsaved buffers: the in-memory counterpart of Run. App-level facts (the
// session middleware, CSRF defences and password-hashing hooks that other
// files of the same package.json set up) are read from the other files on
// disk and cached until those files change, so a buffer gets the same
// findings as a run of the command over the saved app.
//
// A Checker is safe for concurrent use; it parses one file at a time.
type Checker struct {
	mu     sync.Mutex
	parser engine.Parser
	facts  map[string]cachedFacts // by path, for files read from disk

	// Names are the project's extra names (configuration); set before use.
	Names analysis.Names
}

type cachedFacts struct {
	mod   time.Time
	size  int64
	facts analysis.Facts
}

// NewChecker returns a Checker, or engine.ErrNeedsCgo in builds without cgo.
func NewChecker() (*Checker, error) {
	q, err := Queries()
	if err != nil {
		return nil, err
	}
	p, err := engine.NewParser(q)
	if err != nil {
		return nil, err
	}
	return &Checker{parser: p, facts: map[string]cachedFacts{}}, nil
}

// Close releases the parser.
func (c *Checker) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.parser != nil {
		c.parser.Close()
		c.parser = nil
	}
}

// Source analyses src as the contents of the file at path (absolute) and
// returns the findings in that file, with severities set and ignore
// directives applied (suppressed findings carry a Suppression). enabled
// selects rules by ID; nil runs them all. A panic in a rule is returned as
// an error.
func (c *Checker) Source(path string, src []byte, enabled func(string) bool) (fs []finding.Finding, err error) {
	lang, ok := syntax.LangOf(path)
	if syntax.IsSFC(path) {
		src, lang, ok = sfc(src)
	}
	switch {
	case !ok:
		return nil, ErrNotJS
	case isDeclaration(path):
		return nil, ErrDeclFile
	case len(src) > discover.MaxSize:
		return nil, ErrTooLarge
	case discover.Minified(src):
		return nil, ErrMinified
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.parser == nil {
		return nil, errNoParsers
	}
	defer func() {
		if e := recover(); e != nil {
			fs, err = nil, fmt.Errorf("internal error analysing JavaScript/TypeScript (please report): %v\n%s", e, debug.Stack())
		}
	}()

	root, hasPackage := appRootOf(filepath.Dir(path))
	app := analysis.NewApp(root)
	app.Names = c.Names
	if hasPackage {
		for _, f := range c.appFacts(root, path, enabled) {
			app.Add(f)
		}
	}
	pending, facts, directives, err := Check(c.parser, path, lang, src, app, enabled)
	if err != nil {
		return nil, err
	}
	app.Add(facts)
	for _, f := range rules.Finish(app, pending, enabled) {
		if f.File == path {
			fs = append(fs, f)
		}
	}
	return settle(fs, map[string][]ignore.Directive{path: directives}), nil
}

// appFacts returns the facts of the app's files other than skip, parsing
// only those that changed since the last call.
func (c *Checker) appFacts(root, skip string, enabled func(string) bool) []analysis.Facts {
	found := discover.Find([]string{filepath.Join(root, "...")})
	var out []analysis.Facts
	for i, f := range found.Files {
		if i >= maxAppFiles {
			break
		}
		if f.Path == skip {
			continue
		}
		info, err := readlog.Stat(f.Path)
		if err != nil {
			continue
		}
		if cached, ok := c.facts[f.Path]; ok && cached.mod.Equal(info.ModTime()) && cached.size == info.Size() {
			out = append(out, cached.facts)
			continue
		}
		src, err := readlog.ReadFile(f.Path)
		if err != nil || discover.Minified(src) {
			continue
		}
		_, facts, _, err := Check(c.parser, f.Path, f.Lang, src, analysis.NewApp(root), enabled)
		if err != nil {
			continue
		}
		c.facts[f.Path] = cachedFacts{mod: info.ModTime(), size: info.Size(), facts: facts}
		out = append(out, facts)
	}
	return out
}

// appRootOf returns the directory of the nearest package.json at or above
// dir, or dir itself when there is none.
func appRootOf(dir string) (string, bool) {
	for d := dir; ; {
		if info, err := readlog.Stat(filepath.Join(d, "package.json")); err == nil && !info.IsDir() {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir, false
		}
		d = parent
	}
}

func isDeclaration(path string) bool {
	return strings.HasSuffix(path, ".d.ts") || strings.HasSuffix(path, ".d.mts") || strings.HasSuffix(path, ".d.cts")
}

// sfc returns the script of a single-file component (.vue, .svelte).
func sfc(src []byte) ([]byte, syntax.Lang, bool) {
	script, lang := syntax.SFCScript(src)
	return script, lang, true
}
