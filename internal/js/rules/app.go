package rules

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/testcode"
)

// An App is one Node application: the files below one package.json (or
// below a command-line target when there is none). Its fields other than
// Root and Passport accumulate the files' Facts.
type App struct {
	Root string
	// Passport is the passport version from the lock file or package.json
	// ("" when passport is not a dependency or the version is unknown).
	Passport string
	Facts    Facts
	// Names are the project's extra names (set by the pass).
	Names Names
	// IncludeTests makes the rules treat tests, fixtures and mocks as
	// production code.
	IncludeTests bool
}

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
	return testcode.IsTestPath(rel)
}

// NewApp reads an app's package.json and lock file.
func NewApp(root string) *App {
	a := &App{Root: root}
	a.Passport = dependencyVersion(root, "passport")
	return a
}

// dependencyVersion returns the installed (lock file) or declared
// (package.json, lowest version of the range) version of a dependency.
func dependencyVersion(root, name string) string {
	if data, err := os.ReadFile(filepath.Join(root, "package-lock.json")); err == nil {
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
	if data, err := os.ReadFile(filepath.Join(root, "yarn.lock")); err == nil {
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
	if data, err := os.ReadFile(filepath.Join(root, "package.json")); err == nil {
		var pkg struct {
			Dependencies    map[string]string `json:"dependencies"`
			DevDependencies map[string]string `json:"devDependencies"`
		}
		if json.Unmarshal(data, &pkg) == nil {
			v := pkg.Dependencies[name]
			if v == "" {
				v = pkg.DevDependencies[name]
			}
			return minVersion(v)
		}
	}
	return ""
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
	if a == nil || a.Passport == "" {
		return false, false
	}
	parts := strings.SplitN(a.Passport, ".", 3)
	maj, err1 := strconv.Atoi(parts[0])
	minor := 0
	var err2 error
	if len(parts) > 1 {
		minor, err2 = strconv.Atoi(parts[1])
	}
	if err1 != nil || err2 != nil {
		return false, false
	}
	return maj > 0 || minor >= 6, true
}

// Add merges a file's facts into the app.
func (a *App) Add(fs Facts) {
	a.Facts.Sessions = append(a.Facts.Sessions, fs.Sessions...)
	a.Facts.Routes = append(a.Facts.Routes, fs.Routes...)
	a.Facts.CSRF = a.Facts.CSRF || fs.CSRF
	a.Facts.HashHook = a.Facts.HashHook || fs.HashHook
	a.Facts.HashHookUpdate = a.Facts.HashHookUpdate || fs.HashHookUpdate
	a.Facts.PlainModels = append(a.Facts.PlainModels, fs.PlainModels...)
	a.Facts.ServerSessions = a.Facts.ServerSessions || fs.ServerSessions
	a.Facts.CookieSessions = a.Facts.CookieSessions || fs.CookieSessions
	a.Facts.KoaStoreSessions = a.Facts.KoaStoreSessions || fs.KoaStoreSessions
	a.Facts.FastifySession = a.Facts.FastifySession || fs.FastifySession
}

// Finish settles the pending findings of the app's files and adds the
// app-level ones (csrf).
func (a *App) Finish(pending []Pending, enabled func(string) bool) []finding.Finding {
	var out []finding.Finding
	for _, p := range pending {
		if p.When == nil || p.When(a) {
			out = append(out, p.Finding)
		}
	}
	if enabled == nil || enabled("csrf") {
		out = append(out, a.csrfFindings()...)
	}
	return out
}

func (a *App) csrfFindings() []finding.Finding {
	if a.Facts.CSRF || len(a.Facts.Routes) == 0 {
		return nil
	}
	var out []finding.Finding
	routes := slices.Clone(a.Facts.Routes)
	slices.SortFunc(routes, func(x, y Route) int {
		return strings.Compare(fmt.Sprintf("%s:%09d", x.File, x.Line), fmt.Sprintf("%s:%09d", y.File, y.Line))
	})
	var names []string
	for _, r := range routes {
		n := r.Method + " " + r.Path
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	list := strings.Join(names[:min(len(names), 5)], ", ")
	if len(names) > 5 {
		list += fmt.Sprintf(" and %d more", len(names)-5)
	}
	sessions := slices.Clone(a.Facts.Sessions)
	slices.SortFunc(sessions, func(x, y SessionFact) int {
		return strings.Compare(fmt.Sprintf("%s:%09d", x.File, x.Line), fmt.Sprintf("%s:%09d", y.File, y.Line))
	})
	for _, s := range sessions {
		if s.SameSite != no {
			continue // Lax/Strict (or unknown, e.g. from the environment)
		}
		out = append(out, finding.Finding{
			Rule: "csrf", File: s.File, Line: s.Line, Column: s.Column, EndLine: s.EndLine, EndColumn: s.EndCol,
			Message: s.Lib + " authenticates requests with a cookie and the app registers state-changing routes (" + list +
				") with no CSRF defence and no SameSite=Lax/Strict cookie, so other sites can forge requests; add csrf-csrf, csrf-sync or lusca middleware, or set the session cookie's sameSite to 'lax'",
		})
		break // once per app
	}
	return out
}
