// Package fixation defines an Analyzer that reports session fixation: a
// login that records the user in the session it was handed instead of a
// session with a new ID.
//
// # Analyzer fixation
//
// fixation: identity written to the session at login without a new session ID
//
// An attacker who can plant a session ID in the victim's browser (a link, a
// sibling subdomain, a shared computer) and who sees the application store
// the victim's identity under that same ID after login, is logged in as the
// victim. The fix is to issue a new ID whenever the user authenticates.
//
// The analyzer looks at handlers that authenticate: their name or route says
// login, sign-in, sign-up, OAuth callback or MFA verification, or they check
// credentials (bcrypt.CompareHashAndPassword, argon2, scrypt, pbkdf2, a call
// named like Authenticate, Login or CheckPassword, a password compared with
// ==). In such a handler it reports the first write of an identity key
// ("userID", "authenticatedUserID", "user", "email", "role"...) that is not
// covered by a renewal on every path through it, using the function's
// control-flow graph:
//
//   - scs: Put without RenewToken (or Destroy) on the path, before or after;
//   - fiber v2 and v3 (Session and the v3 Middleware): Set without Regenerate or Reset;
//   - beego: SetSession or Store.Set without SessionRegenerateID;
//   - gorilla/sessions and echo-contrib/session with a server-side store
//     (FilesystemStore or a third-party store such as redistore): a write to
//     session.Values without setting session.ID = "" in the handler;
//   - gin-contrib/sessions with a server-side store (redis, memstore,
//     postgres...): every identity write, since the library cannot rotate the ID;
//   - github.com/sessionlint/sessionlint/session: Put of an identity without
//     Login or Renew.
//
// A renewal inside a helper counts, in the same package or another one: the
// analyzer exports a fact for functions that renew on every path. A write
// inside a callback (a transaction closure) is covered by a renewal around it.
//
// It stays silent for cookie-only stores (gorilla CookieStore, gin cookie
// store, beego's cookie provider), which have no server-side ID; when the
// store of a gorilla or gin session cannot be determined in the package; for
// keys that are not the identity (flash, cart, csrf, theme, login attempts,
// a pending pre-MFA user); for values that clear the key (nil, false, "",
// 0); for sessions created fresh (sessions.NewSession, store.New); and for
// handlers that do not authenticate (a profile edit updating "username").
package fixation
