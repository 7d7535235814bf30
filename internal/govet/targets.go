package govet

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
)

// A Unit is one invocation of go vet: a module (Dir holds its go.mod) with
// the package patterns to analyse in it, or, with GOPATH set to false and
// Files set, loose Go files outside any module.
type Unit struct {
	Dir      string
	Patterns []string
	Loose    bool // files outside any module, vetted in GOPATH mode
	// Synthetic is the module path a GOPATH-era tree's packages import
	// each other by: the tree is vetted as that module (see gopath.go),
	// or, when its imports cannot all be resolved, folder by folder
	// (LooseDirs).
	Synthetic string
	LooseDirs []string
	// Folders counts the folders of Go files the patterns name, as found
	// on disk: about the number of packages, for progress reports (0 for
	// import path patterns, which only the go command resolves).
	Folders int
}

// covers reports whether file lies in the folders the unit's patterns
// name: below D/x for "./x/...", in D/x for "./x", in the unit's folder
// for loose files. Import path patterns cannot be told from a path: they
// cover every file.
func (u Unit) covers(file string) bool {
	if !filepath.IsAbs(file) {
		return true
	}
	dir := filepath.Dir(file)
	for _, pat := range u.Patterns {
		if u.Loose {
			if dir == u.Dir {
				return true
			}
			continue
		}
		if !strings.HasPrefix(pat, ".") {
			return true
		}
		root, recursive := strings.CutSuffix(pat, "/...")
		if pat == "..." {
			root, recursive = ".", true
		}
		root = filepath.Join(u.Dir, filepath.FromSlash(root))
		if dir == root {
			return true
		}
		if rel, err := filepath.Rel(root, dir); recursive && err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// skipDir reports whether a directory below a walk root is left out, as the
// go command leaves it out of "./...": testdata, vendor, node_modules and
// folders whose name starts with "." or "_".
func skipDir(name string) bool {
	return name == "testdata" || name == "vendor" || name == "node_modules" ||
		strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// Plan turns command-line patterns (directories, "dir/...", Go files) into
// go vet units, one per module found, plus units for Go files that belong to
// no module. Paths that do not exist or cannot be read are reported in
// missing, with the reason.
func Plan(patterns []string) (units []Unit, missing []finding.Problem) {
	byDir := make(map[string]*Unit)
	add := func(dir, pattern string, loose bool, folders int) {
		u := byDir[dir]
		if u == nil {
			u = &Unit{Dir: dir, Loose: loose}
			byDir[dir] = u
		}
		if !slices.Contains(u.Patterns, pattern) {
			u.Patterns = append(u.Patterns, pattern)
			u.Folders += folders
		}
	}
	for _, pat := range patterns {
		root, recursive := strings.CutSuffix(pat, "/...")
		if pat == "..." {
			root, recursive = ".", true
		}
		abs, err := filepath.Abs(root)
		if err != nil {
			missing = append(missing, finding.Problem{Path: pat, Message: err.Error()})
			continue
		}
		info, err := os.Stat(abs)
		if err != nil {
			// An import path pattern (example.com/app/...) is the go
			// command's to resolve, within the module of the working
			// directory.
			if mod := enclosingModule(cwd()); mod != "" && isImportPath(pat) && errors.Is(err, fs.ErrNotExist) {
				add(mod, pat, false, 0)
				continue
			}
			missing = append(missing, finding.Problem{Path: pat, Message: statReason(err)})
			continue
		}
		if !info.IsDir() {
			if strings.HasSuffix(abs, ".go") {
				planFile(abs, add)
			}
			continue
		}
		missing = append(missing, planDir(abs, recursive, add, func(dir, modPath string, folders []string) {
			byDir[dir].Synthetic, byDir[dir].LooseDirs = modPath, folders
		})...)
	}
	for _, u := range byDir {
		units = append(units, *u)
	}
	slices.SortFunc(units, func(a, b Unit) int { return strings.Compare(a.Dir, b.Dir) })
	return units, missing
}

func planFile(file string, add func(dir, pattern string, loose bool, folders int)) {
	dir := filepath.Dir(file)
	if mod := enclosingModule(dir); mod != "" {
		add(mod, relPattern(mod, dir, false), false, 1)
		return
	}
	add(dir, filepath.Base(file), true, 1)
}

// planDir plans the folder root (and, if recursive, the folders below it)
// and returns the folders it cannot read. A module with an unreadable
// folder is vetted package by package, since the go command gives up on
// "./..." at the first folder it cannot read.
func planDir(root string, recursive bool, add func(dir, pattern string, loose bool, folders int), synthetic func(dir, modPath string, folders []string)) (unreadable []finding.Problem) {
	mod := enclosingModule(root)
	if !recursive {
		if mod != "" && hasGoFiles(root) {
			add(mod, relPattern(mod, root, false), false, 1)
		} else if mod == "" && hasGoFiles(root) {
			add(root, ".", true, 1)
		}
		return nil
	}
	// One walk finds the packages of root's module, the nested modules and
	// loose folders below root, and what cannot be read. Symbolic links
	// are not followed (WalkDir does not), so there are no loops. Loose
	// folders wait for the end: a tree whose packages import each other
	// is one GOPATH-era application.
	var loose []string
	addLoose := add
	if mod == "" {
		addLoose = func(dir, pattern string, _ bool, folders int) { loose = append(loose, dir) }
	}
	pkgs := map[string][]string{} // module → its folders holding Go files
	blocked := map[string]bool{}  // module → it has a folder that cannot be read
	owner := map[string]string{root: mod}
	modules := []string{}
	if mod != "" {
		modules = append(modules, mod)
	}
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if d == nil || d.IsDir() {
				unreadable = append(unreadable, finding.Problem{Path: path, Message: statReason(err)})
				if m := owner[path]; m != "" {
					blocked[m] = true
				}
			}
			return nil
		}
		if !d.IsDir() {
			dir := filepath.Dir(path)
			if m := owner[dir]; m != "" && strings.HasSuffix(d.Name(), ".go") && !slices.Contains(pkgs[m], dir) {
				pkgs[m] = append(pkgs[m], dir)
			}
			return nil
		}
		if path == root {
			return nil
		}
		if skipDir(d.Name()) {
			return filepath.SkipDir
		}
		owner[path] = owner[filepath.Dir(path)]
		if fileExists(filepath.Join(path, "go.mod")) {
			owner[path] = path
			modules = append(modules, path)
			return nil
		}
		if owner[path] == "" && hasGoFiles(path) {
			addLoose(path, ".", true, 1)
		}
		return nil
	})
	if mod == "" && hasGoFiles(root) {
		addLoose(root, ".", true, 1)
	}
	if mod == "" && len(loose) > 0 {
		if modPath := inferModulePath(root, loose); modPath != "" {
			add(root, "./...", false, len(loose))
			synthetic(root, modPath, loose)
		} else {
			for _, dir := range loose {
				add(dir, ".", true, 1)
			}
		}
	}
	for _, m := range modules {
		top := m // the folder its pattern starts from
		if m == mod {
			top = root
		}
		switch {
		case blocked[m]:
			for _, dir := range pkgs[m] {
				add(m, relPattern(m, dir, false), false, 1)
			}
		case len(pkgs[m]) > 0 || m != mod:
			// A folder of root's module with no Go files of its own (a
			// JavaScript app inside a Go repository) would only make go
			// vet complain.
			add(m, relPattern(m, top, true), false, len(pkgs[m]))
		}
	}
	return unreadable
}

