package names

import (
	"flag"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/catalog"
)

// extra holds the process's extra names: set once, by SetExtra or the
// analyzers' flags, before any analysis runs.
var extra catalog.Names

// SetExtra sets the extra names every rule consults, for drivers that run
// the analyzers in their own process.
func SetExtra(n catalog.Names) { extra = n }

// AddFlags defines, on fs, one comma-separated list flag per kind of extra
// name. Every flag set shares the process's lists, and setting a flag
// replaces its list, so the same value given to several analyzers (as
// -RULE.session-cookies=...) is harmless.
func AddFlags(fs *flag.FlagSet) {
	for _, key := range catalog.NameKeys {
		fs.Var((*nameList)(extra.List(key)), key, catalog.NameUsage[key])
	}
}

type nameList []string

func (l *nameList) String() string { return strings.Join(*l, ",") }

func (l *nameList) Set(s string) error {
	*l = nil
	for n := range strings.SplitSeq(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			*l = append(*l, n)
		}
	}
	return nil
}

func isExtra(list []string, name string) bool {
	return slices.ContainsFunc(list, func(s string) bool { return strings.EqualFold(s, name) })
}
