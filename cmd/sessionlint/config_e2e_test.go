package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/lsp/lsptest"
)

const webMod = "module example.com/web\n\ngo 1.26\n"

// jsonFindings renders JSON findings that are not suppressed as
// "file:line rule" lines.
func jsonFindings(t *testing.T, stdout string) []string {
	t.Helper()
	var out []string
	for _, f := range decodeJSON(t, stdout).Findings {
		if f.Suppression == nil {
			out = append(out, f.File+":"+itoa(f.Line)+" "+f.Rule)
		}
	}
	slices.Sort(out)
	return out
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestConfigDisableSeverityAndFlags(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": webMod, "web/web.go": insecureCookie,
		".sessionlint.yml": "# silence the cookie rule\ndisable: [cookieflags]\n"})
	if r := sessionlint(t, dir); r.code != 0 || r.stdout != "" {
		t.Errorf("disable in the config: exit %d, output %q", r.code, r.stdout)
	}
	// Flags win: -enable runs a rule the file disables.
	if r := sessionlint(t, dir, "-enable", "cookieflags"); r.code != 1 {
		t.Errorf("-enable over the config's disable: exit %d\n%s", r.code, r.stderr)
	}

	// A severity raised by the config passes -severity high and shows in
	// the output.
	if err := os.WriteFile(filepath.Join(dir, ".sessionlint.yml"), []byte("severity:\n  cookieflags: high\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := sessionlint(t, dir, "-severity", "high", "-format", "json")
	out := decodeJSON(t, r.stdout)
	if r.code != 1 || len(out.Findings) != 1 || out.Findings[0].Severity != "high" {
		t.Errorf("severity override: exit %d\n%s", r.code, r.stdout)
	}
}

// An scs app whose login, logout, identity key and session cookie use
// names no built-in list knows.
const namesApp = `package web

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

var sm = newManager()

func newManager() *scs.SessionManager {
	m := scs.New()
	m.Lifetime = time.Hour
	m.Cookie.Secure = true
	m.Cookie.SameSite = http.SameSiteLaxMode
	return m
}

func enterApp(w http.ResponseWriter, r *http.Request) {
	sm.Put(r.Context(), "acct_ref", r.FormValue("who"))
}

func leave(w http.ResponseWriter, r *http.Request) {
	sm.Remove(r.Context(), "acct_ref")
}

func track(w http.ResponseWriter, r *http.Request, v string) {
	http.SetCookie(w, &http.Cookie{Name: "acme_ck", Value: v})
}
`

// namesModule writes a module holding namesApp, with scs's go.sum lines.
func namesModule(t *testing.T, config string) string {
	t.Helper()
	sum, err := os.ReadFile(filepath.Join("..", "..", "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	var scsSum []string
	for l := range strings.SplitSeq(string(sum), "\n") {
		if strings.HasPrefix(l, "github.com/alexedwards/scs/v2 ") {
			scsSum = append(scsSum, l)
		}
	}
	return writeTree(t, map[string]string{
		"go.mod":           "module example.com/web\n\ngo 1.26\n\nrequire github.com/alexedwards/scs/v2 v2.9.0\n",
		"go.sum":           strings.Join(scsSum, "\n") + "\n",
		"web/web.go":       namesApp,
		".sessionlint.yml": config,
	})
}

// TestConfigManyNames: 8,000 names in the configuration reach the rules
// (go vet's command line has no room for them) and the result is cached by
// them: the same run again gives the same findings, other names others.
func TestConfigManyNames(t *testing.T) {
	var cfg strings.Builder
	cfg.WriteString("disable: [memstore]\nnames:\n  session-cookies: [acme_ck]\n  login-handlers: [enterApp]\n  logout-handlers: [leave]\n  identity-keys:\n    - acct_ref\n")
	for i := range 8000 {
		fmt.Fprintf(&cfg, "    - projectSpecificIdentityKey%04d\n", i)
	}
	dir := namesModule(t, cfg.String())
	want := []string{"web/web.go:21 fixation", "web/web.go:25 logout", "web/web.go:29 cookieflags"}
	for range 2 {
		r := sessionlint(t, dir, "-format", "json")
		if got := jsonFindings(t, r.stdout); r.code != 1 || !slices.Equal(got, want) {
			t.Fatalf("with 8,000 names: exit %d, findings %q, want %q\n%.2000s", r.code, got, want, r.stderr)
		}
	}
	fewer := strings.Replace(cfg.String(), "  session-cookies: [acme_ck]\n", "", 1)
	if err := os.WriteFile(filepath.Join(dir, ".sessionlint.yml"), []byte(fewer), 0o644); err != nil {
		t.Fatal(err)
	}
	r := sessionlint(t, dir, "-format", "json")
	if got := jsonFindings(t, r.stdout); r.code != 1 || !slices.Equal(got, want[:2]) {
		t.Fatalf("without the cookie name: exit %d, findings %q, want %q\n%.2000s", r.code, got, want[:2], r.stderr)
	}
}

func TestConfigNamesReachGoRules(t *testing.T) {
	dir := namesModule(t, "disable: [memstore]\n")
	// Without the names, nothing; go vet caches this result, which must
	// not be served for the run with the names.
	if r := sessionlint(t, dir, "-format", "json"); r.code != 0 {
		t.Fatalf("without names: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	cfg := `disable: [memstore]
names:
  session-cookies: [acme_ck]
  identity-keys: [acct_ref]
  login-handlers: [enterApp]
  logout-handlers: [leave]
`
	if err := os.WriteFile(filepath.Join(dir, ".sessionlint.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	r := sessionlint(t, dir, "-format", "json")
	want := []string{"web/web.go:21 fixation", "web/web.go:25 logout", "web/web.go:29 cookieflags"}
	if got := jsonFindings(t, r.stdout); r.code != 1 || !slices.Equal(got, want) {
		t.Fatalf("with names: exit %d, findings %q, want %q\n%s", r.code, got, want, r.stderr)
	}
}

func TestConfigExclude(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":                 webMod,
		"web/web.go":             insecureCookie,
		"internal/legacy/old.go": strings.Replace(insecureCookie, "package web", "package legacy", 1),
		"api/cookie_gen.go":      strings.Replace(insecureCookie, "package web", "package api", 1),
		"internal/legacy/a.js":   "localStorage.setItem('jwt', t);\n",
		".sessionlint.yml":       "exclude: [\"internal/legacy/**\", \"**/*_gen.go\"]\n",
	})
	r := sessionlint(t, dir, "-format", "json")
	if got := jsonFindings(t, r.stdout); r.code != 1 || !slices.Equal(got, []string{"web/web.go:6 cookieflags"}) {
		t.Fatalf("exit %d, findings %q\n%s", r.code, got, r.stderr)
	}
	// From a folder below, the patterns still count from the config's folder.
	r = sessionlint(t, filepath.Join(dir, "internal"), "-format", "json")
	if got := jsonFindings(t, r.stdout); len(got) != 0 {
		t.Errorf("from internal/: findings %q\n%s", got, r.stderr)
	}
}

func TestConfigDiscoveryAndOverride(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":           webMod,
		"web/web.go":       insecureCookie,
		".sessionlint.yml": "disable: [cookieflags]\n",
		"strict.yml":       "enable: [cookieflags]\n",
		"bad.yml":          "disable: [cookieflags]\nexclud: [web]\n",
		"badrule.yml":      "enable: [cookieflag]\n",
		"badtype.yml":      "names:\n  login-handlers: doSignIn\n",
	})
	// Found in a parent folder.
	if r := sessionlint(t, filepath.Join(dir, "web")); r.code != 0 {
		t.Errorf("config in the parent folder: exit %d\n%s", r.code, r.stdout)
	}
	// -config replaces discovery.
	if r := sessionlint(t, dir, "-config", "strict.yml"); r.code != 1 {
		t.Errorf("-config strict.yml: exit %d\n%s", r.code, r.stderr)
	}
	for file, want := range map[string]string{
		"bad.yml":     "bad.yml:2: unknown key \"exclud\"",
		"badrule.yml": "badrule.yml:1: enable: unknown rule \"cookieflag\"",
		"badtype.yml": "badtype.yml:2: names.login-handlers: want a list, got a string",
		"missing.yml": "missing.yml: no such file",
	} {
		r := sessionlint(t, dir, "-config", file)
		if r.code != 2 || !strings.Contains(r.stderr, want) || r.stdout != "" {
			t.Errorf("-config %s: exit %d, stderr %q; want 2 and %q", file, r.code, r.stderr, want)
		}
	}
	// A broken discovered file stops the run too.
	if err := os.Rename(filepath.Join(dir, "bad.yml"), filepath.Join(dir, ".sessionlint.yml")); err != nil {
		t.Fatal(err)
	}
	if r := sessionlint(t, filepath.Join(dir, "web")); r.code != 2 || !strings.Contains(r.stderr, ".sessionlint.yml:2: unknown key \"exclud\"") {
		t.Errorf("broken .sessionlint.yml: exit %d, stderr %q", r.code, r.stderr)
	}
}

// A second weakness, different from insecureCookie's.
const secondCookie = `
func Remember(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: r.FormValue("t")})
}
`

func TestBaseline(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": webMod, "web/web.go": insecureCookie, "web/util.go": "package web\n\nfunc add(a, b int) int { return a + b }\n"})
	src := filepath.Join(dir, "web", "web.go")
	edit := func(content string) {
		t.Helper()
		if err := os.WriteFile(src, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := sessionlint(t, dir, "-write-baseline", "sessionlint-baseline.json")
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "recorded 1 finding(s) in sessionlint-baseline.json") {
		t.Fatalf("-write-baseline: exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "sessionlint-baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	var b struct {
		Tool, Version string
		Format        int
		Findings      []struct{ Fingerprint, Rule, File string }
	}
	if err := json.Unmarshal(data, &b); err != nil || b.Tool != "sessionlint" || b.Version == "" || b.Format != 1 ||
		len(b.Findings) != 1 || b.Findings[0].Rule != "cookieflags" || b.Findings[0].File != "web/web.go" || len(b.Findings[0].Fingerprint) != 32 {
		t.Fatalf("baseline file (%v):\n%s", err, data)
	}

	base := []string{"-baseline", "sessionlint-baseline.json"}
	if r := sessionlint(t, dir, base...); r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "1 finding(s) hidden by the baseline") {
		t.Fatalf("-baseline: exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}

	// Lines inserted above the finding and unrelated code edited: still hidden.
	shifted := strings.Replace(insecureCookie, "import", "// Package web serves the login page.\n\n// More text.\nimport", 1) +
		"\nfunc unrelated() int { return 42 }\n"
	edit(shifted)
	if err := os.WriteFile(filepath.Join(dir, "web", "util.go"), []byte("package web\n\nfunc add(a, b int) int { return b + a }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := sessionlint(t, dir, base...); r.code != 0 || r.stdout != "" {
		t.Fatalf("after unrelated edits: exit %d\n%s", r.code, r.stdout)
	}

	// A new weakness is reported, alone; in every format.
	edit(shifted + secondCookie)
	r = sessionlint(t, dir, base...)
	if r.code != 1 || strings.Count(r.stdout, "\n") != 1 || !strings.Contains(r.stdout, "auth_token") {
		t.Fatalf("new weakness: exit %d\n%s", r.code, r.stdout)
	}
	if got := jsonFindings(t, sessionlint(t, dir, append(base, "-format", "json")...).stdout); len(got) != 1 || !strings.HasSuffix(got[0], " cookieflags") {
		t.Errorf("JSON with -baseline: %q", got)
	}
	sarif := sessionlint(t, dir, append(base, "-format", "sarif")...)
	if n := strings.Count(sarif.stdout, `"ruleId"`); sarif.code != 1 || n != 1 {
		t.Errorf("SARIF with -baseline: exit %d, %d results", sarif.code, n)
	}

	// A second copy of the recorded weakness is new too.
	edit(strings.Replace(shifted, "\thttp.SetCookie", "\thttp.SetCookie(w, &http.Cookie{Name: \"session_id\", Value: r.FormValue(\"sid\"), Path: \"/\"})\n\thttp.SetCookie", 1))
	if r := sessionlint(t, dir, base...); r.code != 1 || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("a second identical weakness: exit %d\n%s", r.code, r.stdout)
	}

	// The baseline works from another working directory.
	edit(shifted)
	if r := sessionlint(t, filepath.Join(dir, "web"), "-baseline", filepath.Join("..", "sessionlint-baseline.json")); r.code != 0 {
		t.Errorf("from web/: exit %d\n%s", r.code, r.stdout)
	}
}

func TestBaselineErrors(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": webMod, "web/web.go": insecureCookie, "junk.json": "{\"tool\": \"sessionlint\", \"format\": 1, \"findings\": [",
		"other.json": `{"version": "1", "runs": []}`})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-baseline", "missing.json"}, "-baseline: open missing.json: no such file or directory"},
		{[]string{"-baseline", "junk.json"}, "-baseline: junk.json is not a sessionlint baseline"},
		{[]string{"-baseline", "other.json"}, "-baseline: other.json is not a sessionlint baseline"},
		{[]string{"-baseline", "junk.json", "-write-baseline", "b.json"}, "cannot be combined"},
		{[]string{"-fix", "-write-baseline", "b.json"}, "cannot be combined"},
	} {
		r := sessionlint(t, dir, tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

// TestLSPManyNames: the language server, which has no fallback past a
// failed go vet, gets the 8,000 names to the rules as well.
func TestLSPManyNames(t *testing.T) {
	var cfg strings.Builder
	cfg.WriteString("disable: [memstore]\nnames:\n  login-handlers: [enterApp]\n  identity-keys:\n    - acct_ref\n")
	for i := range 8000 {
		fmt.Fprintf(&cfg, "    - projectSpecificIdentityKey%04d\n", i)
	}
	dir := namesModule(t, cfg.String())
	webGo := filepath.Join(dir, "web", "web.go")
	s := startLSPAt(t, dir, dir)
	open(t, s, webGo, "go", namesApp)
	if _, err := s.c.WaitDiagnostics(fileURI(webGo), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "fixation") }); err != nil {
		t.Fatalf("no fixation diagnostic with 8,000 names: %v\n%s", err, s.stderr.String())
	}
	s.stop(t)
}
