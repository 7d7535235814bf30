package jslib

import "time"

// A SessionLib is a session middleware, plugin or storage factory.
type SessionLib struct {
	Name    string   // as the messages name it
	Modules []string // its package names, newest first
	Setups  []Setup  // how an app sets it up
	// Server: sessions live on the server, keyed by an ID in the cookie
	// (fixation applies). StoreMakesServer: only with an external store
	// (koa-session keeps the session in the cookie otherwise).
	Server, StoreMakesServer bool
	// Cookie is the key of the cookie options inside the options
	// ("cookie", "cookieOptions"), "" when they sit at the top level.
	Cookie string
	Attrs  Attrs
	// Defaults are the cookie's defaults, by version (the newest entry
	// whose Since the app's version reaches applies; an unknown version
	// takes the first).
	Defaults []Defaults
	// Store is the option naming the session store; without one sessions
	// live in process memory (MemoryUnbounded: and never expire there).
	Store           string
	MemoryDefault   bool
	MemoryUnbounded bool
	// MemoryStore is the member naming the library's in-memory store
	// class (session.MemoryStore).
	MemoryStore string
	// Secrets are the options holding signing or encryption keys.
	Secrets []string
	// GenID is the option that generates session IDs.
	GenID string
	// Lifetime: options bounding the session, and their unit. NoExpiry:
	// without one, nothing ends the session (cookie-session's signed
	// cookie). DefaultLifetime is the lifetime without any option.
	Lifetime        []Duration
	NoExpiry        bool
	DefaultLifetime time.Duration
	// Regenerate is how a login renews the session ID, for messages.
	Regenerate string
	// PromiseRegenerate: regenerate() returns a promise (awaiting it waits).
	PromiseRegenerate bool
	// Context names the request object the session hangs on: "req"
	// (req.session, request.session) or "ctx" (koa's ctx.session).
	Context string
}

// Ctx returns the request object the session hangs on.
func (s *SessionLib) Ctx() string {
	if s.Context == "" {
		return "req"
	}
	return s.Context
}

// A Setup is one way an app sets a library up.
type Setup struct {
	Kind SetupKind
	Ref  Ref // the factory (Call), plugin (Register, Plugin) or module imported (Method, Strategy)
	// Options is the index of the options argument; -1: the first
	// argument that is an object.
	Options int
	// Name is the method (Method: "io.session") or auth scheme
	// (Strategy: "cookie").
	Name string
}

// SetupKind says how a library is set up.
type SetupKind int8

const (
	Call     SetupKind = iota // factory(opts): session({...})
	Register                  // app.register(plugin, opts): fastify
	Plugin                    // { plugin, options } objects: hapi's server.register
	Method                    // receiver.Name(opts) in a file that imports Ref.Module
	Strategy                  // server.auth.strategy(name, Name, opts): hapi auth schemes
)

// Attrs are the names a library gives the cookie attributes.
type Attrs struct {
	Secure, HttpOnly, SameSite string
}

var (
	expressAttrs = Attrs{Secure: "secure", HttpOnly: "httpOnly", SameSite: "sameSite"}
	hapiAttrs    = Attrs{Secure: "isSecure", HttpOnly: "isHttpOnly", SameSite: "isSameSite"}
)

// Defaults are a cookie's attributes when the app does not set them.
type Defaults struct {
	Since    string // first version with these defaults ("" for all)
	Secure   Tri
	HttpOnly Tri
	SameSite string // "" (none), "lax", "strict"
}

// A Duration is an option holding a lifetime, in Unit.
type Duration struct {
	Key  string // dotted key path in the options
	Unit time.Duration
	// Zero means the session never ends (iron-session's ttl: 0).
	ZeroForever bool
	// Only an explicit undefined counts, and means the session never ends
	// (iron-session's cookieOptions: { maxAge: undefined } sets ttl to 0);
	// any other value leaves the lifetime to the next key.
	UndefinedForever bool
}

// A Tri is a three-valued default: set, not set, or decided per request.
type Tri int8

const (
	Unset     Tri = iota // not set
	On                   // set
	ByRequest            // follows the request (Secure on HTTPS only)
)

