package govet

import (
	"bytes"
	"context"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// GOPATH-era applications have no go.mod: their packages import each other
// by the path the code lived at under GOPATH/src
// (github.com/owner/app/controllers), which no module provides, so in
// GOPATH mode every package that imports another of the app's fails to
// type-check. Such a tree is vetted as the module its imports name: a go.mod
// declaring that path is laid over the tree (the checkout is not written),
// and its other requirements are resolved by the go command like any
// module's, at their newest versions.

// inferModulePath returns the import path a tree's own packages are
// imported by, read from the imports of its Go files (the path that ends in
// one of its folders), or "" when no package imports another.
func inferModulePath(root string, folders []string) string {
	votes := map[string]int{}
	fset := token.NewFileSet()
	for _, dir := range folders {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ImportsOnly)
			if err != nil {
				continue
			}
			for _, imp := range f.Imports {
				path, err := strconv.Unquote(imp.Path.Value)
				if err != nil {
					continue
				}
				if p := ownPrefix(root, folders, path); p != "" {
					votes[p]++
				}
			}
		}
	}
	best, n := "", 0
	for p, v := range votes {
		if v > n || v == n && p < best {
			best, n = p, v
		}
	}
	return best
}

// ownPrefix returns P when path is P/REL for REL one of the folders below
// root (the tree's own package), or "".
func ownPrefix(root string, folders []string, path string) string {
	for _, dir := range folders {
		rel, err := filepath.Rel(root, dir)
		if err != nil || rel == "." {
			continue
		}
		rel = filepath.ToSlash(rel)
		if p, ok := strings.CutSuffix(path, "/"+rel); ok && strings.Contains(p, ".") && !strings.Contains(p, " ") {
			return p
		}
	}
	return ""
}

// synthModule lays a go.mod declaring modPath over dir, with the go.sum
// the go command fills beside the copy.
func (s *setup) synthModule(dir, modPath string) bool {
	tmp := s.tempDir()
	if tmp == "" {
		return false
	}
	mod, sum := filepath.Join(tmp, "go.mod"), filepath.Join(tmp, "go.sum")
	if os.WriteFile(mod, []byte("module "+modPath+"\n\ngo 1.16\n"), 0o600) != nil || os.WriteFile(sum, nil, 0o600) != nil {
		return false
	}
	s.modfile = mod
	if s.overlay == nil {
		s.overlay = make(map[string]string)
	}
	s.overlay[filepath.Join(dir, "go.mod")] = mod
	s.overlay[filepath.Join(dir, "go.sum")] = sum
	s.notes = append(s.notes, dir+" has no go.mod: analysed as module "+modPath+", the path its packages import each other by, with its other imports at their newest versions")
	return true
}

// resolveImports has the go command resolve the imports of a unit's
// packages and their dependencies into the go.mod copy, and reports
// whether every one was found.
func resolveImports(ctx context.Context, u Unit, flags []string) bool {
	args := append(append([]string{"list", "-e", "-deps"}, flags...), "-f", "{{with .Error}}{{.Err}}{{end}}")
	cmd := exec.CommandContext(ctx, "go", append(args, u.Patterns...)...)
	inGroup(cmd)
	cmd.Dir = u.Dir
	cmd.Env = unitEnv(u)
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		return false
	}
	for _, missing := range []string{"no required module provides", "cannot find module providing", "module lookup disabled",
		"reading http", "unrecognized import path", "no matching versions"} {
		if bytes.Contains(out, []byte(missing)) {
			return false
		}
	}
	return true
}
