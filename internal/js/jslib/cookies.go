package jslib

// A CookieSetter is an API that writes one cookie: name, value, options.
type CookieSetter struct {
	// Module whose import (or, for framework objects, whose receiver
	// name) identifies the setter; "" for framework response objects
	// recognised by their receiver.
	Module string
	// Method called; Receiver matches the object it is called on: a
	// pattern of the receiver's name (res, reply, ctx.cookies) or, with
	// Module set, any value made from the module.
	Method   string
	Receiver string
	// Args: indexes of the name, value and options arguments.
	Name, Value, Options int
	// Client: runs in the browser, where a cookie cannot be HttpOnly and
	// any script reads it.
	Client   bool
	Attrs    Attrs
	Defaults []Defaults
	// MaxAgeSeconds: maxAge is in seconds (else milliseconds); Expires in
	// days when a number (js-cookie).
	MaxAgeSeconds, ExpiresDays bool
	// Import: with a Receiver pattern, the file must also import Module.
	Import bool
	// Files: with a Receiver pattern, a pattern the file's path must match
	// (a framework's server files).
	Files string
}

// DefaultsFor returns the setter's defaults for a version ("" unknown).
func (c *CookieSetter) DefaultsFor(version string) Defaults {
	s := SessionLib{Defaults: c.Defaults}
	return s.DefaultsFor(version)
}

// Receivers of framework response objects.
const (
	responseRecv = `^(res|response|resp|reply|ctx\.res|ctx\.response|context\.res)$`
	koaCookies   = `(^|\.)cookies$`
)

// CookieSetters are the cookie-writing APIs, with their defaults.
var CookieSetters = []CookieSetter{
	// Express res.cookie(name, value, opts): nothing set by default (4.x/5.x).
	{Method: "cookie", Receiver: responseRecv, Name: 0, Value: 1, Options: 2, Attrs: expressAttrs},
	// @fastify/cookie reply.setCookie: since 10.0.0 SameSite defaults to
	// Lax (Object.assign({ sameSite: 'lax' }, options)); httpOnly and
	// secure unset; maxAge in seconds.
	{Module: "@fastify/cookie", Method: "setCookie", Receiver: responseRecv + `|^(ctx|context|c)$`, Name: 0, Value: 1, Options: 2, Attrs: expressAttrs,
		Defaults: []Defaults{{}, {Since: "10.0.0", SameSite: "lax"}}, MaxAgeSeconds: true},
	// hapi h.state(name, value, opts): statehood 8 defaults isSecure,
	// isHttpOnly and SameSite=Strict.
	{Module: "@hapi/hapi", Method: "state", Receiver: `^(h|reply|toolkit|response)$`, Name: 0, Value: 1, Options: 2, Attrs: hapiAttrs,
		Defaults: []Defaults{{Secure: On, HttpOnly: On, SameSite: "strict"}}},
	// Next.js cookies().set(name, value, opts) / response.cookies.set:
	// nothing set by default; maxAge in seconds.
	{Module: "next/headers", Method: "set", Receiver: `(^cookies\(\)|^\(?await cookies\(\)\)?|cookieStore|\.cookies)$`, Name: 0, Value: 1, Options: 2, Attrs: expressAttrs, MaxAgeSeconds: true, Import: true},
	{Module: "next/server", Method: "set", Receiver: `\.cookies$`, Name: 0, Value: 1, Options: 2, Attrs: expressAttrs, MaxAgeSeconds: true, Import: true},
	// js-cookie 2/3: Cookies.set(name, value, attrs) in the browser;
	// expires in days; SameSite unset.
	{Module: "js-cookie", Method: "set", Name: 0, Value: 1, Options: 2, Client: true, Attrs: expressAttrs, ExpiresDays: true},
	// universal-cookie / react-cookie: new Cookies().set(name, value, opts).
	{Module: "universal-cookie", Method: "set", Name: 0, Value: 1, Options: 2, Client: true, Attrs: expressAttrs, MaxAgeSeconds: true},
	{Module: "react-cookie", Method: "setCookie", Name: 0, Value: 1, Options: 2, Client: true, Attrs: expressAttrs, MaxAgeSeconds: true},
	// cookies-next setCookie(name, value, opts) and nookies
	// setCookie(ctx, name, value, opts): nothing set by default.
	{Module: "cookies-next", Method: "setCookie", Name: 0, Value: 1, Options: 2, Attrs: expressAttrs, MaxAgeSeconds: true},
	{Module: "nookies", Method: "setCookie", Name: 1, Value: 2, Options: 3, Attrs: expressAttrs, MaxAgeSeconds: true},
	// SvelteKit's cookies.set in server files (+page.server, +server,
	// hooks.server): httpOnly and secure on, SameSite=Lax by default (2.x).
	{Module: "@sveltejs/kit", Method: "set", Receiver: `^(cookies|event\.cookies)$`, Files: `(\+page\.server|\+layout\.server|\+server|hooks\.server)\.(js|ts)$`,
		Name: 0, Value: 1, Options: 2, Attrs: expressAttrs, Defaults: []Defaults{{Secure: On, HttpOnly: On, SameSite: "lax"}}, MaxAgeSeconds: true},
	// cookie.serialize(name, value, opts) (cookie 0.x/1.x) builds a
	// Set-Cookie header by hand: no attribute is set by default; maxAge in
	// seconds.
	{Module: "cookie", Method: "serialize", Name: 0, Value: 1, Options: 2, Attrs: expressAttrs, MaxAgeSeconds: true},
	// h3 setCookie(event, name, value, opts) (1.15): cookie-es serialize
	// with only path "/" added; maxAge in seconds.
	{Module: "h3", Method: "setCookie", Name: 1, Value: 2, Options: 3, Attrs: expressAttrs, MaxAgeSeconds: true},
	// koa ctx.cookies.set and the cookies package (0.9.2): httpOnly on,
	// secure by the request's protocol, no SameSite.
	{Module: "cookies", Method: "set", Receiver: koaCookies, Name: 0, Value: 1, Options: 2, Attrs: expressAttrs,
		Defaults: []Defaults{{Secure: ByRequest, HttpOnly: On}}},
}