// DefaultsFor returns the cookie defaults for a version ("" unknown).
func (s *SessionLib) DefaultsFor(version string) Defaults {
	if len(s.Defaults) == 0 {
		return Defaults{}
	}
	d := s.Defaults[0]
	for _, x := range s.Defaults[1:] {
		if AtLeast(version, x.Since) {
			d = x
		}
	}
	return d
}

const day = 24 * time.Hour

// sessions are the session libraries.
var sessions = []*SessionLib{
	{
		// express-session 1.19.0: cookie { path: '/', httpOnly: true,
		// secure: unset, maxAge: null }, no SameSite; MemoryStore when
		// opts.store is falsy (it never prunes); IDs from uid-safe(24).
		Name: "express-session", Modules: []string{"express-session"},
		Setups: []Setup{{Kind: Call, Ref: Ref{"express-session", ""}}, {Kind: Method, Ref: Ref{"express.oi", ""}, Name: "io.session"}},
		Server: true, Cookie: "cookie", Attrs: expressAttrs,
		Defaults: []Defaults{{HttpOnly: On}},
		Store:    "store", MemoryDefault: true, MemoryUnbounded: true, MemoryStore: "MemoryStore",
		Secrets: []string{"secret"}, GenID: "genid",
		Lifetime:   []Duration{{Key: "cookie.maxAge", Unit: time.Millisecond}, {Key: "cookie.expires"}},
		Regenerate: "req.session.regenerate() and set the user in its callback",
	},
	{
		// cookie-session 2.1 (cookies 0.9): the session is the signed
		// cookie; secure follows the protocol, httpOnly on, SameSite off,
		// no expiry unless maxAge/expires (options at the top level: a
		// nested cookie: {} is ignored).
		Name: "cookie-session", Modules: []string{"cookie-session"},
		Setups: []Setup{{Kind: Call, Ref: Ref{"cookie-session", ""}}},
		Attrs:  expressAttrs, Defaults: []Defaults{{Secure: ByRequest, HttpOnly: On}},
		Secrets:  []string{"secret", "keys"},
		Lifetime: []Duration{{Key: "maxAge", Unit: time.Millisecond}, {Key: "expires"}}, NoExpiry: true,
	},
	{
		// koa-session 6/7: cookie in ctx.cookies (secure by protocol,
		// httpOnly on, no SameSite), maxAge 1 day; with an external store
		// the cookie holds a session key; 6.1 added ctx.regenerateSession().
		Name: "koa-session", Modules: []string{"koa-session"},
		Setups:           []Setup{{Kind: Call, Ref: Ref{"koa-session", ""}, Options: -1}},
		StoreMakesServer: true, Attrs: expressAttrs, Defaults: []Defaults{{Secure: ByRequest, HttpOnly: On}},
		Store: "store", Lifetime: []Duration{{Key: "maxAge", Unit: time.Millisecond}}, DefaultLifetime: day,
		Regenerate: "await ctx.regenerateSession() (koa-session 6.1 or later) before setting the user", Context: "ctx",
	},
	{
		// koa-generic-session 2.3.1: server-side sessions (MemoryStore by
		// default), cookie { httpOnly: true, path: '/', maxAge: 1 day,
		// signed }, secure by protocol, no SameSite; ctx.regenerateSession().
		Name: "koa-generic-session", Modules: []string{"koa-generic-session"},
		Setups: []Setup{{Kind: Call, Ref: Ref{"koa-generic-session", ""}}},
		Server: true, Cookie: "cookie", Attrs: expressAttrs, Defaults: []Defaults{{Secure: ByRequest, HttpOnly: On}},
		Store: "store", MemoryDefault: true,
		Lifetime: []Duration{{Key: "cookie.maxAge", Unit: time.Millisecond}, {Key: "ttl", Unit: time.Millisecond}}, DefaultLifetime: day,
		Regenerate: "await ctx.regenerateSession() before setting the user", Context: "ctx",
	},
	{
		// koa-session-minimal 4.0.3: server-side sessions (MemoryStore,
		// one-day TTL), cookie { maxAge: 0 (browser session), httpOnly:
		// true }, secure by protocol, no SameSite;
		// ctx.sessionHandler.regenerateId().
		Name: "koa-session-minimal", Modules: []string{"koa-session-minimal"},
		Setups: []Setup{{Kind: Call, Ref: Ref{"koa-session-minimal", ""}}},
		Server: true, Cookie: "cookie", Attrs: expressAttrs, Defaults: []Defaults{{Secure: ByRequest, HttpOnly: On}},
		Store: "store", MemoryDefault: true, DefaultLifetime: day,
		Regenerate: "ctx.sessionHandler.regenerateId() before setting the user", Context: "ctx",
	},
	{
		// @fastify/session 10/11: secure and httpOnly on, no SameSite
		// (secure: 'auto' adds Lax on plain HTTP), MemoryStore by default;
		// regenerate() returns a promise.
		Name: "@fastify/session", Modules: []string{"@fastify/session", "fastify-session"},
		Setups: []Setup{{Kind: Register, Ref: Ref{"@fastify/session", ""}}, {Kind: Register, Ref: Ref{"fastify-session", ""}}},
		Server: true, Cookie: "cookie", Attrs: expressAttrs, Defaults: []Defaults{{Secure: On, HttpOnly: On}},
		Store: "store", MemoryDefault: true, MemoryUnbounded: true, MemoryStore: "MemoryStore",
		Secrets:    []string{"secret"},
		Lifetime:   []Duration{{Key: "cookie.maxAge", Unit: time.Millisecond}, {Key: "cookie.expires"}},
		Regenerate: "await request.session.regenerate() before setting the user", PromiseRegenerate: true,
	},
	{
		// @fastify/secure-session 8: the session is the encrypted cookie;
		// cookie options go to @fastify/cookie (no Secure by default);
		// expiry in seconds, one day by default.
		Name: "@fastify/secure-session", Modules: []string{"@fastify/secure-session", "fastify-secure-session"},
		Setups: []Setup{{Kind: Register, Ref: Ref{"@fastify/secure-session", ""}}, {Kind: Register, Ref: Ref{"fastify-secure-session", ""}}},
		Cookie: "cookie", Attrs: expressAttrs, Defaults: []Defaults{{HttpOnly: Unset}},
		Secrets:  []string{"secret", "key"},
		Lifetime: []Duration{{Key: "expiry", Unit: time.Second}}, DefaultLifetime: day,
	},
	{
		// @hapi/yar 11.0.3: cookie { isSecure: true, isHttpOnly: true,
		// isSameSite: 'Lax' } (iron-sealed), server cache when the
		// session does not fit the cookie; yar.reset() renews the ID.
		Name: "@hapi/yar", Modules: []string{"@hapi/yar", "yar"},
		Setups: []Setup{{Kind: Plugin, Ref: Ref{"@hapi/yar", ""}}, {Kind: Plugin, Ref: Ref{"yar", ""}}},
		Server: true, Cookie: "cookieOptions", Attrs: hapiAttrs,
		Defaults:   []Defaults{{Secure: On, HttpOnly: On, SameSite: "lax"}},
		Secrets:    []string{"cookieOptions.password"},
		Lifetime:   []Duration{{Key: "cookieOptions.ttl", Unit: time.Millisecond}, {Key: "cache.expiresIn", Unit: time.Millisecond}},
		Regenerate: "request.yar.reset() before setting the user",
	},
	{
		// @hapi/cookie 12.0.1 (statehood 8.2.1 defaults: isSecure: true,
		// isHttpOnly: true, isSameSite: 'Strict', ttl: null): the cookie's
		// options under cookie.
		Name: "@hapi/cookie", Modules: []string{"@hapi/cookie"},
		Setups: []Setup{{Kind: Strategy, Ref: Ref{"@hapi/cookie", ""}, Name: "cookie"}},
		Cookie: "cookie", Attrs: hapiAttrs,
		Defaults: []Defaults{{Secure: On, HttpOnly: On, SameSite: "strict"}},
		Secrets:  []string{"cookie.password", "password"},
		Lifetime: []Duration{{Key: "cookie.ttl", Unit: time.Millisecond}, {Key: "ttl", Unit: time.Millisecond}},
	},
	{
		// hapi-auth-cookie 7.1.0, the plugin's older name: flat options
		// (cookie is the cookie's name), isSecure and isHttpOnly default to
		// true, ttl to none.
		Name: "hapi-auth-cookie", Modules: []string{"hapi-auth-cookie"},
		Setups:   []Setup{{Kind: Strategy, Ref: Ref{"hapi-auth-cookie", ""}, Name: "cookie"}},
		Attrs:    hapiAttrs,
		Defaults: []Defaults{{Secure: On, HttpOnly: On, SameSite: "strict"}},
		Secrets:  []string{"password"},
		Lifetime: []Duration{{Key: "ttl", Unit: time.Millisecond}},
	},
	{
		// h3 1.15 useSession/getSession(event, config): the session sealed
		// into its cookie (DEFAULT_COOKIE: path "/", secure, httpOnly; no
		// SameSite), expiring only with config.maxAge (seconds; none:
		// ttl 0, the seal never expires).
		Name: "h3", Modules: []string{"h3"},
		Setups: []Setup{
			{Kind: Call, Ref: Ref{"h3", "useSession"}, Options: 1},
			{Kind: Call, Ref: Ref{"h3", "getSession"}, Options: 1},
		},
		Cookie: "cookie", Attrs: expressAttrs, Defaults: []Defaults{{Secure: On, HttpOnly: On}},
		Secrets:  []string{"password"},
		Lifetime: []Duration{{Key: "maxAge", Unit: time.Second}},
		NoExpiry: true,
	},
	{
		// iron-session 6.3.1 and 8.0.4: cookieOptions { httpOnly: true,
		// secure: true, sameSite: 'lax' }, ttl 14 days in seconds, ttl: 0
		// never expires, and cookieOptions.maxAge given as undefined sets
		// ttl to 0 (a number there is replaced by one computed from ttl).
		Name: "iron-session", Modules: []string{"iron-session", "iron-session/next", "iron-session/express", "next-iron-session"},
		Setups: []Setup{
			{Kind: Call, Ref: Ref{"iron-session", "getIronSession"}, Options: -1}, // (req, res, opts) or, from 8, (cookies, opts)
			{Kind: Call, Ref: Ref{"iron-session", "ironSession"}, Options: 0},
			{Kind: Call, Ref: Ref{"iron-session/express", "ironSession"}, Options: 0},
			{Kind: Call, Ref: Ref{"iron-session/next", "withIronSessionApiRoute"}, Options: 1},
			{Kind: Call, Ref: Ref{"iron-session/next", "withIronSessionSsr"}, Options: 1},
			{Kind: Call, Ref: Ref{"iron-session/next", "getIronSession"}, Options: -1},
			{Kind: Call, Ref: Ref{"next-iron-session", "withIronSession"}, Options: 1},
		},
		Cookie: "cookieOptions", Attrs: expressAttrs, Defaults: []Defaults{{Secure: On, HttpOnly: On, SameSite: "lax"}},
		Secrets:         []string{"password"},
		Lifetime:        []Duration{{Key: "cookieOptions.maxAge", Unit: time.Second, UndefinedForever: true}, {Key: "ttl", Unit: time.Second, ZeroForever: true}},
		DefaultLifetime: 14 * day,
	},
	{
		// React Router 7 / Remix createCookieSessionStorage: the cookie
		// options are those of its cookie (maxAge in seconds; no defaults
		// beyond path '/', sameSite 'lax').
		Name: "createCookieSessionStorage", Modules: []string{"react-router", "@remix-run/node", "@remix-run/cloudflare", "@remix-run/deno", "@react-router/node"},
		Setups: []Setup{
			{Kind: Call, Ref: Ref{"react-router", "createCookieSessionStorage"}}, {Kind: Call, Ref: Ref{"@remix-run/node", "createCookieSessionStorage"}},
			{Kind: Call, Ref: Ref{"@remix-run/cloudflare", "createCookieSessionStorage"}}, {Kind: Call, Ref: Ref{"@react-router/node", "createCookieSessionStorage"}},
		},
		Cookie: "cookie", Attrs: expressAttrs, Defaults: []Defaults{{SameSite: "lax"}},
		Secrets:  []string{"cookie.secrets"},
		Lifetime: []Duration{{Key: "cookie.maxAge", Unit: time.Second}, {Key: "cookie.expires"}},
	},
	{
		// next-auth 4.24 / Auth.js: session.maxAge 30 days (seconds),
		// cookies httpOnly, SameSite Lax, Secure on https URLs.
		Name: "next-auth", Modules: []string{"next-auth", "@auth/core", "@auth/express", "@auth/sveltekit"},
		Setups: []Setup{{Kind: Call, Ref: Ref{"next-auth", ""}}, {Kind: Call, Ref: Ref{"@auth/core", "Auth"}, Options: 1}, {Kind: Call, Ref: Ref{"@auth/express", "ExpressAuth"}}},
		Cookie: "cookies.sessionToken.options", Attrs: expressAttrs, Defaults: []Defaults{{Secure: ByRequest, HttpOnly: On, SameSite: "lax"}},
		Secrets:  []string{"secret"},
		Lifetime: []Duration{{Key: "session.maxAge", Unit: time.Second}, {Key: "jwt.maxAge", Unit: time.Second}}, DefaultLifetime: 30 * day,
	},
	{
		// better-auth 1.x: session.expiresIn 7 days (seconds), cookies
		// httpOnly, SameSite Lax, Secure on https base URLs.
		Name: "better-auth", Modules: []string{"better-auth"},
		Setups: []Setup{{Kind: Call, Ref: Ref{"better-auth", "betterAuth"}}},
		Cookie: "advanced.defaultCookieAttributes", Attrs: expressAttrs, Defaults: []Defaults{{Secure: ByRequest, HttpOnly: On, SameSite: "lax"}},
		Secrets:  []string{"secret"},
		Lifetime: []Duration{{Key: "session.expiresIn", Unit: time.Second}}, DefaultLifetime: 7 * day,
	},
}

