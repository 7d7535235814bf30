package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/catalog"
)

const good = `# a full configuration
disable: [memstore]
enable:
  - cookieflags
  - noexpiry
  - memstore
severity: {noexpiry: high, cookieflags: LOW}
exclude: ["internal/legacy/**", "**/*_gen.go", "scripts"]
names:
  session-cookies: [acme_sid]
  identity-keys: [principal]
  login-handlers: [doSignIn, /enter]
  logout-handlers: [doSignOut]
js:
  max-file-size: 2MiB
`

func TestParseGood(t *testing.T) {
	dir := t.TempDir()
	c, err := Parse(filepath.Join(dir, FileName), []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Disable, []string{"memstore"}) || !slices.Equal(c.Enable, []string{"cookieflags", "noexpiry", "memstore"}) {
		t.Errorf("enable %q, disable %q", c.Enable, c.Disable)
	}
	if c.SeverityOf("noexpiry", catalog.Medium) != catalog.High || c.SeverityOf("cookieflags", catalog.Medium) != catalog.Low ||
		c.SeverityOf("csrf", catalog.High) != catalog.High {
		t.Errorf("severity: %v", c.Severity)
	}
	want := catalog.Names{
		SessionCookies: []string{"acme_sid"}, IdentityKeys: []string{"principal"},
		LoginHandlers: []string{"doSignIn", "/enter"}, LogoutHandlers: []string{"doSignOut"},
	}
	if !slices.Equal(c.Names.SessionCookies, want.SessionCookies) || !slices.Equal(c.Names.IdentityKeys, want.IdentityKeys) ||
		!slices.Equal(c.Names.LoginHandlers, want.LoginHandlers) || !slices.Equal(c.Names.LogoutHandlers, want.LogoutHandlers) {
		t.Errorf("names: %+v", c.Names)
	}
	if c.JSMaxFileSize != 2<<20 {
		t.Errorf("max-file-size: %d", c.JSMaxFileSize)
	}
	for path, want := range map[string]bool{
		"internal/legacy/a.go":     true,
		"internal/legacy":          true,
		"internal/legacy2/a.go":    false,
		"api_gen.go":               true,
		"x/y/z/api_gen.go":         true,
		"x/api.go":                 false,
		"scripts/build/deploy.js":  true,
		"web/scripts/a.js":         false,
		"../elsewhere/internal/x":  false,
		"internal/legacyx/b/c.go":  false,
		"internal/legacy/b/c/d.ts": true,
	} {
		if got := c.Excluded(filepath.Join(dir, filepath.FromSlash(path))); got != want {
			t.Errorf("Excluded(%s) = %t, want %t", path, got, want)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "---\n", "disable:\n"} {
		c, err := Parse(FileName, []byte(src))
		if err != nil || len(c.Disable) != 0 || c.Excluded("/x") {
			t.Errorf("%q: %v %+v", src, err, c)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"disable: [memstore]\nexclud: [a]\n", ".sessionlint.yml:2: unknown key \"exclud\" in the top level"},
		{"names:\n  session-cookie: [a]\n", ".sessionlint.yml:2: unknown key \"session-cookie\" in names"},
		{"enable: [cookieflags]\ndisable: [nosuchrule]\n", ".sessionlint.yml:2: disable: unknown rule \"nosuchrule\""},
		{"disable:\n  - memstore\n  - nosuch\n", ".sessionlint.yml:3: disable: unknown rule \"nosuch\""},
		{"severity: {nosuch: high}\n", ".sessionlint.yml:1: severity: unknown rule \"nosuch\""},
		{"disable: memstore\n", ".sessionlint.yml:1: disable: want a list, got a string"},
		{"severity:\n  csrf: urgent\n", ".sessionlint.yml:2: severity.csrf: want low, medium or high, got \"urgent\""},
		{"severity: [csrf]\n", ".sessionlint.yml:1: severity: want a mapping"},
		{"names: [a]\n", ".sessionlint.yml:1: names: want a mapping, got a list"},
		{"names:\n  identity-keys: [{a: b}]\n", ".sessionlint.yml:2: names.identity-keys: want a list of strings, got a mapping in it"},
		{"names:\n  session-cookies: [\"a,b\"]\n", ".sessionlint.yml:2: names.session-cookies: \"a,b\": a name cannot hold commas"},
		{"js:\n  max-file-size: big\n", ".sessionlint.yml:2: js.max-file-size: want a size"},
		{"js:\n  max-file-size: 3 parsecs\n", ".sessionlint.yml:2: js.max-file-size: unknown unit \"parsecs\""},
		{"js:\n  max-file-size: 0\n", ".sessionlint.yml:2: js.max-file-size: want a size above 0"},
		{"exclude: [\"a/[b\"]\n", ".sessionlint.yml:1: exclude: bad pattern \"a/[b\""},
		{"exclude: [\"../x\"]\n", ".sessionlint.yml:1: exclude: bad pattern \"../x\""},
		{"disable: [memstore]\ndisable: [csrf]\n", ".sessionlint.yml:2: key \"disable\" given twice"},
		{"disable: [memstore\n", ".sessionlint.yml:"},
		{"- memstore\n", ".sessionlint.yml:1: the top level: want a mapping, got a list"},
	} {
		_, err := Parse(FileName, []byte(tc.src))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got %v\nwant %s...", tc.src, err, tc.want)
		}
	}
}

