package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestConfigFromTargets: the command finds the configuration from its
// targets, not from the working directory.
func TestConfigFromTargets(t *testing.T) {
	repo := writeTree(t, map[string]string{
		"go.mod":           "module example.com/web\n\ngo 1.26\n",
		"web/web.go":       insecureCookie,
		".sessionlint.yml": "disable: [cookieflags]\n",
	})
	elsewhere := t.TempDir()
	for _, target := range []string{repo + "/...", filepath.Join(repo, "web"), filepath.Join(repo, "web", "web.go")} {
		if r := sessionlint(t, elsewhere, target); r.code != 0 {
			t.Errorf("sessionlint %s from elsewhere: exit %d, want 0 (the repository's configuration disables cookieflags)\n%s%s", target, r.code, r.stdout, r.stderr)
		}
	}
	// Targets under different configurations cannot share one.
	other := writeTree(t, map[string]string{"go.mod": "module example.com/other\n\ngo 1.26\n", "o.go": insecureCookie})
	r := sessionlint(t, elsewhere, repo+"/...", other+"/...")
	if r.code != 2 || !strings.Contains(r.stderr, "configuration") {
		t.Errorf("targets with different configurations: exit %d, want 2 with a word on the configuration\n%s", r.code, r.stderr)
	}
}
