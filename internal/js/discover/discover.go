// Package discover finds the JavaScript and TypeScript files under
// sessionlint's command-line patterns (the Go side's syntax: ./..., dir/...,
// dir, or files) and accounts for every file it leaves out, by reason:
// dependencies (node_modules), vendored and built output, minified bundles,
// declaration files and files over the size limit. It also groups files
// into apps (the nearest package.json), for app-level facts.
package discover

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
	"github.com/sessionlint/sessionlint/internal/readlog"
)

// MaxSize is the largest file analysed by default.
const MaxSize = 1 << 20

// Skip reasons, as printed in the summary ("skipped N JavaScript/TypeScript
// file(s): REASON").
const (
	SkipDependencies = "in node_modules (dependencies)"
	SkipBuilt        = "in vendored, generated or built output (vendor, dist, build, coverage, .next, ...)"
	SkipHidden       = "in hidden folders or testdata"
	SkipMinified     = "minified or bundled"
	SkipDeclaration  = "TypeScript declaration files (.d.ts)"
	SkipTooLarge     = "larger than 1 MiB"
	SkipUnreadable   = "unreadable"
	SkipExcluded     = "excluded by the configuration"
)

// Options adjust Find.
type Options struct {
	// MaxSize is the largest file analysed; 0 means MaxSize.
	MaxSize int64
	// Exclude, if set, reports whether a file or folder (absolute path)
	// is left out.
	Exclude func(path string) bool
}

// TooLarge is the skip reason for files over a size limit.
func TooLarge(limit int64) string {
	switch {
	case limit == MaxSize:
		return SkipTooLarge
	case limit%(1<<20) == 0:
		return fmt.Sprintf("larger than %d MiB", limit>>20)
	case limit%(1<<10) == 0:
		return fmt.Sprintf("larger than %d KiB", limit>>10)
	}
	return fmt.Sprintf("larger than %d bytes", limit)
}

// builtDirs are folders of vendored, generated or built output.
var builtDirs = map[string]bool{
	"vendor": true, "bower_components": true, "jspm_packages": true, "web_modules": true,
	"third_party": true, "third-party": true, // copies of other projects' code (an editor's plugins)
	"dist": true, "build": true, "out": true, "coverage": true, "lib-cov": true, ".nyc_output": true,
	".next": true, ".nuxt": true, ".output": true, ".svelte-kit": true, ".vercel": true, ".netlify": true,
	".turbo": true, ".cache": true, ".parcel-cache": true, ".angular": true, ".docusaurus": true,
	"storybook-static": true, ".expo": true, ".serverless": true, ".webpack": true, ".yarn": true,
}

// A File is one file to analyse.
type File struct {
	Path string // absolute
	Lang syntax.Lang
	App  string // directory of the nearest package.json, or the pattern's root
}

// Result is what Find found.
type Result struct {
	Files   []File
	Skipped map[string]int
	// Unreadable lists the folders that could not be read, and why.
	Unreadable []finding.Problem
}

// Find walks the patterns. Paths that do not exist are ignored here (the
// command reports them once, for both passes).
func Find(patterns []string) Result { return FindWith(patterns, Options{}) }

// FindWith is Find with a size limit and exclusions.
func FindWith(patterns []string, opts Options) Result {
	maxSize := cmp.Or(opts.MaxSize, MaxSize)
	excluded := func(path string) bool { return opts.Exclude != nil && opts.Exclude(path) }
	r := Result{Skipped: map[string]int{}}
	seen := map[string]bool{}
	pkgCache := map[string]bool{}
	add := func(path, root string) {
		if seen[path] {
			return
		}
		seen[path] = true
		lang, ok := syntax.LangOf(path)
		if !ok && !nodeScript(path) && !syntax.IsSFC(path) {
			return
		}
		if strings.HasSuffix(path, ".d.ts") || strings.HasSuffix(path, ".d.mts") || strings.HasSuffix(path, ".d.cts") {
			r.Skipped[SkipDeclaration]++
			return
		}
		if excluded(path) {
			r.Skipped[SkipExcluded]++
			return
		}
		info, err := readlog.Stat(path)
		if err != nil || !info.Mode().IsRegular() {
			if err != nil {
				r.Skipped[SkipUnreadable]++
			}
			return
		}
		if info.Size() > maxSize {
			r.Skipped[TooLarge(maxSize)]++
			return
		}
		if minifiedName(path) {
			r.Skipped[SkipMinified]++
			return
		}
		r.Files = append(r.Files, File{Path: path, Lang: lang, App: appRoot(filepath.Dir(path), root, pkgCache)})
	}
	for _, pat := range patterns {
		root, recursive := strings.CutSuffix(pat, "/...")
		if pat == "..." {
			root, recursive = ".", true
		}
		abs, err := filepath.Abs(root)
		if err != nil {
			continue
		}
		info, err := readlog.Stat(abs)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			add(abs, filepath.Dir(abs))
			continue
		}
		if !recursive {
			entries, _ := readlog.ReadDir(abs)
			for _, e := range entries {
				if !e.IsDir() {
					add(filepath.Join(abs, e.Name()), abs)
				}
			}
			continue
		}
		_ = readlog.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if d == nil || d.IsDir() {
					var pe *fs.PathError
					if errors.As(err, &pe) {
						err = pe.Err
					}
					r.Unreadable = append(r.Unreadable, finding.Problem{Path: path, Message: err.Error()})
				}
				return nil
			}
			if d.IsDir() {
				if path == abs {
					return nil
				}
				reason := skipDir(d.Name())
				if reason == "" && excluded(path) {
					reason = SkipExcluded
				}
				if reason != "" {
					if n := countSources(path); n > 0 {
						r.Skipped[reason] += n
					}
					return filepath.SkipDir
				}
				return nil
			}
			add(path, abs)
			return nil
		})
	}
	slices.SortFunc(r.Files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	for k, v := range r.Skipped {
		if v == 0 {
			delete(r.Skipped, k)
		}
	}
	return r
}

