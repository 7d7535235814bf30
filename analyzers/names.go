package analyzers

import (
	"flag"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers/internal/code"
)

// Names are extra names the rules should know on top of their built-in
// word lists: session cookie names, session keys that hold the logged-in
// identity, and login and logout handler names (or route paths). They
// match whole, ignoring case, and only widen what the rules recognise.
type Names = code.ExtraNames

// NameKeys are the keys of the kinds of names (session-cookies,
// identity-keys, login-handlers, logout-handlers); Names.List maps a key to
// its list.
var NameKeys = code.NameKeys

// SetNames sets the extra names for analyzers run in this process (the
// golangci-lint plugin, tests). The vet tool receives them as flags
// instead: see VetFlags.
func SetNames(n Names) { code.SetExtraNames(n) }

// VetFlags returns the go vet arguments that hand n to sessionlint's vet
// tool: -RULE.session-cookies=a,b and the like, for every analyzer that
// declares the flag. go vet forwards only the flags its vet tool lists
// (-flags), and keys its result cache on their values.
func VetFlags(n Names) []string {
	values := n.Flags()
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

// withNameFlags gives a (a fresh copy) its own flag set: a's flags plus
// the extra-name flags, which all analyzers share.
func withNameFlags(a *analysis.Analyzer) *analysis.Analyzer {
	fs := flag.NewFlagSet(a.Name, flag.ContinueOnError)
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	code.AddNameFlags(fs)
	a.Flags = *fs
	return a
}
