package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sessionlint/sessionlint/internal/config"
)

// configDir returns the folder to look for the configuration file from:
// the targets', so that `sessionlint /path/to/repo/...` run from elsewhere
// reads the repository's .sessionlint.yml. Each directory, dir/... tree or
// file finds the nearest configuration file at or above it; import path
// patterns and paths that do not exist find it from the working directory.
// Targets that find different configuration files (or some one, some none)
// are an error: one run has one configuration.
func configDir(patterns []string, cwd string) (string, error) {
	dir, found := "", ""
	for i, pat := range patterns {
		d := targetDir(pat, cwd)
		f := config.Find(d)
		if i == 0 {
			dir, found = d, f
			continue
		}
		if f != found {
			return "", fmt.Errorf("%s and %s have different configuration files (%s and %s): run sessionlint once for each, or name one with -config",
				patterns[0], pat, orNone(found), orNone(f))
		}
	}
	if dir == "" {
		dir = cwd
	}
	return dir, nil
}

// targetDir is the folder of a target pattern.
func targetDir(pat, cwd string) string {
	root, _ := strings.CutSuffix(pat, "/...")
	if pat == "..." {
		root = "."
	}
	if !filepath.IsAbs(root) {
		root = filepath.Join(cwd, root)
	}
	info, err := os.Stat(root)
	if err != nil {
		return cwd // an import path pattern, or nothing
	}
	if !info.IsDir() {
		return filepath.Dir(root)
	}
	return root
}

func orNone(path string) string {
	if path == "" {
		return "none"
	}
	return path
}
