package rules

import (
	"slices"
	"strings"
)

// Names are names a project declares on top of the rules' built-in
// patterns (sessionlint reads them from .sessionlint.yml): session cookie
// names, session keys that hold the logged-in identity, and login and
// logout handler names or route paths. They match whole, ignoring case,
// and only widen what the rules recognise.
type Names struct {
	SessionCookies []string
	IdentityKeys   []string
	LoginHandlers  []string
	LogoutHandlers []string
}

// names returns the app's extra names (none for a file checked alone).
func (f *File) names() *Names {
	if f.App == nil {
		return &Names{}
	}
	return &f.App.Names
}

func (n *Names) sessionCookie(name string) bool { return anyFold(n.SessionCookies, name) }

func (n *Names) identityKey(key string) bool { return anyFold(n.IdentityKeys, key) }

// loginHandler and logoutHandler match a handler's function name or the
// path of its route.
func (n *Names) loginHandler(names ...string) bool  { return anyFold(n.LoginHandlers, names...) }
func (n *Names) logoutHandler(names ...string) bool { return anyFold(n.LogoutHandlers, names...) }

func anyFold(list []string, names ...string) bool {
	return slices.ContainsFunc(list, func(s string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return n != "" && strings.EqualFold(s, n) })
	})
}
