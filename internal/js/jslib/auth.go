package jslib

import "time"

// CSRF defences.

// A Defence is a CSRF defence library.
type Defence struct {
	Modules []string
	// Factory: the member that makes the middleware ("" the module
	// itself); the middleware must be mounted (app.use, a route's
	// arguments) to defend anything.
	Factory []string
	// Off: an option that, set to false, turns the CSRF check off
	// (lusca({ csrf: false }) is headers only); On: an option that must be
	// set for the factory to defend at all (lusca({ csrf: true })).
	Off, On string
	// Plugin: registered as a fastify or hapi plugin (defends once
	// registered).
	Plugin bool
}

// defences: csurf (deprecated), csrf-csrf (doubleCsrf → doubleCsrfProtection),
// csrf-sync, lusca (lusca.csrf() or lusca({ csrf })), tiny-csrf,
// @fastify/csrf-protection, koa-csrf, @hapi/crumb.
var defences = []Defence{
	{Modules: []string{"csurf", "@dr.pogodin/csurf", "tiny-csrf", "koa-csrf", "@koa/csrf", "express-csrf-double-submit-cookie", "csrf-tokens", "csrf"}, Factory: []string{""}},
	{Modules: []string{"csrf-csrf"}, Factory: []string{"doubleCsrf"}},
	{Modules: []string{"csrf-sync"}, Factory: []string{"csrfSync"}},
	{Modules: []string{"lusca"}, Factory: []string{"csrf", ""}, Off: "csrf", On: "csrf"},
	{Modules: []string{"@fastify/csrf-protection", "fastify-csrf", "@hapi/crumb", "crumb"}, Plugin: true},
}

// CSRFDefence returns the defence a module provides, or nil.
func CSRFDefence(module string) *Defence {
	for i := range defences {
		for _, m := range defences[i].Modules {
			if m == module {
				return &defences[i]
			}
		}
	}
	return nil
}

// Passport.

const (
	// Passport is passport's module; since PassportRegenerates, req.login
	// and req.logout regenerate the session (CVE-2022-25896 before).
	Passport            = "passport"
	PassportRegenerates = "0.6.0"
)

// StatelessStrategies authenticate each request without a login session.
var StatelessStrategies = []string{"jwt", "bearer", "headerapikey", "localapikey", "anonymous", "basic", "digest", "oauth2-client-password", "api-key", "apikey", "hash"}

// PassportLogouts are strategies' own logout methods that only call
// req.logout(): passport-cas2 0.0.12 Strategy#logout(req, res, url).
var PassportLogouts = []Ref{{"passport-cas2", "Strategy"}, {"passport-cas", "Strategy"}}

// OAuthStateStore is the contract of an OAuth/OIDC strategy's custom state
// store (the store option): Store(req, ..., cb) makes the state and hands it
// to its last parameter, cb(err, state), and Verify(req, state, ..., cb)
// checks it on the callback. passport-oauth2 1.x store(req, [verifier,]
// [state,] meta, cb); passport-openidconnect 0.1 store(req, ctx, appState,
// meta, cb) → cb(null, handle). The state is what stops login CSRF, so it
// must not be guessable.
var OAuthStateStore = struct{ Store, Verify string }{"store", "verify"}

// JSON Web Tokens.

// A JWTSigner signs tokens with a key: where the key and the lifetime are.
type JWTSigner struct {
	Ref  Ref
	Kind SetupKind // Call: Ref(payload, key, opts); Register: plugin options
	// Key: index of the key argument (Call), or the key option path.
	KeyArg  int
	KeyPath string
	// Options: index of the options argument (Call), and the expiry
	// option path in them; ExpirySeconds: numbers are seconds.
	OptionsArg    int
	Expiry        string
	ExpirySeconds bool
	// DefaultBounded: without the expiry option the token still expires
	// (a library default).
	DefaultBounded bool
	// Service: the injectable a module registration configures (Nest's
	// JwtService); a module none of whose providers or controllers takes
	// it, and that does not export the registration, signs nothing with it.
	Service string
}

// NestModule is the decorator that declares a NestJS module: @Module({
// imports, controllers, providers, exports }).
var NestModule = Ref{"@nestjs/common", "Module"}

