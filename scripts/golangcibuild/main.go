// Command golangcibuild builds a golangci-lint binary with module plugins
// from a configuration file in the format of `golangci-lint custom`
// (.custom-gcl.yml), as that command does, but fetches golangci-lint's source
// through the Go module proxy instead of cloning it from GitHub, so it works
// wherever `go build` does. scripts/golangci-build runs it.
//
// Usage:
//
//	golangcibuild [-config FILE] [-keep]
//
// FILE defaults to .golangci-plugin.yml. Relative paths in it (plugin paths,
// destination) are from FILE's folder. GOPROXY, GOFLAGS and the rest of the
// go command's environment are honoured; GOWORK is turned off for the build.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	"golang.org/x/mod/sumdb/dirhash"
	"gopkg.in/yaml.v3"
)

// config mirrors golangci-lint's .custom-gcl.yml schema
// (pkg/commands/internal/configuration.go in v2.15.0).
type config struct {
	Version     string   `yaml:"version"`
	Name        string   `yaml:"name"`
	Destination string   `yaml:"destination"`
	Plugins     []plugin `yaml:"plugins"`
}

type plugin struct {
	Module  string `yaml:"module"`
	Import  string `yaml:"import"`
	Version string `yaml:"version"` // a module version, fetched from the proxy
	Path    string `yaml:"path"`    // or a local module directory
}

func main() {
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: scripts/golangci-build [-config FILE] [-keep]")
		fmt.Fprintln(os.Stderr, "Builds the golangci-lint with module plugins that FILE describes (format of golangci-lint's .custom-gcl.yml), using only the Go module proxy.")
		flag.PrintDefaults()
	}
	file := flag.String("config", ".golangci-plugin.yml", "configuration `file`")
	keep := flag.Bool("keep", false, "keep the temporary build folder and print its path")
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	cfg, err := load(*file)
	if err != nil {
		fail(err)
	}
	if err := build(cfg, *keep); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "golangci-build:", err)
	os.Exit(1)
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "golangci-build: "+format+"\n", args...)
}

// load reads and checks a configuration file, resolving relative paths
// against its folder.
func load(file string) (*config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true) // a misspelt key must not be ignored
	var cfg config
	if err := dec.Decode(&cfg); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: empty file", file)
		}
		return nil, fmt.Errorf("%s: %s", file, unknownKeys.ReplaceAllString(err.Error(), "unknown key $1"))
	}
	base, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		return nil, err
	}
	if err := cfg.check(base); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return &cfg, nil
}

// unknownKeys matches yaml.v3's report of a key with no struct field.
var unknownKeys = regexp.MustCompile(`field (\S+) not found in type main\.\w+`)

