// Package gomod knows the module under analysis: the versions its go.mod
// requires (library defaults change between versions), where its root is,
// and which of its files are production code rather than tests, fixtures
// or mocks (package testcode decides; examples are production code).
package gomod

import (
	"flag"
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/internal/testcode"
)

// includeTests, set by the include-tests flag, makes test code count as
// production code: the rules then report in it too.
var includeTests bool

// AddFlags defines the include-tests flag on fs. Every flag set shares the
// process's setting.
func AddFlags(fs *flag.FlagSet) {
	fs.BoolVar(&includeTests, IncludeTestsFlag, false, "analyse tests, fixtures and mocks as production code")
}

// IncludeTestsFlag is the name of the flag that includes test code.
const IncludeTestsFlag = "include-tests"

// SetIncludeTests sets the include-tests setting for analyzers run in this
// process.
func SetIncludeTests(include bool) { includeTests = include }

// IsNonProductionFile reports whether filename is a test file or sits in a
// folder of tests, fixtures or mocks. The analyzed module's own path is not
// consulted above the package directory's last three elements, so a
// checkout under /home/x/test/ still counts as production code.
func IsNonProductionFile(filename string) bool {
	if includeTests {
		return false
	}
	if testcode.IsTestFileName(filename) {
		return true
	}
	dir := filepath.ToSlash(filepath.Dir(filename))
	parts := strings.Split(dir, "/")
	if len(parts) > 3 {
		parts = parts[len(parts)-3:]
	}
	// Folders above the analyzed module's root say nothing about its code
	// (a demo module checked in under another repo's testdata/).
	if below, ok := belowModuleRoot(filepath.Dir(filename)); ok && len(below) < len(parts) {
		parts = below
	}
	return slices.ContainsFunc(parts, testcode.IsTestDir)
}

// belowModuleRoot returns the folder names between the nearest directory
// holding a go.mod (or the src folder of a GOPATH-style testdata/src tree)
// and dir.
func belowModuleRoot(dir string) ([]string, bool) {
	if v, ok := moduleRootCache.Load(dir); ok {
		r := v.(moduleRootResult)
		return r.below, r.ok
	}
	below, ok := findModuleRoot(dir)
	moduleRootCache.Store(dir, moduleRootResult{below, ok})
	return below, ok
}

type moduleRootResult struct {
	below []string
	ok    bool
}

var moduleRootCache sync.Map // dir → moduleRootResult

func findModuleRoot(dir string) ([]string, bool) {
	var below []string
	for d := filepath.Clean(dir); ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return below, true
		}
		parent := filepath.Dir(d)
		if filepath.Base(d) == "src" && filepath.Base(parent) == "testdata" {
			return below, true
		}
		if parent == d {
			return nil, false
		}
		below = append([]string{filepath.Base(d)}, below...)
		d = parent
	}
}

var (
	modMu    sync.Mutex
	modCache = make(map[string]*modfile.File) // go.mod path → parsed file (nil if unreadable)
)

// ModuleVersion returns the version of module modPath that the analyzed
// package's go.mod requires (after replace directives), or "" when there is
// no go.mod or it does not name the module. Callers treat "" as "latest".
func ModuleVersion(pass *analysis.Pass, modPath string) string {
	if f := modFileOf(pass); f != nil {
		return requiredVersion(f, modPath)
	}
	return ""
}

// FromDependency reports whether package path pkgPath belongs to a module
// that the analysed package's go.mod requires, rather than to its own
// module. Without a go.mod it compares the paths' first elements.
func FromDependency(pass *analysis.Pass, pkgPath string) bool {
	if f := modFileOf(pass); f != nil {
		for _, r := range f.Require {
			if pkgPath == r.Mod.Path || strings.HasPrefix(pkgPath, r.Mod.Path+"/") {
				return true
			}
		}
		return false
	}
	first := func(p string) string { return strings.SplitN(p, "/", 2)[0] }
	return first(pkgPath) != first(pass.Pkg.Path())
}

// modFileOf returns the go.mod of the module holding the analysed
// package, or nil.
func modFileOf(pass *analysis.Pass) *modfile.File {
	if len(pass.Files) == 0 {
		return nil
	}
	dir := filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
	for {
		if f := readModFile(filepath.Join(dir, "go.mod")); f != nil {
			// The go.mod governs the package only if its module holds the
			// package's path: a GOPATH-style tree below a module does not
			// belong to it.
			if p := pass.Pkg.Path(); f.Module != nil && (p == f.Module.Mod.Path || strings.HasPrefix(p, f.Module.Mod.Path+"/")) {
				return f
			}
			return nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
}

func readModFile(path string) *modfile.File {
	modMu.Lock()
	defer modMu.Unlock()
	if f, ok := modCache[path]; ok {
		return f
	}
	var f *modfile.File
	if data, err := os.ReadFile(path); err == nil {
		f, _ = modfile.ParseLax(path, data, nil)
	}
	modCache[path] = f
	return f
}

func requiredVersion(f *modfile.File, modPath string) string {
	v := ""
	for _, r := range f.Require {
		if r.Mod.Path == modPath {
			v = r.Mod.Version
		}
	}
	for _, r := range f.Replace {
		if r.Old.Path == modPath && r.New.Version != "" {
			v = r.New.Version
		}
	}
	return v
}

// VersionBefore reports whether version v is known and older than target
// (both semver, e.g. "v1.3.0"). An unknown version is treated as current.
func VersionBefore(v, target string) bool {
	return v != "" && semver.IsValid(v) && semver.Compare(v, target) < 0
}

// InGOROOT reports whether the package being analyzed is part of the
// standard library (its files lie under GOROOT), where rules that export
// facts about user helpers have nothing to learn.
func InGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return true
	}
	root := filepath.Clean(build.Default.GOROOT) + string(filepath.Separator)
	return strings.HasPrefix(pass.Fset.File(pass.Files[0].Pos()).Name(), root)
}

// IsTestFile reports whether filename is a Go test file. Rules about values
// (keys, tokens) skip only these: folders named testdata or examples often
// hold demo apps whose code is meant to be copied.
func IsTestFile(filename string) bool {
	return !includeTests && strings.HasSuffix(filename, "_test.go")
}

// IsLibraryPackage reports whether the package under analysis is another
// module's code: its files lie in the module cache (a path element
// module@version) or in a vendor folder. go vet analyses such packages
// only for the facts its targets import; a rule's heuristics about an
// app's own code (a function named like csrf, an Origin check) do not
// apply to them.
func IsLibraryPackage(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	return IsLibraryFile(pass.Fset.File(pass.Files[0].Pos()).Name())
}

// IsLibraryFile reports whether a Go file is another module's code: it
// lies in the module cache (a path element module@version) or in a vendor
// folder.
func IsLibraryFile(name string) bool {
	for _, el := range strings.Split(filepath.ToSlash(filepath.Dir(name)), "/") {
		if el == "vendor" || strings.Contains(el, "@v") {
			return true
		}
	}
	return false
}
