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

// AddNameFlags defines, on fs, one comma-separated list flag per kind of
// extra name. Every flag set shares the process's lists, and setting a
// flag replaces its list, so the same value given to several analyzers
// (as -RULE.session-cookies=...) is harmless.
func AddNameFlags(fs *flag.FlagSet) {
	fs.Var((*nameList)(&extra.SessionCookies), FlagSessionCookies, "comma-separated extra session cookie names")
	fs.Var((*nameList)(&extra.IdentityKeys), FlagIdentityKeys, "comma-separated extra session keys that hold the logged-in identity")
	fs.Var((*nameList)(&extra.LoginHandlers), FlagLoginHandlers, "comma-separated extra login handler names or route paths")
	fs.Var((*nameList)(&extra.LogoutHandlers), FlagLogoutHandlers, "comma-separated extra logout handler names or route paths")
}

// Flags returns the extra names as flag name → comma-separated value, for
// the lists that are not empty.
func (n ExtraNames) Flags() map[string]string {
	out := make(map[string]string)
	for name, list := range map[string][]string{
		FlagSessionCookies: n.SessionCookies, FlagIdentityKeys: n.IdentityKeys,
		FlagLoginHandlers: n.LoginHandlers, FlagLogoutHandlers: n.LogoutHandlers,
	} {
		if len(list) > 0 {
			out[name] = strings.Join(list, ",")
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
