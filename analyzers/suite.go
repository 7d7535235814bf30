// Package analyzers is sessionlint's Go suite: the go/analysis analyzer of
// every rule that has a Go form, in the catalog's order, and the wrapping a
// driver needs (suppression directives, extra-name flags). What a rule is
// (title, CWE, severity, documentation) is the catalog's
// (github.com/sessionlint/sessionlint/catalog); an analyzer's Name is its
// rule ID.
package analyzers

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers/cookieflags"
	"github.com/sessionlint/sessionlint/analyzers/csrf"
	"github.com/sessionlint/sessionlint/analyzers/fixation"
	"github.com/sessionlint/sessionlint/analyzers/hardcodedsecret"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/suppress"
	"github.com/sessionlint/sessionlint/analyzers/logout"
	"github.com/sessionlint/sessionlint/analyzers/memstore"
	"github.com/sessionlint/sessionlint/analyzers/noexpiry"
	"github.com/sessionlint/sessionlint/analyzers/plainpassword"
	"github.com/sessionlint/sessionlint/analyzers/predictableid"
	"github.com/sessionlint/sessionlint/analyzers/sensitivedata"
	"github.com/sessionlint/sessionlint/analyzers/sessioninurl"
	"github.com/sessionlint/sessionlint/catalog"
)

// Suite lists the Go analyzers, in the catalog's order.
var Suite = []*analysis.Analyzer{
	predictableid.Analyzer,
	cookieflags.Analyzer,
	noexpiry.Analyzer,
	fixation.Analyzer,
	plainpassword.Analyzer,
	memstore.Analyzer,
	hardcodedsecret.Analyzer,
	sessioninurl.Analyzer,
	logout.Analyzer,
	sensitivedata.Analyzer,
	csrf.Analyzer,
}

// Has reports whether rule id has a Go analyzer.
func Has(id string) bool {
	return slices.ContainsFunc(Suite, func(a *analysis.Analyzer) bool { return a.Name == id })
}

// Options select how Analyzers wraps the rules.
type Options struct {
	// KeepSuppressed keeps findings silenced by //sessionlint:ignore, with
	// their Category set to "suppressed:" and the reason, so that SARIF can
	// list them with a suppressions entry.
	KeepSuppressed bool
	// Select, when set, keeps only the rules whose IDs it accepts. The
	// first rule kept also reports directives that name no known rule.
	Select func(id string) bool
}

// Analyzers returns the Go analyzers of the selected rules, ready for a
// driver: each honours //sessionlint:ignore directives and accepts the
// extra-name flags (see VetFlags). The result is a fresh slice of fresh
// analyzers; the suite's own analyzers are left untouched.
func Analyzers(opts Options) []*analysis.Analyzer {
	var selected []*analysis.Analyzer
	for _, a := range Suite {
		if opts.Select == nil || opts.Select(a.Name) {
			selected = append(selected, a)
		}
	}
	var out []*analysis.Analyzer
	for _, a := range selected {
		out = append(out, withNameFlags(suppress.Wrap(a, suppress.Options{FirstRule: selected[0].Name, Keep: opts.KeepSuppressed})))
	}
	return out
}

// SetNames sets the extra names for analyzers run in this process (the
// golangci-lint plugin, tests). The vet tool receives them as flags
// instead: see VetFlags.
func SetNames(n catalog.Names) { names.SetExtra(n) }

// VetFlags returns the go vet arguments that hand n to sessionlint's vet
// tool. go vet forwards only the flags its vet tool lists (-flags), and
// keys its result cache on their values. The names go in a file named by
// the hash of its content (so that the cache key changes exactly when the
// names do), in the user's cache folder, and one flag names it: a
// project's names can be longer than a command line may be. Should the
// file not be written, every analyzer gets -RULE.session-cookies=a,b and
// the like instead.
func VetFlags(n catalog.Names) []string {
	values := n.Flags()
	if len(values) == 0 {
		return nil
	}
	if path, err := writeNamesFile(n); err == nil {
		return []string{"-" + Suite[0].Name + "." + names.FileFlag + "=" + path}
	}
	var args []string
	for _, a := range Analyzers(Options{}) {
		for _, name := range slices.Sorted(maps.Keys(values)) {
			if a.Flags.Lookup(name) != nil {
				args = append(args, "-"+a.Name+"."+name+"="+values[name])
			}
		}
	}
	return args
}

// writeNamesFile stores n in a file named by the hash of its content, in
// the user's cache folder (else the temporary folder), and returns its
// path. A file already there has that content: it is left as it is.
func writeNamesFile(n catalog.Names) (string, error) {
	data := names.EncodeFile(n)
	sum := sha256.Sum256(data)
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir := filepath.Join(base, "sessionlint")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, "names-"+hex.EncodeToString(sum[:])+".json")
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return path, nil
	}
	tmp, err := os.CreateTemp(dir, "names-*.tmp")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return path, nil
}

// SetIncludeTests makes analyzers run in this process report in tests,
// fixtures and mocks too. The vet tool receives it as a flag: see
// IncludeTestsFlags.
func SetIncludeTests(include bool) { gomod.SetIncludeTests(include) }

// IncludeTestsFlags returns the go vet arguments that make sessionlint's
// vet tool report in test code too (none when include is false).
func IncludeTestsFlags(include bool) []string {
	if !include {
		return nil
	}
	var args []string
	for _, a := range Analyzers(Options{}) {
		args = append(args, "-"+a.Name+"."+gomod.IncludeTestsFlag+"=true")
	}
	return args
}

// withNameFlags gives a (a fresh copy) its own flag set: a's flags plus
// the extra-name flags, which all analyzers share.
func withNameFlags(a *analysis.Analyzer) *analysis.Analyzer {
	fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	names.AddFlags(fs)
	gomod.AddFlags(fs)
	a.Flags = *fs
	return a
}
