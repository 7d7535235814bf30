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
	add := func(dir, pattern string, loose bool) {
		u := byDir[dir]
		if u == nil {
			u = &Unit{Dir: dir, Loose: loose}
			byDir[dir] = u
		}
		if !slices.Contains(u.Patterns, pattern) {
			u.Patterns = append(u.Patterns, pattern)
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
				add(mod, pat, false)
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
		planDir(abs, recursive, add)
	}
	for _, u := range byDir {
		units = append(units, *u)
	}
	slices.SortFunc(units, func(a, b Unit) int { return strings.Compare(a.Dir, b.Dir) })
	return units, missing
}

func planFile(file string, add func(dir, pattern string, loose bool)) {
	dir := filepath.Dir(file)
	if mod := enclosingModule(dir); mod != "" {
		add(mod, relPattern(mod, dir, false), false)
		return
	}
	add(dir, filepath.Base(file), true)
}

func planDir(root string, recursive bool, add func(dir, pattern string, loose bool)) {
	if mod := enclosingModule(root); mod != "" {
		// A folder with no Go files of its own module (a JavaScript app
		// inside a Go repository) would only make go vet complain.
		if containsGo(root, recursive) {
			add(mod, relPattern(mod, root, recursive), false)
		}
	} else if hasGoFiles(root) {
		add(root, ".", true)
	}
	if !recursive {
		return
	}
	// Nested modules and loose directories below root. visited guards
	// against symlink loops (WalkDir does not follow links, but a root
	// given as a link is resolved once above).
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || path == root {
			return nil
		}
		if skipDir(d.Name()) {
			return filepath.SkipDir
		}
		if fileExists(filepath.Join(path, "go.mod")) {
			add(path, "./...", false)
			return nil
		}
		if enclosingModule(path) == "" && hasGoFiles(path) {
			add(path, ".", true)
		}
		return nil
	})
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

// containsGo reports whether dir (and, if recursive, the folders below it
// that belong to the same module) holds a Go file.
func containsGo(dir string, recursive bool) bool {
	if !recursive {
		return hasGoFiles(dir)
	}
	found := false
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || found {
			return filepath.SkipDir
		}
		if d.IsDir() {
			if path != dir && (skipDir(d.Name()) || fileExists(filepath.Join(path, "go.mod"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(d.Name(), ".go") {
			found = true
			return filepath.SkipAll
		}
		return nil
	})
	return found
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
