package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	modmodule "golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"

	"github.com/sessionlint/sessionlint/catalog"
)

// TestExplainRule: `sessionlint explain RULE` and `sessionlint -rules
// RULE` print the rule's documentation from the catalog on stdout; an
// unknown rule is a usage error.
func TestExplainRule(t *testing.T) {
	dir := t.TempDir()
	rule, _ := catalog.Lookup("cookieflags")
	for _, args := range [][]string{{"explain", "cookieflags"}, {"-rules", "cookieflags"}} {
		r := sessionlint(t, dir, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "# cookieflags (InsecureSessionCookie)") ||
			!strings.Contains(r.stdout, rule.Docs()) || !strings.Contains(r.stdout, catalog.DocURL("cookieflags")) {
			t.Errorf("sessionlint %v: exit %d, want 0 and the rule's documentation on stdout\nstdout: %.300s\nstderr: %s", args, r.code, r.stdout, r.stderr)
		}
	}
	if r := sessionlint(t, dir, "-rules"); r.code != 0 || !strings.Contains(r.stdout, "csrf") {
		t.Errorf("-rules: exit %d, want the list on stdout\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	for _, args := range [][]string{{"explain", "nosuchrule"}, {"-rules", "nosuchrule"}, {"explain"}} {
		if r := sessionlint(t, dir, args...); r.code != 2 || !strings.Contains(r.stderr, "sessionlint") {
			t.Errorf("sessionlint %v: exit %d, want 2\nstderr: %s", args, r.code, r.stderr)
		}
	}
}

// TestVersionFromGoInstall: a binary installed with `go install
// …/cmd/sessionlint@vX.Y.Z` says vX.Y.Z on stdout. The module is served at a
// made-up version from a file proxy, its dependencies from the module
// cache's own download folder (no network), into a module cache of the
// test's own.
func TestVersionFromGoInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command from a module zip")
	}
	const version = "v0.0.1-versiontest"
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	realCache := filepath.Join(strings.TrimSpace(string(out)), "cache", "download")

	tmp := t.TempDir()
	proxy := filepath.Join(tmp, "proxy", "github.com", "sessionlint", "sessionlint", "@v")
	if err := os.MkdirAll(proxy, 0o755); err != nil {
		t.Fatal(err)
	}
	zf, err := os.Create(filepath.Join(proxy, version+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	if err := modzip.CreateFromDir(zf, modmodule.Version{Path: "github.com/sessionlint/sessionlint", Version: version}, root); err != nil {
		t.Fatal(err)
	}
	zf.Close()
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"list":            version + "\n",
		version + ".info": `{"Version":"` + version + `","Time":"2026-01-01T00:00:00Z"}`,
		version + ".mod":  string(gomod),
	} {
		if err := os.WriteFile(filepath.Join(proxy, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gobin := filepath.Join(tmp, "bin")
	install := exec.Command("go", "install", "-trimpath", "github.com/sessionlint/sessionlint/cmd/sessionlint@"+version)
	install.Dir = tmp
	install.Env = append(os.Environ(),
		"GOBIN="+gobin,
		"GOMODCACHE="+filepath.Join(tmp, "modcache"),
		"GOFLAGS=-modcacherw",
		"GOPROXY=file://"+filepath.ToSlash(filepath.Join(tmp, "proxy"))+",file://"+filepath.ToSlash(realCache),
		"GOSUMDB=off",
		"GOTOOLCHAIN=local",
	)
	if msg, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install: %v\n%s", err, msg)
	}
	cmd := exec.Command(filepath.Join(gobin, "sessionlint"), "-version")
	got, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "sessionlint " + version + "\n"; string(got) != want {
		t.Errorf("-version printed %q on stdout, want %q", got, want)
	}
}

// TestToolIDFromBuildID: the vet tool names itself to go vet's cache by the
// Go build ID of its executable, read from the ELF note, not by hashing the
// whole file on every run.
func TestToolIDFromBuildID(t *testing.T) {
	want, err := exec.Command("go", "tool", "buildid", bin).Output()
	if err != nil {
		t.Skip("go tool buildid:", err)
	}
	got := elfBuildID(bin)
	if got == nil {
		t.Skip("not an ELF executable")
	}
	if string(got) != strings.TrimSpace(string(want)) {
		t.Errorf("elfBuildID = %q, want %q", got, want)
	}
}
