package jslib

// Fix advice in the libraries' own terms: the rules' messages name
// packages only through these.
const (
	// PersistentStores are stores to recommend instead of process memory.
	PersistentStores = "connect-redis, connect-mongo or connect-pg-simple"
	// CSRFLibraries are the live CSRF defences to recommend.
	CSRFLibraries = "csrf-csrf, csrf-sync or lusca"
	// PasswordHashes are the slow password hashes to recommend.
	PasswordHashes = "bcrypt, argon2 or crypto.scrypt"
	// PassportAdvice is how to fix a login or logout on old passport.
	PassportAdvice = "upgrade passport to 0.6 or later"
	// PassportName names passport in messages.
	PassportName = "passport"
	// CookieSessionLogout is the logout of a cookie-held session.
	CookieSessionLogout = "req.session = null with cookie-session"
	// KoaRegenerate is how koa session libraries renew the session ID.
	KoaRegenerate = "await ctx.regenerateSession() (koa-session 6.1 or later, koa-generic-session) before setting the user"
	// CallbackRegenerate names the library whose regenerate takes a
	// callback (awaiting it does not wait).
	CallbackRegenerate = "express-session"
)
