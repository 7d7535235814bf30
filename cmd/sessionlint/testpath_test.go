package main

import (
	"strings"
	"testing"
)

// TestAppsUnderTestdataFolder: an app checked out below a folder named
// testdata (or test) is production code in itself; only its own test
// folders are left out. The README's first command relies on it.
func TestAppsUnderTestdataFolder(t *testing.T) {
	parent := writeTree(t, map[string]string{
		"testdata/app/go.mod":              "module example.com/app\n\ngo 1.26\n",
		"testdata/app/web/web.go":          insecureCookie,
		"testdata/app/testdata/fixture.go": strings.Replace(insecureCookie, "package web", "package fixture", 1),
	})
	r := sessionlint(t, parent, "./testdata/app/...")
	if r.code != 1 || !strings.Contains(r.stdout, "web.go") {
		t.Fatalf("exit %d; want the finding in the app below testdata/\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout, "fixture.go") {
		t.Errorf("the app's own testdata/ was reported:\n%s", r.stdout)
	}
}