func (c *config) check(base string) error {
	if !semver.IsValid(c.Version) || semver.Canonical(c.Version) != c.Version {
		// `golangci-lint custom` also takes branch names; a module proxy only
		// serves versions.
		return fmt.Errorf("version %q: want a golangci-lint release such as v2.15.0", c.Version)
	}
	if c.Name == "" {
		c.Name = "custom-gcl" // golangci-lint custom's default
	}
	if strings.ContainsAny(c.Name, `/\`) || c.Name == "." || c.Name == ".." {
		return fmt.Errorf("name %q: want a file name; set the folder with destination", c.Name)
	}
	c.Destination = abs(base, c.Destination)
	if len(c.Plugins) == 0 {
		return errors.New("no plugins")
	}
	for i := range c.Plugins {
		p := &c.Plugins[i]
		if err := module.CheckPath(p.Module); err != nil {
			return fmt.Errorf("plugin %d: module: %w", i+1, err)
		}
		if p.Import == "" {
			p.Import = p.Module
		}
		if p.Import != p.Module && !strings.HasPrefix(p.Import, p.Module+"/") {
			return fmt.Errorf("plugin %s: import %q is not a package of the module", p.Module, p.Import)
		}
		switch {
		case (p.Path == "") == (p.Version == ""):
			return fmt.Errorf("plugin %s: give either path (a local module) or version", p.Module)
		case p.Version != "" && !semver.IsValid(p.Version):
			return fmt.Errorf("plugin %s: version %q is not a module version", p.Module, p.Version)
		case p.Path != "":
			p.Path = abs(base, p.Path)
			if _, err := os.Stat(filepath.Join(p.Path, "go.mod")); err != nil {
				return fmt.Errorf("plugin %s: path %s is not a module folder: %w", p.Module, p.Path, err)
			}
		}
	}
	return nil
}

func abs(base, path string) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	return filepath.Join(base, path)
}

// lintModule is golangci-lint's module path at a version: v2 and later
// carry a major version suffix.
func lintModule(version string) string {
	if m := semver.Major(version); m != "v0" && m != "v1" {
		return "github.com/golangci/golangci-lint/" + m
	}
	return "github.com/golangci/golangci-lint"
}

func build(cfg *config, keep bool) error {
	start := time.Now()
	work, err := os.MkdirTemp("", "golangci-build-")
	if err != nil {
		return err
	}
	if keep {
		logf("work folder %s", work)
	} else {
		defer os.RemoveAll(work)
	}

	mod := lintModule(cfg.Version)
	logf("downloading %s@%s", mod, cfg.Version)
	out, err := goCmd(work, "mod", "download", "-json", mod+"@"+cfg.Version)
	var dl struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &dl); jerr == nil && dl.Error != "" {
		return fmt.Errorf("downloading %s@%s: %s", mod, cfg.Version, dl.Error)
	}
	if err != nil {
		return err
	}
	src := filepath.Join(work, "golangci-lint")
	if err := copyTree(dl.Dir, src); err != nil {
		return fmt.Errorf("copying %s: %w", dl.Dir, err)
	}

	plugins, err := pluginsFile(cfg.Plugins)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(src, "cmd", "golangci-lint", "plugins.go"), plugins, 0o644); err != nil {
		return err
	}
	for _, p := range cfg.Plugins {
		logf("adding %s", p.Import)
		if p.Path != "" {
			_, err = goCmd(src, "mod", "edit", "-replace", p.Module+"="+p.Path)
		} else {
			_, err = goCmd(src, "get", p.Module+"@"+p.Version)
		}
		if err != nil {
			return err
		}
	}
	if _, err := goCmd(src, "mod", "tidy"); err != nil {
		return err
	}

	version, err := customVersion(cfg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.Destination, 0o755); err != nil {
		return err
	}
	bin := filepath.Join(cfg.Destination, cfg.Name)
	ldflags := fmt.Sprintf("-s -w -X main.version=%s -X main.date=%s", version, time.Now().UTC().Format(time.RFC3339))
	logf("building %s (version %s)", bin, version)
	if _, err := goCmd(src, "build", "-mod=mod", "-trimpath", "-ldflags", ldflags, "-o", bin, "./cmd/golangci-lint"); err != nil {
		return err
	}
	logf("built %s in %s", bin, time.Since(start).Round(100*time.Millisecond))
	return nil
}

// goCmd runs the go command in dir and returns its standard output; on
// failure the error carries the command line and everything it printed.
func goCmd(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	// The temporary module must not join a go.work found above it.
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String() + "\n" + stdout.String())
		return stdout.Bytes(), fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, msg)
	}
	return stdout.Bytes(), nil
}

// copyTree copies the read-only module cache folder src to dst, writable.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
}

// pluginsFile replaces golangci-lint's placeholder cmd/golangci-lint/plugins.go:
// each plugin registers itself in an init function.
func pluginsFile(plugins []plugin) ([]byte, error) {
	var b strings.Builder
	b.WriteString("// Code generated by scripts/golangci-build. DO NOT EDIT.\n\npackage main\n\nimport (\n")
	for _, p := range plugins {
		fmt.Fprintf(&b, "\t_ %q\n", p.Import)
	}
	b.WriteString(")\n")
	return format.Source([]byte(b.String()))
}

// customVersion names the build after golangci-lint's version and a hash of
// the plugins, as golangci-lint custom does: golangci-lint keys its result
// cache on the version, so a changed plugin must change it.
func customVersion(cfg *config) (string, error) {
	h := sha256.New()
	for _, p := range cfg.Plugins {
		if p.Path == "" {
			fmt.Fprintf(h, "%s@%s\n", p.Module, p.Version)
			continue
		}
		sum, err := hashModule(p.Path, cfg.Destination)
		if err != nil {
			return "", fmt.Errorf("hashing plugin %s: %w", p.Path, err)
		}
		fmt.Fprintf(h, "%s %s\n", p.Module, sum)
	}
	return fmt.Sprintf("%s-custom-gcl-%x", strings.TrimPrefix(cfg.Version, "v"), h.Sum(nil)[:6]), nil
}

// hashModule hashes the files of the module in dir that a build can read:
// it skips the folders the go command ignores, nested modules and the
// destination, which holds earlier builds.
func hashModule(dir, skip string) (string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
				name == "testdata" || name == "node_modules" || path == skip) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); path != dir && err == nil {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, path)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	return dirhash.Hash1(files, func(name string) (io.ReadCloser, error) {
		return os.Open(filepath.Join(dir, filepath.FromSlash(name)))
	})
}