// A TokenStore is a client library's class that keeps the signed-in
// user's tokens in the Web Storage object given as its store option, when
// it is passed as Option of the library's settings (oidc-client-ts 3.x
// UserManager settings: userStore; the stateStore holds only the
// request's state).
type TokenStore struct {
	Modules []string
	Class   string
	Store   string // the constructor option naming the Web Storage object
	Option  string // the settings key the store is passed as
}

// TokenStores are the catalog's token stores.
var TokenStores = []TokenStore{
	{Modules: []string{"oidc-client-ts", "oidc-client"}, Class: "WebStorageStateStore", Store: "store", Option: "userStore"},
}

// ClientStorage are wrappers of the browser's Web Storage: a set call on
// one writes localStorage (vue-ls 2.3.3: $ls → window.localStorage).
var ClientStorage = []struct {
	Module   string
	Receiver string // pattern of the receiver's text
	Method   string
	Store    string // localStorage or sessionStorage
}{
	{Module: "vue-ls", Receiver: `(^|\.)\$ls$`, Method: "set", Store: "localStorage"},
	{Module: "localforage", Receiver: `^localforage$`, Method: "setItem", Store: "localStorage"},
}

// StatePersisters keep an app's state store in the storage their config
// names (redux-persist 6: persistReducer({ key, storage, whitelist },
// reducer)); PersistStorages are the storage modules that are Web Storage.
var (
	StatePersisters = []Ref{{"redux-persist", "persistReducer"}}
	PersistStorages = map[string]string{
		"redux-persist/lib/storage": "localStorage", "redux-persist/es/storage": "localStorage",
		"redux-persist/lib/storage/session": "sessionStorage", "redux-persist/es/storage/session": "sessionStorage",
	}
)

// An AutoImport makes a library's functions names of every file of a
// framework's folder, with no import: Nuxt and Nitro hand h3's utilities
// to the files under server/.
type AutoImport struct {
	Deps   []string // the app depends on one of these
	Files  string   // pattern of the files' paths
	Module string
	Names  []string
}

// A FrameworkAlias is a module prefix a framework maps to a folder of the
// app without the app's own configuration saying so (SvelteKit's $lib is
// src/lib; the tsconfig that spells it out is generated, not committed).
type FrameworkAlias struct {
	Deps   []string // the app depends on one of these
	Prefix string   // "$lib": "$lib" and "$lib/..."
	Dir    string   // relative to the app's root
}

// FrameworkAliases are the frameworks' own module aliases.
var FrameworkAliases = []FrameworkAlias{
	{Deps: []string{"@sveltejs/kit"}, Prefix: "$lib", Dir: "src/lib"},
	// Nuxt 3: ~ and @ name the source folder, the app's root.
	{Deps: []string{"nuxt"}, Prefix: "~", Dir: "."},
	{Deps: []string{"nuxt"}, Prefix: "@", Dir: "."},
}

// AutoImports are the frameworks that import for the app.
var AutoImports = []AutoImport{
	{Deps: []string{"nuxt", "nitropack", "nitro"}, Files: `(^|/)server/`, Module: "h3",
		Names: []string{"useSession", "getSession", "updateSession", "sealSession", "clearSession",
			"setCookie", "getCookie", "deleteCookie", "readBody", "getQuery", "getRouterParam",
			"defineEventHandler", "eventHandler", "sendRedirect", "setResponseHeader", "appendResponseHeader"}},
}
