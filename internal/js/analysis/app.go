package analysis

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/readlog"
	"github.com/sessionlint/sessionlint/internal/testcode"
)

// An App is one Node application: the files below one package.json (or
// below a command-line target when there is none). Facts accumulates the
// files' facts.
type App struct {
	Root  string
	Facts Facts
	// Names are the project's extra names (set by the pass).
	Names Names
	// IncludeTests makes the rules treat tests, fixtures and mocks as
	// production code.
	IncludeTests bool

	mu       sync.Mutex
	versions map[string]string
	// testDirs: folders the package.json test scripts run (mocha t),
	// read once.
	testDirs     []string
	testDirsRead bool
}

// NewApp returns the app at root.
func NewApp(root string) *App { return &App{Root: root} }

// IsTest reports whether a file of the app is test code (package
// testcode decides, relative to the app's root), unless tests are
// included.
func (a *App) IsTest(path string) bool {
	if a == nil {
		return testcode.IsTestPath(path)
	}
	if a.IncludeTests {
		return false
	}
	rel := path
	if r, err := filepath.Rel(a.Root, path); a.Root != "" && err == nil && !strings.HasPrefix(r, "..") {
		rel = r
	}
	if testcode.IsTestPath(rel) || mockName(rel) {
		return true
	}
	for _, d := range a.scriptTestDirs() {
		if strings.HasPrefix(filepath.ToSlash(rel), d+"/") {
			return true
		}
	}
	return false
}

// testRunners take the test files or folders as arguments.
var testRunners = map[string]bool{"mocha": true, "_mocha": true, "tape": true, "tap": true, "ava": true, "lab": true, "jasmine": true}

// scriptCommands puts each command of a script on its own line.
var scriptCommands = strings.NewReplacer("&&", "\n", "||", "\n", ";", "\n", "|", "\n")

// scriptTestDirs returns the folders, relative to the app's root, that its
// package.json test scripts name ("test": "mocha --recursive t"): test
// code whatever the folder is called.
func (a *App) scriptTestDirs() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.testDirsRead || a.Root == "" {
		return a.testDirs
	}
	a.testDirsRead = true
	data, err := readlog.ReadFile(filepath.Join(a.Root, "package.json"))
	if err != nil {
		return nil
	}
	var pkg struct {
		Scripts map[string]string `json:"scripts"`
	}
	if json.Unmarshal(data, &pkg) != nil {
		return nil
	}
	for name, script := range pkg.Scripts {
		if name != "test" && !strings.HasPrefix(name, "test:") && !strings.HasPrefix(name, "test-") {
			continue
		}
		var args []string
		for _, cmd := range strings.Split(scriptCommands.Replace(script), "\n") {
			// Only runners whose arguments are where the tests are (jest's
			// are filters: "jest lib" runs the tests beside lib's code).
			f := strings.Fields(cmd)
			for i, w := range f {
				if testRunners[filepath.Base(w)] {
					args = append(args, f[i+1:]...)
					break
				}
			}
		}
		for _, tok := range args {
			tok = strings.TrimSuffix(strings.TrimPrefix(strings.Trim(tok, `'"`), "./"), "/")
			// A bare folder: not a flag, a glob, a file or a way out.
			if tok == "" || tok == "." || strings.HasPrefix(tok, "-") || strings.ContainsAny(tok, "*{}=$&|;") ||
				filepath.Ext(tok) != "" || strings.HasPrefix(tok, "..") || strings.Contains(tok, "node_modules") {
				continue
			}
			if info, err := readlog.Stat(filepath.Join(a.Root, filepath.FromSlash(tok))); err == nil && info.IsDir() && !slices.Contains(a.testDirs, tok) {
				a.testDirs = append(a.testDirs, tok)
			}
		}
	}
	return a.testDirs
}

// mockName reports JavaScript files named as mocks or test scripts:
// mock-event-list.tsx, users.mock.ts, mocks.js, scripts/test.ts.
func mockName(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	switch {
	case stem == "test" || stem == "tests" || stem == "mock" || stem == "mocks":
		return true
	case strings.HasPrefix(stem, "mock-") || strings.HasPrefix(stem, "mock_") || strings.HasPrefix(stem, "mocks."):
		return true
	case strings.HasSuffix(stem, ".mock") || strings.HasSuffix(stem, "-mock") || strings.HasSuffix(stem, "_mock") || strings.HasSuffix(stem, ".mocks"):
		return true
	}
	return false
}

