package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Never zero: code the go command cannot build is analysed all the same,
// with the type information that can be had, and the summary says how.

// sessionlintEnv runs the binary in dir with extra environment variables.
func sessionlintEnv(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

func wantFinding(t *testing.T, r result, file, rule, summary string) {
	t.Helper()
	if r.code != 1 || !strings.Contains(r.stdout, file) || !strings.Contains(r.stdout, rule+":") || !strings.Contains(r.stderr, summary) {
		t.Fatalf("exit %d; want exit 1, a %s finding in %s and %q in the summary\nstdout: %s\nstderr: %s", r.code, rule, file, summary, r.stdout, r.stderr)
	}
}

// TestUnavailableDependency: a module whose dependency cannot be
// downloaded (a private or vanished module) is analysed from source; the
// package importing it gets partial type information.
func TestUnavailableDependency(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/web\n\ngo 1.26\n\nrequire example.invalid/private v1.0.0\n",
		"web/web.go": strings.Replace(insecureCookie, `import "net/http"`,
			"import (\n\t\"net/http\"\n\n\t_ \"example.invalid/private\"\n)", 1),
		"clean/clean.go": "package clean\n\nfunc OK() {}\n",
	})
	r := sessionlintEnv(t, dir, []string{"GOPROXY=off", "GOFLAGS=-mod=mod"})
	wantFinding(t, r, "web/web.go", "cookieflags", "1 with partial type information")
	if !strings.Contains(r.stderr, "analysed example.com/web/web with partial type information") {
		t.Errorf("the degraded package is not named:\n%s", r.stderr)
	}
}

// TestMissingEmbedTarget: a //go:embed of build output that is not in the
// checkout gets a placeholder, and the package is analysed fully.
func TestMissingEmbedTarget(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":     "module example.com/web\n\ngo 1.26\n",
		"web/web.go": insecureCookie,
		"web/ui.go":  "package web\n\nimport \"embed\"\n\n//go:embed dist\nvar UI embed.FS\n",
		"main.go":    "package main\n\nimport _ \"example.com/web/web\"\n\nfunc main() {}\n",
	})
	r := sessionlint(t, dir)
	wantFinding(t, r, "web/web.go", "cookieflags", "analysed 2 of 2 Go package(s) fully")
	if !strings.Contains(r.stderr, "//go:embed dist") {
		t.Errorf("the placeholder is not noted:\n%s", r.stderr)
	}
}

// TestLooseFilesWithThirdPartyImports: Go files outside any module that
// import a library the go command cannot find are still matched by what
// their calls are spelled against.
func TestLooseFilesWithThirdPartyImports(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.go": `package main

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("a-literal-signing-key"))

