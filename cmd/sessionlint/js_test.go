//go:build cgo

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// findingSet renders JSON findings as "file:line rule" lines.
func findingSet(t *testing.T, stdout string) []string {
	t.Helper()
	var out []string
	for _, f := range decodeJSON(t, stdout).Findings {
		if f.Suppression == nil {
			out = append(out, fmt.Sprintf("%s:%d %s", f.File, f.Line, f.Rule))
		}
	}
	slices.Sort(out)
	return out
}

func TestJSVulnerableExpressApp(t *testing.T) {
	dir := copyTree(t, repoTestdata(t, "expressapp-vulnerable"))
	r := sessionlint(t, dir, "-format", "json", "./...")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstderr: %s", r.code, r.stderr)
	}
	want := []string{
		"app.js:13 hardcodedsecret", // cookieParser('keyboard cat')
		"app.js:16 hardcodedsecret", // process.env.SESSION_SECRET || 'dev-secret'
		"app.js:19 cookieflags",     // cookie: { httpOnly: true }: no secure, no sameSite
		"app.js:21 csrf",            // POST routes, no CSRF defence, no SameSite
		"app.js:21 memstore",        // no store
		"app.js:21 noexpiry",        // no maxAge with MemoryStore
		"public/js/login.js:5 clientstorage",
		"routes/account.js:11 sensitivedata", // card number
		"routes/account.js:12 sensitivedata", // cvv
		"routes/account.js:17 predictableid", // randomBytes(8)
		"routes/account.js:7 predictableid",  // Math.random token
		"routes/auth.js:15 fixation",         // no regenerate
		"routes/auth.js:16 sensitivedata",    // password in session
		"routes/auth.js:17 hardcodedsecret",  // jwt.sign literal key
		"routes/auth.js:17 noexpiry",         // login JWT signed without expiresIn
		"routes/auth.js:18 cookieflags",      // res.cookie('auth_token') bare
		"routes/auth.js:19 sessioninurl",     // ?sid= + req.sessionID
		"routes/auth.js:22 fixation",         // passport 0.5 authenticate
		"routes/auth.js:28 plainpassword",    // INSERT ... password
		"routes/auth.js:33 logout",           // logout clears one key
	}
	slices.Sort(want)
	if got := findingSet(t, r.stdout); !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestJSSecureExpressApp(t *testing.T) {
	dir := copyTree(t, repoTestdata(t, "expressapp-secure"))
	r := sessionlint(t, dir, "./...")
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("exit %d, want 0 and no findings\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
}

func TestJSVulnerableTypeScriptApp(t *testing.T) {
	dir := copyTree(t, repoTestdata(t, "tsapp-vulnerable"))
	r := sessionlint(t, filepath.Join(dir, "src"), "-format", "json") // default ./..., package.json above
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstderr: %s", r.code, r.stderr)
	}
	want := []string{
		"routes/auth.ts:10 plainpassword", // prisma create { password }
		"routes/auth.ts:20 fixation",      // await req.session.regenerate() does not wait
		"routes/auth.ts:21 noexpiry",      // login JWT signed without expiresIn
		"routes/auth.ts:22 sessioninurl",  // ?access_token=<jwt>
		"routes/auth.ts:26 logout",        // delete req.session.user
		"session.ts:12 hardcodedsecret",   // 'typescript-secret' as string
		"session.ts:13 predictableid",     // genid: uuid v1
		"session.ts:14 cookieflags",       // Object.assign(..., { secure: false })
		"session.ts:18 memstore",
		"session.ts:18 noexpiry",
		"web/Login.tsx:8 clientstorage",
	}
	slices.Sort(want)
	if got := findingSet(t, r.stdout); !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestJSWithoutGoModAndSkipSummary(t *testing.T) {
	big := "// big\n" + strings.Repeat("const x = 1;\n", 90000)
	minified := strings.Repeat("var a=1,b=2,c=function(){return a+b};", 200)
	dir := writeTree(t, map[string]string{
		"server.js":                          "localStorage.setItem('jwt', t);\n",
		"node_modules/express/index.js":      "module.exports = 1;\n",
		"node_modules/express/lib/router.js": "module.exports = 1;\n",
		"dist/server.js":                     "localStorage.setItem('jwt', t);\n",
		"public/vendor.min.js":               "localStorage.setItem('jwt', t);\n",
		"public/app.js":                      minified,
		"types/index.d.ts":                   "export declare const x: number;\n",
		"big.js":                             big,
	})
	r := sessionlint(t, dir) // default ./..., no go.mod anywhere
	if r.code != 1 || !strings.HasPrefix(r.stdout, "server.js:1:1: clientstorage: ") {
		t.Fatalf("exit %d, stdout %q, stderr %s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{
		"skipped 2 JavaScript/TypeScript file(s): in node_modules",
		"skipped 1 JavaScript/TypeScript file(s): in vendored, generated or built output",
		"skipped 2 JavaScript/TypeScript file(s): minified or bundled",
		"skipped 1 JavaScript/TypeScript file(s): TypeScript declaration files",
		"skipped 1 JavaScript/TypeScript file(s): larger than 1 MiB",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
}

func TestJSSuppressionAndDirectives(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.js": "// sessionlint:ignore clientstorage kiosk build without third-party scripts\n" +
			"localStorage.setItem('jwt', t);\n" +
			"localStorage.setItem('token', t); // sessionlint:ignore clientstorage\n" +
			"// sessionlint:ignore nosuchrule because\n",
	})
	r := sessionlint(t, dir, "-format", "json")
	out := decodeJSON(t, r.stdout)
	var suppressed, active []string
	for _, f := range out.Findings {
		if f.Suppression != nil {
			suppressed = append(suppressed, fmt.Sprintf("%d %s %s", f.Line, f.Rule, f.Suppression.Reason))
		} else {
			active = append(active, fmt.Sprintf("%d %s", f.Line, f.Rule))
		}
	}
	if !slices.Equal(suppressed, []string{"2 clientstorage kiosk build without third-party scripts"}) {
		t.Errorf("suppressed: %q", suppressed)
	}
	// Line 3: the finding stays (no reason) and the directive is reported;
	// line 4: unknown rule.
	if !slices.Equal(active, []string{"3 clientstorage", "3 clientstorage", "4 predictableid"}) {
		t.Errorf("active: %q", active)
	}
	text := sessionlint(t, dir)
	if strings.Contains(text.stdout, "a.js:2:") || !strings.Contains(text.stdout, "has no reason") || !strings.Contains(text.stdout, "unknown rule nosuchrule") {
		t.Errorf("text output:\n%s", text.stdout)
	}
}

func TestJSSARIFAndRuleSelection(t *testing.T) {
	dir := copyTree(t, repoTestdata(t, "tsapp-vulnerable"))
	r := sessionlint(t, dir, "-format", "sarif", "-enable", "cookieflags")
	var sarif struct {
		Runs []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
				Fixes  []json.RawMessage
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &sarif); err != nil {
		t.Fatalf("SARIF: %v\n%s", err, r.stdout)
	}
	if len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) != 1 || sarif.Runs[0].Results[0].RuleID != "cookieflags" {
		t.Fatalf("want one cookieflags result: %s", r.stdout)
	}
	if r := sessionlint(t, dir, "-severity", "high", "-disable", "fixation,plainpassword,hardcodedsecret,predictableid"); r.code != 0 {
		t.Errorf("-severity high without the high rules: exit %d\n%s", r.code, r.stdout)
	}
}