func TestSizes(t *testing.T) {
	for src, want := range map[string]int64{"1048576": 1 << 20, "512KiB": 512 << 10, "2 MB": 2e6, "1gib": 1 << 30, "100B": 100} {
		c, err := Parse(FileName, []byte("js: {max-file-size: "+src+"}\n"))
		if err != nil || c.JSMaxFileSize != want {
			t.Errorf("%s: %v %d, want %d", src, err, c.JSMaxFileSize, want)
		}
	}
}

func TestFindAndLoad(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(deep); got != "" && strings.HasPrefix(got, root) {
		t.Errorf("Find with no file: %s", got)
	}
	cfg := filepath.Join(root, "a", FileName)
	if err := os.WriteFile(cfg, []byte("disable: [csrf]\nexclude: [b/c/gen]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Find(deep); got != cfg {
		t.Fatalf("Find(%s) = %q, want %q", deep, got, cfg)
	}
	c, err := Load(Find(deep))
	if err != nil || !slices.Equal(c.Disable, []string{"csrf"}) || c.Dir != filepath.Join(root, "a") {
		t.Fatalf("Load: %v %+v", err, c)
	}
	// Patterns are relative to the file's folder, not the working one.
	if !c.Excluded(filepath.Join(deep, "gen", "x.go")) || c.Excluded(filepath.Join(root, "b", "c", "gen", "x.go")) {
		t.Error("exclude is not relative to the configuration file")
	}
	if _, err := Load(filepath.Join(root, "missing.yml")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

func TestSelect(t *testing.T) {
	c := &Config{Enable: []string{"csrf", "memstore"}, Disable: []string{"memstore", "logout"}}
	en, dis := c.Select(nil, nil)
	if !en["csrf"] || !en["memstore"] || len(en) != 2 || !dis["memstore"] || !dis["logout"] {
		t.Errorf("file only: %v %v", en, dis)
	}
	// -enable replaces the file's list and beats its disable list;
	// -disable adds to it.
	en, dis = c.Select(map[string]bool{"memstore": true, "noexpiry": true}, map[string]bool{"noexpiry": true})
	if len(en) != 2 || !en["noexpiry"] || dis["memstore"] || !dis["logout"] || !dis["noexpiry"] {
		t.Errorf("with flags: %v %v", en, dis)
	}
	if en, _ := (&Config{}).Select(nil, nil); en != nil {
		t.Errorf("no enable anywhere: %v", en)
	}
}
