package names

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
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
	fs.Var(namesFile{}, FileFlag, "a JSON file of extra names: {\"login-handlers\": [...], ...}, keyed like the name flags")
}

// FileFlag names the flag that reads every kind of extra name from a file
// (see EncodeFile), for lists too long for a command line.
const FileFlag = "names-file"

// EncodeFile returns the content of a names file holding n: a JSON object
// from each kind's key (catalog.NameKeys) to its list.
func EncodeFile(n catalog.Names) []byte {
	m := make(map[string][]string)
	for _, key := range catalog.NameKeys {
		if list := *n.List(key); len(list) > 0 {
			m[key] = list
		}
	}
	data, _ := json.Marshal(m) // sorted keys: the same names give the same bytes
	return data
}

// namesFile is the -names-file flag: setting it replaces the lists the file
// names.
type namesFile struct{}

func (namesFile) String() string { return "" }

func (namesFile) Set(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var m map[string][]string
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for key, list := range m {
		l := extra.List(key)
		if l == nil {
			return fmt.Errorf("%s: unknown kind of name %q", path, key)
		}
		*l = slices.Clone(list)
	}
	return nil
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