func TestJSFixGolden(t *testing.T) {
	src := repoTestdata(t, "jsfix")
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(src, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.js"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := sessionlint(t, dir, "-fix", "-disable", "csrf")
	if r.code != 0 {
		t.Fatalf("exit %d after fixing, want 0\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "app.js"))
	want, _ := os.ReadFile(filepath.Join(src, "app.js.golden"))
	if string(got) != string(want) {
		t.Errorf("fixed file differs from app.js.golden:\n%s", got)
	}
	// A second run finds nothing left to fix.
	if r := sessionlint(t, dir, "-disable", "csrf"); r.code != 0 {
		t.Errorf("after -fix: exit %d\n%s", r.code, r.stdout)
	}
}

func TestGoAndJSInOneRun(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":          "module example.com/web\n\ngo 1.26\n",
		"web/web.go":      insecureCookie,
		"web/static/a.js": "localStorage.setItem('jwt', t);\n",
	})
	r := sessionlint(t, dir, "-format", "json")
	got := findingSet(t, r.stdout)
	want := []string{"web/static/a.js:1 clientstorage", "web/web.go:6 cookieflags"}
	if r.code != 1 || !slices.Equal(got, want) {
		t.Fatalf("exit %d, findings %q, want %q\nstderr: %s", r.code, got, want, r.stderr)
	}
}

func TestJSNeedsCgo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a second binary")
	}
	nocgo := filepath.Join(t.TempDir(), "sessionlint-nocgo")
	build := exec.Command("go", "build", "-o", nocgo, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 build: %v\n%s", err, out)
	}
	dir := writeTree(t, map[string]string{"app.js": "localStorage.setItem('jwt', t);\n"})
	cmd := exec.Command(nocgo, "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(out), "needs a build of sessionlint with cgo") {
		t.Fatalf("want exit 2 and a cgo message, got %v:\n%s", err, out)
	}
}
