package discover

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"package.json":            "{}",
		"app.js":                  "x",
		"src/a.ts":                "x",
		"src/b.tsx":               "x",
		"src/c.mjs":               "x",
		"src/d.cts":               "x",
		"src/readme.md":           "x",
		"src/types.d.ts":          "x",
		"node_modules/x/index.js": "x",
		"dist/app.js":             "x",
		"static/editor/third-party/charts/adapter.src.js": "x",
		".next/server.js":             "x",
		"coverage/lcov.js":            "x",
		"public/jquery.min.js":        "x",
		"sub/package.json":            "{}",
		"sub/server.js":               "x",
		"testdata/fixture.js":         "x",
		"src/__tests__/login.test.js": "x",
		"pages/_id/index.vue":         "x",
	})
	r := Find([]string{root + "/..."})
	var got []string
	for _, f := range r.Files {
		rel, _ := filepath.Rel(root, f.Path)
		appRel, _ := filepath.Rel(root, f.App)
		got = append(got, rel+"@"+appRel)
	}
	want := "app.js@. pages/_id/index.vue@. src/__tests__/login.test.js@. src/a.ts@. src/b.tsx@. src/c.mjs@. src/d.cts@. sub/server.js@sub"
	if strings.Join(got, " ") != want {
		t.Errorf("files:\n%s\nwant:\n%s", strings.Join(got, " "), want)
	}
	wantSkips := map[string]int{SkipDependencies: 1, SkipBuilt: 4, SkipMinified: 1, SkipDeclaration: 1, SkipHidden: 1}
	for k, v := range wantSkips {
		if r.Skipped[k] != v {
			t.Errorf("skipped %q: %d, want %d (all: %v)", k, r.Skipped[k], v, r.Skipped)
		}
	}
	// A directory without /... is not recursive; a file is taken as given.
	if r := Find([]string{root}); len(r.Files) != 1 {
		t.Errorf("non-recursive: %d files", len(r.Files))
	}
	if r := Find([]string{filepath.Join(root, "src", "a.ts"), filepath.Join(root, "nope.js")}); len(r.Files) != 1 {
		t.Errorf("file pattern: %d files", len(r.Files))
	}
}

func TestMinified(t *testing.T) {
	if Minified([]byte(strings.Repeat("const a = 1;\n", 500))) {
		t.Error("ordinary code taken for minified")
	}
	if !Minified([]byte(strings.Repeat("var a=1,b=2;", 400))) {
		t.Error("one long line not taken for minified")
	}
	code := strings.Repeat("const a = 1;\n", 300)
	withMap := code + "//# sourceMappingURL=data:application/json;base64," + strings.Repeat("QUJD", 5000) + "\n"
	if Minified([]byte(withMap)) {
		t.Error("readable code with an inline source map taken for minified")
	}
	browserify := `(function(){function r(e,n,t){function o(i,f){if(!n[i]){if(!e[i]){var c="function"==typeof require&&require;if(!f&&c)return c(i,!0)}}}}})()` + "\n" + code
	if !Minified([]byte(browserify)) {
		t.Error("browserify bundle not skipped")
	}
	webpack := "/******/ (() => { // webpackBootstrap\n" + code
	if !Minified([]byte(webpack)) {
		t.Error("webpack bundle not skipped")
	}
	// A library copied in whole keeps its /*! banner: version and licence.
	library := "/*! Tables 1.10.15\n * ©2008-2017 Some Vendor Ltd - example.net/license\n */\n" + code
	if !Minified([]byte(library)) {
		t.Error("third-party library with a licence banner not skipped")
	}
	// The app's own notes in a /*! comment are not a library's banner.
	own := "/*! keep: auth helpers for the admin pages */\n" + code
	if Minified([]byte(own)) {
		t.Error("the app's own /*! comment taken for a library banner")
	}
	versionOnly := "/*! build 2.3 */\n" + code
	if Minified([]byte(versionOnly)) {
		t.Error("a banner with a version but no licence taken for a library")
	}
}

// TestNodeScripts finds the extensionless Node scripts apps start from
// (bin/www), and nothing else without an extension.
func TestNodeScripts(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"package.json":  "{}",
		"bin/www":       "#!/usr/bin/env node\nrequire('../app');\n",
		"bin/setup":     "#!/bin/sh\necho hi\n",
		"scripts/serve": "#!/usr/bin/env node\n",
		"Makefile":      "all:\n",
	})
	r := Find([]string{root + "/..."})
	var got []string
	for _, f := range r.Files {
		rel, _ := filepath.Rel(root, f.Path)
		got = append(got, rel)
	}
	if strings.Join(got, " ") != "bin/www" {
		t.Errorf("files: %v, want [bin/www]", got)
	}
}