// SkipDir returns why a folder below a target is skipped, or "".
func SkipDir(name string) string { return skipDir(name) }

func skipDir(name string) string {
	switch {
	case name == "node_modules":
		return SkipDependencies
	case builtDirs[name]:
		return SkipBuilt
	case name == "testdata" || strings.HasPrefix(name, "."):
		// Unlike Go, JavaScript apps keep code in _-prefixed folders:
		// Nuxt's dynamic routes (pages/_id), Next.js private folders.
		return SkipHidden
	}
	return ""
}

// countSources counts the JavaScript/TypeScript files below a skipped
// folder, so that the summary accounts for them.
func countSources(dir string) int {
	n := 0
	_ = readlog.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if _, ok := syntax.LangOf(path); ok {
				n++
			}
		}
		return nil
	})
	return n
}

var (
	libraryVersion = lazyre.New(`\bv?\d+\.\d+(\.\d+)?`)
	libraryNotice  = lazyre.New(`(?i)©|\(c\)|copyright|licen[cs]e|\bMIT\b`)
)

func minifiedName(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	return strings.Contains(base, ".min.") || strings.Contains(base, "-min.") || strings.Contains(base, ".bundle.") ||
		strings.HasSuffix(base, ".chunk.js")
}

// Minified reports whether content looks minified or bundled: more than
// half of its bytes sit on lines longer than 500 bytes.
func Minified(src []byte) bool {
	if len(src) < 2048 {
		return false
	}
	if bundleHeader(src) {
		return true
	}
	total, long := len(src), 0
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		// An inline source map is one long comment line after readable
		// code: it says nothing about the code itself.
		if len(line) > 500 && !bytes.HasPrefix(bytes.TrimSpace(line), []byte("//# sourceMappingURL=")) {
			long += len(line)
		} else if len(line) > 500 {
			total -= len(line)
		}
	}
	return long*2 > total
}

// bundleHeader reports whether src starts like the output of a bundler
// (webpack's bootstrap, browserify's prelude), which repeats library code
// that is not the app's own, or like a third-party library copied in
// whole: a preserved /*! banner naming a version and a licence or
// copyright (/*! DataTables 1.10.15 ©2008-2017 SpryMedia Ltd */).
func bundleHeader(src []byte) bool {
	head := src[:min(len(src), 512)]
	if t := bytes.TrimSpace(head); bytes.HasPrefix(t, []byte("/*!")) {
		banner := t
		if end := bytes.Index(t, []byte("*/")); end >= 0 {
			banner = t[:end]
		}
		if libraryVersion.Match(banner) && libraryNotice.Match(banner) {
			return true
		}
	}
	return bytes.Contains(head, []byte("webpackBootstrap")) ||
		bytes.Contains(head, []byte("__webpack_require__")) ||
		bytes.HasPrefix(bytes.TrimSpace(head), []byte("require=(function")) ||
		bytes.Contains(head, []byte(`"function"==typeof require&&require`))
}

// appRoot returns the nearest directory at or above dir holding a
// package.json, or root when there is none.
func appRoot(dir, root string, cache map[string]bool) string {
	for d := dir; ; {
		has, ok := cache[d]
		if !ok {
			_, err := readlog.Stat(filepath.Join(d, "package.json"))
			has = err == nil
			cache[d] = has
		}
		if has {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return root
		}
		d = parent
	}
}

// nodeScript reports an executable Node script without an extension in a
// bin folder (bin/www, bin/server): apps start their server there.
func nodeScript(path string) bool {
	if filepath.Ext(path) != "" || filepath.Base(filepath.Dir(path)) != "bin" {
		return false
	}
	// The Stat notes the file for the result cache; only its head is read.
	if _, err := readlog.Stat(path); err != nil {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 64)
	n, _ := f.Read(head)
	line, _, _ := bytes.Cut(head[:n], []byte("\n"))
	return bytes.HasPrefix(line, []byte("#!")) && bytes.Contains(line, []byte("node"))
}
