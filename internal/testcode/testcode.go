// Package testcode decides which files are tests, fixtures and mocks rather
// than production code, for Go and JavaScript/TypeScript alike: sessionlint
// leaves them out by default (-tests includes them). Code in examples/ is
// production code: people copy it.
package testcode

import (
	"path/filepath"
	"slices"
	"strings"
)

// dirs are folder names that hold test code.
var dirs = []string{
	"test", "tests", "__tests__", "testdata", "testing", "testutil", "testutils", "testhelpers",
	"spec", "specs", "fixture", "fixtures", "mock", "mocks", "__mocks__", "e2e", "cypress", "integration",
}

// IsTestDir reports whether a folder name holds test code.
func IsTestDir(name string) bool { return slices.Contains(dirs, strings.ToLower(name)) }

// IsTestFileName reports whether a file name marks a test: _test.go,
// x.test.js, x.spec.ts, x.stories.tsx, x.e2e.js, test-x.js, test_x.js, and
// Go test helpers and mocks (testing.go, mock_x.go).
func IsTestFileName(name string) bool {
	base := strings.ToLower(filepath.Base(name))
	if strings.HasSuffix(base, "_test.go") {
		return true
	}
	for _, s := range []string{".test.", ".spec.", ".stories.", ".e2e."} {
		if strings.Contains(base, s) {
			return true
		}
	}
	if strings.HasSuffix(base, ".go") && goHelperFile(strings.TrimSuffix(base, ".go")) {
		return true
	}
	return strings.HasPrefix(base, "test-") || strings.HasPrefix(base, "test_")
}

// goHelperFile reports a Go file that by its name holds test helpers or
// mocks in a production package (testing.go, testutil.go, mock_store.go,
// store_mock.go): only tests call them.
func goHelperFile(stem string) bool {
	switch stem {
	case "testing", "testutil", "testutils", "testhelper", "testhelpers", "mock", "mocks":
		return true
	}
	return strings.HasPrefix(stem, "mock_") || strings.HasSuffix(stem, "_mock") || strings.HasSuffix(stem, "_mocks")
}

// IsTestPath reports whether path, relative to the root of its module or
// app, is test code: a test file name, or a test folder on the way.
func IsTestPath(rel string) bool {
	if IsTestFileName(rel) {
		return true
	}
	parts := strings.Split(filepath.ToSlash(filepath.Dir(rel)), "/")
	return slices.ContainsFunc(parts, IsTestDir)
}
