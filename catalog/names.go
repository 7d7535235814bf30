package catalog

import "strings"

// Names are names a project declares on top of the rules' built-in word
// lists (in .sessionlint.yml, flags or the golangci-lint plugin's
// settings): its own session cookie names, the session keys that hold the
// logged-in identity, and the names of its login and logout handlers. They
// only ever widen what the rules recognise. Names match whole and ignoring
// case; handler names match a function's name or the path of the route it
// serves.
type Names struct {
	SessionCookies []string
	IdentityKeys   []string
	LoginHandlers  []string
	LogoutHandlers []string
}

// Keys of the kinds of names: the configuration's keys and the flag names.
const (
	NameSessionCookies = "session-cookies"
	NameIdentityKeys   = "identity-keys"
	NameLoginHandlers  = "login-handlers"
	NameLogoutHandlers = "logout-handlers"
)

// NameKeys are the kinds of names, in the order documentation lists them.
var NameKeys = []string{NameSessionCookies, NameIdentityKeys, NameLoginHandlers, NameLogoutHandlers}

// NameUsage describes each kind of name, for flag help.
var NameUsage = map[string]string{
	NameSessionCookies: "comma-separated extra session cookie names",
	NameIdentityKeys:   "comma-separated extra session keys that hold the logged-in identity",
	NameLoginHandlers:  "comma-separated extra login handler names or route paths",
	NameLogoutHandlers: "comma-separated extra logout handler names or route paths",
}

// List returns the list of a kind of name by its key (one of NameKeys), or
// nil for an unknown key: the one mapping from keys to fields, for the
// flags, the configuration file and the golangci-lint plugin's settings.
func (n *Names) List(key string) *[]string {
	switch key {
	case NameSessionCookies:
		return &n.SessionCookies
	case NameIdentityKeys:
		return &n.IdentityKeys
	case NameLoginHandlers:
		return &n.LoginHandlers
	case NameLogoutHandlers:
		return &n.LogoutHandlers
	}
	return nil
}

// Flags returns the names as key → comma-separated value, for the lists
// that are not empty.
func (n Names) Flags() map[string]string {
	out := make(map[string]string)
	for _, key := range NameKeys {
		if list := *n.List(key); len(list) > 0 {
			out[key] = strings.Join(list, ",")
		}
	}
	return out
}
