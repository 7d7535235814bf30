// Package jslib is the JavaScript/TypeScript library catalog: the one place
// that spells npm package names. For every library the rules know, it
// holds what the library is, as data: the modules and calls that set it
// up, its option keys and their defaults (per version where they changed),
// its login, renewal, logout and cookie-setting APIs, what makes it a
// defence and what disables one, its stores' lifetimes, its randomness and
// hashing functions, and the configuration loaders whose defaults ship with
// an app.
//
// Rules ask the catalog (jslib.SessionSetups, jslib.CookieSetters,
// jslib.Defence, jslib.Randomness, ...) and never name a package
// themselves. Adding a library is adding its entry here and a fixture
// under internal/js/rules/testdata. Every default below was read in the
// library's published source at the version given beside it.
package jslib

import (
	"strconv"
	"strings"
)

// A Ref names a module's export: Path "" is the module itself (its default
// export or module.exports), "a.b" a member of it.
type Ref struct {
	Module string
	Path   string
}

// Is reports whether r is one of the module's members (paths).
func (r Ref) Is(module string, paths ...string) bool {
	if r.Module != module {
		return false
	}
	for _, p := range paths {
		if r.Path == p {
			return true
		}
	}
	return len(paths) == 0
}

// Normalize strips a node: prefix, so that "node:crypto" and "crypto" are
// the same module.
func Normalize(module string) string { return strings.TrimPrefix(module, "node:") }

// Version compares dotted versions: it returns -1, 0 or 1. Missing parts
// count as 0; a part's leading digits are its value.
func Version(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(pa), len(pb)) {
		x, y := part(pa, i), part(pb, i)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
	}
	return 0
}

func part(p []string, i int) int {
	if i >= len(p) {
		return 0
	}
	s := p[i]
	if j := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); j >= 0 {
		s = s[:j]
	}
	n, _ := strconv.Atoi(s)
	return n
}

// AtLeast reports whether version v is at least min; an unknown version
// ("") is not.
func AtLeast(v, min string) bool { return v != "" && Version(v, min) >= 0 }

// HelperNames are catalog modules named with a plain word that apps also
// give their own helper modules (lib/cookie.ts, utils/cookies.js): a local
// module of that name is the app's code, not a vendored copy.
var HelperNames = map[string]bool{"cookie": true, "cookies": true}

// Modules lists every module the catalog names: the relevance test and the
// check that rules spell no package use it.
func Modules() []string {
	seen := map[string]bool{}
	var out []string
	add := func(ms ...string) {
		for _, m := range ms {
			if m != "" && !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	for _, s := range sessions {
		add(s.Modules...)
	}
	for _, d := range defences {
		add(d.Modules...)
	}
	for _, c := range CookieSetters {
		add(c.Module)
	}
	for _, s := range stores {
		add(s.Module)
	}
	for m := range randomModules {
		add(m)
	}
	for m := range digestModules {
		add(m)
	}
	for _, j := range jwtSigners {
		add(j.Ref.Module)
	}
	for _, c := range configLoaders {
		add(c.Module)
	}
	for m := range httpClients {
		add(m)
	}
	for m := range routerModules {
		add(m)
	}
	add(Passport, Crypto, QueryString)
	return out
}