// SessionSetups returns every library with a setup of the given kind.
func SessionSetups(kind SetupKind) []*SessionLib {
	var out []*SessionLib
	for _, s := range sessions {
		for _, st := range s.Setups {
			if st.Kind == kind {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// Sessions returns every session library.
func Sessions() []*SessionLib { return sessions }

// SessionModules lists the modules of every session library.
func SessionModules() []string {
	var out []string
	for _, s := range sessions {
		out = append(out, s.Modules...)
		for _, st := range s.Setups {
			out = append(out, st.Ref.Module)
		}
	}
	return out
}

// A StoreLib is a session store with its own expiry.
type StoreLib struct {
	Module string
	// TTL is its default lifetime; 0 when it follows the cookie's maxAge
	// only (and so is unbounded without one).
	TTL time.Duration
	// Memory: it keeps sessions in process memory.
	Memory bool
}

// stores are session stores (connect-style and koa), with their default
// TTLs as read in their sources.
var stores = []StoreLib{
	{Module: "connect-redis", TTL: day},                // 7.x: ttl 86400 s
	{Module: "connect-mongo", TTL: 14 * day},           // 4-6: ttl 14 days
	{Module: "connect-mongodb-session", TTL: 14 * day}, // expires 2 weeks
	{Module: "connect-session-knex", TTL: day},         // 5.0.0: now + 86400000 without maxAge
	{Module: "connect-session-sequelize", TTL: day},    // 7.1.7: expiration 24 h
	{Module: "connect-pg-simple", TTL: day},            // 10.0.0: ttl || ONE_DAY
	{Module: "session-file-store", TTL: time.Hour},     // 1.5.0: ttl 3600 s
	{Module: "connect-sqlite3", TTL: day},              // one day without maxAge
	{Module: "connect-dynamodb", TTL: 14 * day},        // reap after 2 weeks
	{Module: "memorystore", TTL: day, Memory: true},    // prunes, lives in memory
	{Module: "koa-redis", TTL: day},                    // follows the session's maxAge (one day)
	{Module: "@quixo3/prisma-session-store", TTL: day}, // follows the cookie
	{Module: "connect-typeorm", TTL: day},              // ttl 86400 s
	{Module: "@fastify/redis", TTL: day},               // used through a store
	{Module: "connect-memcached", TTL: day},            // lifetime 86400 s
	{Module: "express-mysql-session", TTL: day},        // expiration 1 day
	{Module: "better-sqlite3-session-store", TTL: 15 * time.Minute},
}

// Store returns the store library of a module, or nil.
func Store(module string) *StoreLib {
	for i := range stores {
		if stores[i].Module == module {
			return &stores[i]
		}
	}
	return nil
}

// MemoryClassWords are words in the name of an app's own store class that
// say it keeps sessions in process memory (a vendored LRU MemoryStore).
var MemoryClassWords = []string{"MemoryStore", "MemStore", "InMemoryStore", "LRUStore"}
