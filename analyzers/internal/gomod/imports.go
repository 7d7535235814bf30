package gomod

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

var (
	importsMu    sync.Mutex
	importsCache = make(map[string]map[string]bool) // module root → import paths of its production files
)

// ModuleImports returns the import paths that the production files of the
// analysed package's module use, anywhere in it: which session store an app
// builds is often decided in a package its handlers do not import (the
// router). It reads only import blocks, once per module, and only when a
// rule asks. Nil without a module.
func ModuleImports(pass *analysis.Pass) map[string]bool {
	if len(pass.Files) == 0 || modFileOf(pass) == nil {
		return nil
	}
	root, ok := findModuleRootDir(filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name()))
	if !ok {
		return nil
	}
	importsMu.Lock()
	defer importsMu.Unlock()
	if m, ok := importsCache[root]; ok {
		return m
	}
	m := make(map[string]bool)
	fset := token.NewFileSet()
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "vendor" || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			if path != root {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir // a module of its own
				}
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || IsNonProductionFile(path) {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return nil
		}
		for _, spec := range f.Imports {
			if p, err := strconv.Unquote(spec.Path.Value); err == nil {
				m[p] = true
			}
		}
		return nil
	})
	importsCache[root] = m
	return m
}

// findModuleRootDir returns the nearest folder at or above dir with a go.mod.
func findModuleRootDir(dir string) (string, bool) {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