var jwtSigners = []JWTSigner{
	// jsonwebtoken 9: sign(payload, secret, { expiresIn }) — numbers are
	// seconds, strings are ms-style durations ('90d').
	{Ref: Ref{"jsonwebtoken", "sign"}, Kind: Call, KeyArg: 1, OptionsArg: 2, Expiry: "expiresIn", ExpirySeconds: true},
	// @fastify/jwt 9: fastify.register(jwt, { secret, sign: { expiresIn } }).
	{Ref: Ref{"@fastify/jwt", ""}, Kind: Register, KeyPath: "secret", Expiry: "sign.expiresIn", ExpirySeconds: true},
	{Ref: Ref{"fastify-jwt", ""}, Kind: Register, KeyPath: "secret", Expiry: "sign.expiresIn", ExpirySeconds: true},
	// @nestjs/jwt: JwtModule.register({ secret, signOptions: { expiresIn } }).
	{Ref: Ref{"@nestjs/jwt", "JwtModule.register"}, Kind: Call, KeyArg: -1, KeyPath: "secret", Expiry: "signOptions.expiresIn", ExpirySeconds: true, Service: "JwtService"},
	// JwtModule.registerAsync({ useFactory: (cfg) => ({ secret }) }).
	{Ref: Ref{"@nestjs/jwt", "JwtModule.registerAsync"}, Kind: Call, KeyArg: -1, KeyPath: "useFactory().secret", Expiry: "useFactory().signOptions.expiresIn", ExpirySeconds: true, Service: "JwtService"},
	// passport-jwt verifies HS256 tokens with the signing key:
	// new Strategy({ secretOrKey }, verify), or super({ secretOrKey }) in a
	// NestJS PassportStrategy(Strategy).
	{Ref: Ref{"passport-jwt", "Strategy"}, Kind: Call, KeyArg: -1, KeyPath: "secretOrKey"},
	// koa-jwt / express-jwt verify with the same key.
	{Ref: Ref{"koa-jwt", ""}, Kind: Call, KeyArg: -1, KeyPath: "secret"},
	{Ref: Ref{"express-jwt", "expressjwt"}, Kind: Call, KeyArg: -1, KeyPath: "secret"},
	{Ref: Ref{"express-jwt", ""}, Kind: Call, KeyArg: -1, KeyPath: "secret"},
	// jwt-simple 0.5: encode(payload, key, algorithm) and decode(token,
	// key); no expiry option (an exp claim in the payload, if any).
	{Ref: Ref{"jwt-simple", "encode"}, Kind: Call, KeyArg: 1, OptionsArg: -1},
	{Ref: Ref{"jwt-simple", "decode"}, Kind: Call, KeyArg: 1, OptionsArg: -1},
	// next-auth/jwt encode({ token, secret, maxAge }) (seconds; 30 days
	// by default).
	{Ref: Ref{"next-auth/jwt", "encode"}, Kind: Call, KeyArg: -1, KeyPath: "secret", OptionsArg: 0, Expiry: "maxAge", ExpirySeconds: true, DefaultBounded: true},
}

// JWTSigners returns the signers of a kind.
func JWTSigners(kind SetupKind) []JWTSigner {
	var out []JWTSigner
	for _, j := range jwtSigners {
		if j.Kind == kind {
			out = append(out, j)
		}
	}
	return out
}

// SessionLifetime is the longest lifetime a session may have before
// noexpiry reports it (remember-me tokens aside).
const SessionLifetime = 30 * 24 * time.Hour

// Signing keys of other middleware.
var (
	// CookieParser(secret) signs cookies (cookie-parser 1.4).
	CookieParser = Ref{"cookie-parser", ""}
	// CSRFSecret: csrf-csrf's doubleCsrf({ getSecret }).
	CSRFSecret = Ref{"csrf-csrf", "doubleCsrf"}
	// KoaApps: app.keys signs koa's cookies in files importing one of these.
	KoaApps = []string{"koa", "koa-session", "@koa/router", "koa-router", "koa-generic-session", "koa-session-minimal"}
	// Frameworks on koa whose config files set the same keys: egg 2/3
	// (config/config.default.js, config.prod.js: config.keys = '...') and
	// Midway; the unit-test and local files are development only.
	KoaConfigFrameworks = []string{"egg", "@midwayjs/core", "@midwayjs/koa"}
	KoaConfigFile       = `(^|/)config/config\.(default|prod)\.(js|ts)$`
	// KoaRegenerate: koa-session with a store needs 6.1 for ctx.regenerateSession().
)

// Token in URL options: auth schemes that accept tokens from the query
// string (hapi-auth-bearer-token's allowQueryToken).
var QueryTokenOptions = []struct {
	Scheme string // hapi auth scheme name
	Option string
}{
	{Scheme: "bearer-access-token", Option: "allowQueryToken"},
}

// QueryOptionClients are clients that send their options' query object in
// the URL they connect to: socket.io-client 2.x-4.x io(url, { query }) and
// new Manager(url, { query }) put it in the Engine.IO handshake URL (and
// so in proxy and server logs); a token belongs in auth: { token }, sent
// in the CONNECT packet (4.x).
var QueryOptionClients = []struct {
	Ref     Ref
	Options int    // index of the options argument
	Option  string // the key whose object becomes query parameters
	Fix     string
}{
	{Ref{"socket.io-client", ""}, 1, "query", "pass it in the auth option (auth: { token }) or an Authorization header instead"},
	{Ref{"socket.io-client", "io"}, 1, "query", "pass it in the auth option (auth: { token }) or an Authorization header instead"},
	{Ref{"socket.io-client", "connect"}, 1, "query", "pass it in the auth option (auth: { token }) or an Authorization header instead"},
	{Ref{"socket.io-client", "default"}, 1, "query", "pass it in the auth option (auth: { token }) or an Authorization header instead"},
	{Ref{"socket.io-client", "Manager"}, 1, "query", "pass it in the auth option (auth: { token }) or an Authorization header instead"},
}
