package analysis

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

// SessionCookie reports an extra session cookie name.
func (n *Names) SessionCookie(name string) bool { return anyFold(n.SessionCookies, name) }

// IdentityKey reports an extra identity key.
func (n *Names) IdentityKey(key string) bool { return anyFold(n.IdentityKeys, key) }

// LoginHandler and LogoutHandler match a handler's function name or the
// path of its route.
func (n *Names) LoginHandler(names ...string) bool  { return anyFold(n.LoginHandlers, names...) }
func (n *Names) LogoutHandler(names ...string) bool { return anyFold(n.LogoutHandlers, names...) }

func anyFold(list []string, names ...string) bool {
	return slices.ContainsFunc(list, func(s string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return n != "" && strings.EqualFold(s, n) })
	})
}