// Version returns the version of a dependency the app installs (lock
// file) or declares (package.json, lowest version of the range); "" when
// it is not a dependency or the version cannot be read. Safe for
// concurrent use.
func (a *App) Version(module string) string {
	if a == nil || a.Root == "" {
		return ""
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if v, ok := a.versions[module]; ok {
		return v
	}
	if a.versions == nil {
		a.versions = map[string]string{}
	}
	v := dependencyVersion(a.Root, module)
	a.versions[module] = v
	return v
}

// dependencyVersion returns the installed (lock file) or declared
// (package.json, lowest version of the range) version of a dependency,
// looking in the app's folder and the workspace folders above it.
func dependencyVersion(root, name string) string {
	for d, i := root, 0; i < 4; d, i = filepath.Dir(d), i+1 {
		if v := lockVersion(d, name); v != "" {
			return v
		}
		if v := declaredVersion(d, name); v != "" {
			return v
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return ""
}

func lockVersion(dir, name string) string {
	if data, err := readlog.ReadFile(filepath.Join(dir, "package-lock.json")); err == nil {
		var lock struct {
			Packages     map[string]struct{ Version string } `json:"packages"`
			Dependencies map[string]struct{ Version string } `json:"dependencies"`
		}
		if json.Unmarshal(data, &lock) == nil {
			if p, ok := lock.Packages["node_modules/"+name]; ok && p.Version != "" {
				return p.Version
			}
			if p, ok := lock.Dependencies[name]; ok && p.Version != "" {
				return p.Version
			}
		}
	}
	if data, err := readlog.ReadFile(filepath.Join(dir, "yarn.lock")); err == nil {
		// name@range:\n  version "x.y.z"
		lines := strings.Split(string(data), "\n")
		for i, l := range lines {
			l = strings.Trim(strings.TrimSpace(l), `"`)
			if strings.HasPrefix(l, name+"@") && strings.HasSuffix(strings.TrimSpace(lines[i]), ":") {
				for _, v := range lines[i+1 : min(i+4, len(lines))] {
					v = strings.TrimSpace(v)
					if rest, ok := strings.CutPrefix(v, "version "); ok {
						return strings.Trim(rest, `"`)
					}
					if rest, ok := strings.CutPrefix(v, "version: "); ok {
						return strings.Trim(rest, `"`)
					}
				}
			}
		}
	}
	if data, err := readlog.ReadFile(filepath.Join(dir, "pnpm-lock.yaml")); err == nil {
		// /name@1.2.3: or name@1.2.3: (pnpm 6–9)
		s := string(data)
		for _, prefix := range []string{"\n  /" + name + "@", "\n  " + name + "@", "\n  '" + name + "@"} {
			if i := strings.Index(s, prefix); i >= 0 {
				rest := s[i+len(prefix):]
				if j := strings.IndexAny(rest, ":('_\n"); j > 0 {
					return rest[:j]
				}
			}
		}
	}
	return ""
}

func declaredVersion(dir, name string) string {
	data, err := readlog.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return ""
	}
	var pkg struct {
		Dependencies    map[string]string `json:"dependencies"`
		DevDependencies map[string]string `json:"devDependencies"`
	}
	if json.Unmarshal(data, &pkg) != nil {
		return ""
	}
	v := pkg.Dependencies[name]
	if v == "" {
		v = pkg.DevDependencies[name]
	}
	return minVersion(v)
}

// minVersion returns the lowest version a simple semver range allows
// ("^0.5.1" → "0.5.1"); "" for ranges it cannot read (*, latest, git URLs).
func minVersion(r string) string {
	r = strings.TrimSpace(r)
	r = strings.TrimLeft(r, "^~>=v ")
	if i := strings.IndexAny(r, " |<"); i >= 0 {
		r = r[:i]
	}
	parts := strings.Split(r, ".")
	if len(parts) == 0 || parts[0] == "" {
		return ""
	}
	for i, p := range parts {
		if p == "x" || p == "*" {
			parts[i] = "0"
		} else if _, err := strconv.Atoi(p); err != nil {
			return ""
		}
	}
	for len(parts) < 3 {
		parts = append(parts, "0")
	}
	return strings.Join(parts[:3], ".")
}

// PassportRegenerates reports whether the app's passport regenerates the
// session in req.login and req.logout (>= 0.6.0); known is false when the
// version could not be read.
func (a *App) PassportRegenerates() (regenerates, known bool) {
	v := a.Version(jslib.Passport)
	if v == "" {
		return false, false
	}
	return jslib.AtLeast(v, jslib.PassportRegenerates), true
}

// OldPassport is the condition of findings that hold only on passport
// versions that do not regenerate the session (< 0.6).
func OldPassport(a *App) bool {
	regen, known := a.PassportRegenerates()
	return known && !regen
}

// Add merges a file's facts into the app.
func (a *App) Add(fs Facts) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.Facts.merge(fs)
}

// Finish settles the pending findings of the app's files and adds the
// rules' app-level ones.
func (a *App) Finish(pending []Pending, rules []*Rule, enabled func(string) bool) []finding.Finding {
	var out []finding.Finding
	for _, p := range pending {
		if p.When == nil || p.When(a) {
			out = append(out, p.Finding)
		}
	}
	for _, r := range rules {
		if r.Finish != nil && (enabled == nil || enabled(r.ID)) {
			out = append(out, r.Finish(a)...)
		}
	}
	return out
}

// SetVersion records the version of a dependency, as if read from the
// app's lock file (for tests and for apps checked without one).
func (a *App) SetVersion(module, version string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.versions == nil {
		a.versions = map[string]string{}
	}
	a.versions[module] = version
}
