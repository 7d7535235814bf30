// Package session manages HTTP sessions for net/http so that the easy path
// is the safe one. It is what sessionlint's findings point to as the fix.
//
// # Quick start
//
//	store := redisstore.New(redis.NewClient(&redis.Options{Addr: "localhost:6379"}), redisstore.Options{})
//	sessions, err := session.New(session.Options{Store: store})
//	...
//	http.ListenAndServeTLS(addr, cert, key, http.NewCrossOriginProtection().Handler(sessions.Handler(mux)))
//
// and in handlers:
//
//	session.Login(ctx, userID)          // after checking the password: new session ID
//	session.Remember(ctx)               // "keep me logged in": a separate, rotating token
//	user, err := session.UserID(ctx)    // "" when anonymous
//	session.Put(ctx, "cart", cart)      // any JSON-encodable value
//	cart, ok, err := session.Get[Cart](ctx, "cart")
//	n, err := session.Update(ctx, "tries", func(n int) (int, error) { return n + 1, nil }) // atomic
//	msg, ok, err := session.Pop[string](ctx, "flash")                                   // read once
//	session.Renew(ctx)                  // on any other privilege change
//	session.Logout(ctx)                 // deletes the session, expires the cookie
//	session.LogoutAll(ctx, userID)      // every session and remember-me token of the user
//	session.PasswordChanged(ctx)        // ends the others, keeps this one with a new ID
//	list, err := session.Sessions(ctx)  // the user's devices; EndSession ends one
//
// # What the defaults guarantee
//
// Session IDs are 32 bytes from crypto/rand, base64url encoded (43
// characters). The store only ever sees the SHA-256 of an ID, so a leaked
// store or backup does not contain usable session IDs, and the logs carry a
// short prefix of that hash, never an ID.
//
// The cookie is "__Host-session; Path=/; Secure; HttpOnly; SameSite=Lax"
// with no Domain, and a Max-Age matching the absolute timeout (or none, with
// Options.BrowserSessionCookie). Each way of weakening it is an Options
// field named Dangerously…, and New logs a warning for each one used.
//
// IDs are strict: a cookie value that does not have the exact shape of an
// issued ID is rejected without a store lookup (so oversized or crafted
// cookies cost nothing), and a well-formed ID the store does not know is
// never adopted. Either way the request is anonymous, the event is logged
// and the cookie is expired. A new session always gets a fresh ID from this
// package; there is no API to choose one.
//
// Sessions end after IdleTimeout without requests (default 30 minutes) and
// AbsoluteTimeout after login (default 12 hours), whichever comes first. The
// Manager checks both deadlines on every request, and stores receive the
// earlier one as the record's TTL. The idle deadline is extended at most
// once per 1/100 of IdleTimeout, so reads mostly cost a single store lookup.
//
// A value's JSON encoding is limited to MaxValueSize (32 KiB) and a whole
// session to MaxSessionSize (128 KiB); beyond them Put and Update fail with
// ErrTooLarge, and the stores refuse a change that would take a session
// over the limit, however many requests write at once.
//
// Login always issues a new ID and retires the old one atomically, which
// makes session fixation impossible through this API; Renew does the same
// for other privilege changes. For a short RotationGrace (30 seconds) the
// old ID forwards to the new session, so that requests already on their way
// are neither logged out nor lose their writes; a forwarded ID never gains
// a user it did not have (see Options.RotationGrace). Logout deletes the
// record in the store and expires the cookie; LogoutAll deletes every
// session of a user; and Options.MaxSessionsPerUser caps concurrent
// sessions (the oldest is ended).
//
// Every response gets "Vary: Cookie", and responses that set the cookie get
// "Cache-Control: no-store", so that no cache serves one user's page or
// cookie to another.
//
// # Remember-me
//
// Sessions stay short; "keep me logged in" is a separate token (Remember)
// in its own cookie, kept in Options.RememberStore. A token is a selector,
// whose hash is the store key, and a validator, of which the store keeps
// only a hash; it works once: when a request brings a valid token and no
// live session, the token is replaced by a new one and a fresh session is
// started through Login. Tokens last Options.RememberFor (30 days) from the
// password login, are revoked by Logout (this browser), LogoutAll and
// PasswordChanged (every device), and never extend themselves.
//
// # Failures
//
// Functions return errors rather than panic; ErrNoMiddleware means the
// handler was not wrapped with Manager.Handler. The session is loaded when
// the handler first uses it. When the store fails (for example, Redis is
// down), the session functions return an error wrapping ErrLoadFailed and
// the request is answered by Options.ErrorHandler (default: 500) instead of
// being treated as anonymous; pages wrapped with AnonymousOnLoadError read
// as anonymous instead, and pages that never use the session are served as
// usual. A change that could not be saved replaces the handler's response
// with the error response (ErrSaveFailed), so no lost write is ever reported
// as success. This holds even if the handler ignores the error returned by
// Login, Renew or Logout.
//
// # Concurrent requests
//
// Each request works on a snapshot of the session loaded when it first
// uses it. Login, Renew, Logout, LogoutAll, Update and Pop write to the
// store when called; Put and Delete are buffered and written in one atomic
// update just before the response headers go out. Updates are per value:
// two requests that change different values both land, and for the same
// value the later commit wins; Update is the atomic read-modify-write. An
// update never recreates a session that was ended meanwhile, so a slow
// request cannot undo a logout. The package functions are safe to call from
// goroutines started by the handler, but changes made after the response
// was written are refused with ErrCommitted.
//
// # Events
//
// The Manager logs through log/slog: "session created", "session renewed",
// "session destroyed", "session expired" and "session rejected" (with a
// reason: malformed_id, unknown_or_expired_id, binding_mismatch,
// replaced_and_ended), "session ended during request", the remember-me
// events ("remember-me token issued", "… rejected", "… revoked") at Info
// or Warn, and "session store error" at Error. Options.Bind adds a binding
// check, for example to the User-Agent.
//
// # Stores
//
// Store is the interface to the storage; its documentation is the contract
// (package storetest checks it). Packages redisstore and pgstore are the
// production stores. Package memstore keeps sessions in process memory and
// is for tests and development only.
//
// Passwords belong in package password (argon2id), never in a session.
package session
