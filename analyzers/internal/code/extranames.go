package code

import (
	"flag"
	"slices"
	"strings"
)

// ExtraNames are names a project declares on top of the built-in word
// lists (sessionlint reads them from .sessionlint.yml): its own session
// cookie names, the session keys that hold the logged-in identity, and the
// names of its login and logout handlers. They only ever widen what the
// rules recognise. Names match whole and ignoring case; handler names
// match a function's name or the path of the route it serves.
type ExtraNames struct {
	SessionCookies []string
	IdentityKeys   []string
	LoginHandlers  []string
	LogoutHandlers []string
}

// extra holds the process's extra names: set once, by SetExtraNames or the
// analyzers' flags, before any analysis runs.
var extra ExtraNames

// SetExtraNames sets the extra names every rule consults, for drivers that
// run the analyzers in their own process.
func SetExtraNames(n ExtraNames) { extra = n }

// Flag names of the extra names, the same as the configuration's keys.
const (
	FlagSessionCookies = "session-cookies"
	FlagIdentityKeys   = "identity-keys"
	FlagLoginHandlers  = "login-handlers"
	FlagLogoutHandlers = "logout-handlers"
)

// NameKeys are the kinds of extra name, in the order documentation lists
// them: the flag names, and the keys of the configuration's names.
var NameKeys = []string{FlagSessionCookies, FlagIdentityKeys, FlagLoginHandlers, FlagLogoutHandlers}

var nameUsage = map[string]string{
	FlagSessionCookies: "comma-separated extra session cookie names",
	FlagIdentityKeys:   "comma-separated extra session keys that hold the logged-in identity",
	FlagLoginHandlers:  "comma-separated extra login handler names or route paths",
	FlagLogoutHandlers: "comma-separated extra logout handler names or route paths",
}

// List returns the list of a kind of extra name by its key (one of
// NameKeys), or nil for an unknown key: the one mapping from keys to
// fields, for the flags, the configuration file and the golangci-lint
// plugin's settings.
func (n *ExtraNames) List(key string) *[]string {
	switch key {
	case FlagSessionCookies:
		return &n.SessionCookies
	case FlagIdentityKeys:
		return &n.IdentityKeys
	case FlagLoginHandlers:
		return &n.LoginHandlers
	case FlagLogoutHandlers:
		return &n.LogoutHandlers
	}
	return nil
}

// AddNameFlags defines, on fs, one comma-separated list flag per kind of
// extra name. Every flag set shares the process's lists, and setting a
// flag replaces its list, so the same value given to several analyzers
// (as -RULE.session-cookies=...) is harmless.
func AddNameFlags(fs *flag.FlagSet) {
	for _, key := range NameKeys {
		fs.Var((*nameList)(extra.List(key)), key, nameUsage[key])
	}
}

// Flags returns the extra names as flag name → comma-separated value, for
// the lists that are not empty.
func (n ExtraNames) Flags() map[string]string {
	out := make(map[string]string)
	for _, key := range NameKeys {
		if list := *n.List(key); len(list) > 0 {
			out[key] = strings.Join(list, ",")
		}
	}
	return out
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
