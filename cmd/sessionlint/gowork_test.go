package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// goWorkspace writes a go.work of two modules: lib, with an insecure
// cookie, and app, which imports lib and is clean.
func goWorkspace(t *testing.T) string {
	t.Helper()
	return writeTree(t, map[string]string{
		"go.work":        "go 1.26\n\nuse (\n\t./app\n\t./lib\n)\n",
		"lib/go.mod":     "module example.com/lib\n\ngo 1.26\n",
		"lib/web/web.go": insecureCookie,
		"app/go.mod":     "module example.com/app\n\ngo 1.26\n\nrequire example.com/lib v0.0.0\n",
		"app/main.go":    "package main\n\nimport _ \"example.com/lib/web\"\n\nfunc main() {}\n",
	})
}

// TestGoWorkMembers: in a go.work, each member reports its own findings,
// whatever go vet's cache holds from runs over the other: app does not
// report lib's finding (go vet's cache replays it when lib was vetted on
// its own first), lib reports it even after being vetted as app's
// dependency (which the cache used to replay as nothing analysed). A
// target outside the working directory is printed as ../lib/....
func TestGoWorkMembers(t *testing.T) {
	t.Run("lib first", func(t *testing.T) {
		dir := goWorkspace(t)
		lib, app := filepath.Join(dir, "lib"), filepath.Join(dir, "app")
		if r := sessionlint(t, lib, "./..."); r.code != 1 || !strings.HasPrefix(r.stdout, "web/web.go:6:21: cookieflags") {
			t.Fatalf("lib: exit %d, want 1 and its finding\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
		}
		if r := sessionlint(t, app, "./..."); r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "analysed 1 of 1 Go package(s) fully") {
			t.Fatalf("app: exit %d, want 0 and nothing of lib's\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
		}
		if r := sessionlint(t, app, "./...", "../lib/..."); r.code != 1 || !strings.HasPrefix(r.stdout, "../lib/web/web.go:6:21: cookieflags") {
			t.Fatalf("app and ../lib: exit %d, want 1 and lib's finding as ../lib/web/web.go\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("app first", func(t *testing.T) {
		dir := goWorkspace(t)
		lib, app := filepath.Join(dir, "lib"), filepath.Join(dir, "app")
		if r := sessionlint(t, app, "./..."); r.code != 0 || r.stdout != "" {
			t.Fatalf("app: exit %d, want 0\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
		}
		if r := sessionlint(t, lib, "./..."); r.code != 1 || !strings.HasPrefix(r.stdout, "web/web.go:6:21: cookieflags") ||
			!strings.Contains(r.stderr, "analysed 1 of 1 Go package(s) fully") {
			t.Fatalf("lib after app: exit %d, want 1 and its finding\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
		}
	})
}