func main() { http.ListenAndServe(":8080", nil) }
`,
	})
	r := sessionlint(t, dir)
	wantFinding(t, r, "main.go", "hardcodedsecret", "1 with partial type information")
}

// TestBrokenPackageBesideGoodOnes: a package that fails to type-check does
// not hide the findings of the others, and is itself analysed.
func TestBrokenPackageBesideGoodOnes(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":          "module example.com/web\n\ngo 1.26\n",
		"web/web.go":      insecureCookie,
		"broken/types.go": "package broken\n\nimport \"net/http\"\n\nfunc F(w http.ResponseWriter) { undefinedThing()\n\thttp.SetCookie(w, &http.Cookie{Name: \"auth_token\", Value: \"x\" + undefinedValue})\n}\n",
	})
	r := sessionlint(t, dir)
	wantFinding(t, r, "web/web.go", "cookieflags", "analysed 1 of 2 Go package(s) fully, 1 with partial type information")
	if !strings.Contains(r.stdout, "broken/types.go") {
		t.Errorf("the broken package's cookie is not reported:\n%s", r.stdout)
	}
}

// TestNewerGoVersion: a module asking for a newer Go than the toolchain's
// is analysed as this toolchain's version, with a note.
func TestNewerGoVersion(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":     "module example.com/web\n\ngo 1.99\n",
		"web/web.go": insecureCookie,
	})
	r := sessionlint(t, dir)
	wantFinding(t, r, "web/web.go", "cookieflags", "analysed 1 of 1 Go package(s) fully")
	if !strings.Contains(r.stderr, "asks for Go 1.99") {
		t.Errorf("the lowered Go version is not noted:\n%s", r.stderr)
	}
}

// TestUndownloadableModuleGraph: an old module (go 1.16, no graph pruning)
// whose go.sum names a dependency the proxy cannot serve fails to load as a
// whole; the dependency is replaced by an empty stand-in, the rest is
// analysed, and the note says so.
func TestUndownloadableModuleGraph(t *testing.T) {
	proxy := t.TempDir()
	dir := writeTree(t, map[string]string{
		"go.mod": "module example.com/web\n\ngo 1.16\n\nrequire example.invalid/mux v1.0.0\n",
		"go.sum": "example.invalid/mux v1.0.0/go.mod h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
		"web/web.go": strings.Replace(insecureCookie, `import "net/http"`,
			"import (\n\t\"net/http\"\n\n\t_ \"example.invalid/mux\"\n)", 1),
		"clean/clean.go": "package clean\n\nfunc OK() {}\n",
	})
	r := sessionlintEnv(t, dir, []string{"GOPROXY=file://" + proxy, "GOFLAGS=", "GONOSUMDB=*", "GONOSUMCHECK=1", "GOSUMDB=off"})
	wantFinding(t, r, "web/web.go", "cookieflags", "with partial type information")
	if !strings.Contains(r.stderr, "module example.invalid/mux@v1.0.0 could not be downloaded") {
		t.Errorf("the stand-in is not noted:\n%s", r.stderr)
	}
}

// TestGOPATHApplication: a GOPATH-era application (no go.mod, packages
// importing each other by their GOPATH path) is analysed as the module its
// imports name, with full type information, and the summary says so; the
// checkout gets no go.mod.
func TestGOPATHApplication(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.go":      "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/owner/oldapp/web\"\n)\n\nfunc main() { http.HandleFunc(\"/login\", web.Login) }\n",
		"web/web.go":   "package web\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/owner/oldapp/util\"\n)\n\nfunc Login(w http.ResponseWriter, r *http.Request) {\n\tif util.OK {\n\t\thttp.SetCookie(w, &http.Cookie{Name: \"session_id\", Value: r.FormValue(\"sid\"), Path: \"/\"})\n\t}\n}\n",
		"util/util.go": "package util\n\nconst OK = true\n",
	})
	r := sessionlintEnv(t, dir, []string{"GOPROXY=off"})
	wantFinding(t, r, "web/web.go", "cookieflags", "analysed 3 of 3 Go package(s) fully")
	if !strings.Contains(r.stderr, "analysed as module github.com/owner/oldapp") {
		t.Errorf("the synthesised module is not noted:\n%s", r.stderr)
	}
	if _, err := os.Stat(dir + "/go.mod"); err == nil {
		t.Error("a go.mod was written into the checkout")
	}
}

// TestGOPATHApplicationOffline: when the imports of a GOPATH-era
// application cannot all be resolved (no network here), it is analysed
// folder by folder as loose files, and nothing is lost.
func TestGOPATHApplicationOffline(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.go":      "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/owner/oldapp/web\"\n)\n\nfunc main() { http.HandleFunc(\"/login\", web.Login) }\n",
		"web/web.go":   insecureCookie,
		"util/util.go": "package util\n\nimport _ \"example.invalid/gone\"\n\nconst OK = true\n",
		"util/more.go": "package util\n\nimport _ \"github.com/owner/oldapp/web\"\n",
	})
	r := sessionlintEnv(t, dir, []string{"GOPROXY=off"})
	wantFinding(t, r, "web/web.go", "cookieflags", "analysed")
	if strings.Contains(r.stderr, "analysed as module") {
		t.Errorf("an unresolvable tree was analysed as a module:\n%s", r.stderr)
	}
}

// TestMissingLocalReplacement: a go.mod that replaces a dependency with a
// sibling checkout the author had (=> ../lib) is analysed with the version
// it requires, from the proxy, and the note says so; the checkout's go.mod
// is not rewritten.
func TestMissingLocalReplacement(t *testing.T) {
	proxy := t.TempDir()
	writeProxyModule(t, proxy, "example.com/lib", "v1.0.0", map[string]string{
		"lib.go": "package lib\n\n// Name names the session cookie.\nconst Name = \"session_id\"\n",
	})
	gomod := "module example.com/web\n\ngo 1.22\n\nrequire example.com/lib v1.0.0\n\nreplace example.com/lib => ../lib\n"
	dir := writeTree(t, map[string]string{
		"go.mod": gomod,
		"web/web.go": strings.Replace(insecureCookie, `import "net/http"`,
			"import (\n\t\"net/http\"\n\n\t_ \"example.com/lib\"\n)", 1),
	})
	r := sessionlintEnv(t, dir, []string{"GOPROXY=file://" + proxy, "GOFLAGS=-mod=mod", "GONOSUMDB=*", "GOSUMDB=off"})
	wantFinding(t, r, "web/web.go", "cookieflags", "analysed 1 of 1 Go package(s) fully")
	if !strings.Contains(r.stderr, "replaces example.com/lib with a folder that is not in the checkout") {
		t.Errorf("the dropped replacement is not noted:\n%s", r.stderr)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "go.mod")); string(data) != gomod {
		t.Errorf("go.mod was rewritten:\n%s", data)
	}
}

// writeProxyModule lays out one version of a module in a GOPROXY=file://
// folder.
func writeProxyModule(t *testing.T, proxy, path, version string, files map[string]string) {
	t.Helper()
	dir := filepath.Join(proxy, filepath.FromSlash(path), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	mod := "module " + path + "\n\ngo 1.22\n"
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	files["go.mod"] = mod
	for name, body := range files {
		w, err := zw.Create(path + "@" + version + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string][]byte{
		"list":            []byte(version + "\n"),
		version + ".info": []byte(`{"Version":"` + version + `","Time":"2024-01-01T00:00:00Z"}`),
		version + ".mod":  []byte(mod),
		version + ".zip":  zbuf.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
