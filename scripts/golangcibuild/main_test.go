package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write puts a configuration file and a module folder "plugin" in a
// temporary folder and returns the file's path.
func write(t *testing.T, config string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "plugin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "plugin", "go.mod"), []byte("module example.com/plugin\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "plugins.yml")
	if err := os.WriteFile(file, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestLoad(t *testing.T) {
	file := write(t, `
version: v2.15.0
plugins:
  - module: example.com/plugin
    path: plugin
  - module: example.com/other
    import: example.com/other/golangci
    version: v1.2.3
`)
	cfg, err := load(file)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(file)
	if cfg.Name != "custom-gcl" || cfg.Destination != dir {
		t.Errorf("name %q, destination %q: want golangci-lint custom's defaults, custom-gcl in %s", cfg.Name, cfg.Destination, dir)
	}
	if p := cfg.Plugins[0]; p.Import != p.Module || p.Path != filepath.Join(dir, "plugin") {
		t.Errorf("plugin 1 = %+v: want import = module and path from the file's folder", p)
	}
	src, err := pluginsFile(cfg.Plugins)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range []string{`_ "example.com/plugin"`, `_ "example.com/other/golangci"`} {
		if !strings.Contains(string(src), imp) {
			t.Errorf("plugins.go lacks %s:\n%s", imp, src)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	plugin := "plugins:\n  - module: example.com/plugin\n    path: plugin\n"
	tests := []struct{ config, want string }{
		{"", "empty file"},
		{"version: [", "yaml: line 1"},
		{"version: v2.15.0\nname: x\nplugin:\n  - module: a\n" + plugin, "line 3: unknown key plugin"},
		{"version: v2.15.0\nplugins:\n  - module: example.com/plugin\n    paht: plugin\n", "line 4: unknown key paht"},
		{plugin, `version "": want a golangci-lint release`},
		{"version: main\n" + plugin, `version "main": want a golangci-lint release`},
		{"version: v2.15.0\n", "no plugins"},
		{"version: v2.15.0\nname: bin/lint\n" + plugin, `name "bin/lint": want a file name`},
		{"version: v2.15.0\nplugins:\n  - path: plugin\n", "plugin 1: module: "},
		{"version: v2.15.0\nplugins:\n  - module: example.com/plugin\n", "give either path (a local module) or version"},
		{"version: v2.15.0\nplugins:\n  - module: example.com/plugin\n    path: plugin\n    version: v1.0.0\n", "give either path"},
		{"version: v2.15.0\nplugins:\n  - module: example.com/plugin\n    version: latest\n", `version "latest" is not a module version`},
		{"version: v2.15.0\nplugins:\n  - module: example.com/plugin\n    path: nowhere\n", "is not a module folder"},
		{"version: v2.15.0\nplugins:\n  - module: example.com/plugin\n    import: example.com/pluginx\n    path: plugin\n", `import "example.com/pluginx" is not a package of the module`},
	}
	for _, tt := range tests {
		_, err := load(write(t, tt.config))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("config\n%s\nerror %v, want one containing %q", tt.config, err, tt.want)
		}
	}
	if _, err := load(filepath.Join(t.TempDir(), "missing.yml")); err == nil {
		t.Error("no error for a missing file")
	}
}

func TestLintModule(t *testing.T) {
	for version, want := range map[string]string{
		"v2.15.0": "github.com/golangci/golangci-lint/v2",
		"v1.64.8": "github.com/golangci/golangci-lint",
	} {
		if got := lintModule(version); got != want {
			t.Errorf("lintModule(%s) = %s, want %s", version, got, want)
		}
	}
}