// statReason says why a target cannot be read: "no such file or
// directory", "too many levels of symbolic links", "permission denied".
func statReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// relPattern is the go vet pattern, relative to module dir mod, for dir.
func relPattern(mod, dir string, recursive bool) string {
	rel, err := filepath.Rel(mod, dir)
	if err != nil || rel == "." {
		rel = "."
	} else {
		rel = "./" + filepath.ToSlash(rel)
	}
	if recursive {
		if rel == "." {
			return "./..."
		}
		return rel + "/..."
	}
	return rel
}

// enclosingModule returns the directory of the go.mod that governs dir, or "".
func enclosingModule(dir string) string {
	for {
		if fileExists(filepath.Join(dir, "go.mod")) {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			return true
		}
	}
	return false
}

// isImportPath reports whether a pattern reads as an import path rather
// than a file system path: no leading ".", "/" or drive, and a dot in its
// first element (as module paths have).
func isImportPath(pat string) bool {
	if pat == "" || strings.HasPrefix(pat, ".") || filepath.IsAbs(pat) || strings.Contains(pat, "\\") {
		return false
	}
	first, _, _ := strings.Cut(pat, "/")
	return strings.Contains(first, ".")
}

func cwd() string {
	dir, _ := os.Getwd()
	return dir
}
