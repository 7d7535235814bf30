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
//	user, err := session.UserID(ctx)    // "" when anonymous
//	session.Put(ctx, "cart", cart)      // any JSON-encodable value
//	cart, ok, err := session.Get[Cart](ctx, "cart")
//	session.Renew(ctx)                  // on any other privilege change
//	session.Logout(ctx)                 // deletes the session, expires the cookie
//	session.LogoutAll(ctx, userID)      // every session of the user
//
// # What the defaults guarantee
//
// Session IDs are 32 bytes from crypto/rand, base64url encoded (43
// characters). The store only ever sees the SHA-256 of an ID, so a leaked
// store or backup does not contain usable session IDs, and the logs carry a
// short prefix of that hash, never an ID.
//
// The cookie is "__Host-session; Path=/; Secure; HttpOnly; SameSite=Lax"
// with no Domain, and a Max-Age matching the absolute timeout. Each way of
// weakening it is an Options field named Dangerously…, and New logs a
// warning for each one used.
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
// Login always issues a new ID and deletes the old one atomically, which
// makes session fixation impossible through this API; Renew does the same
// for other privilege changes. Logout deletes the record in the store and
// expires the cookie; LogoutAll deletes every session of a user; and
// Options.MaxSessionsPerUser caps concurrent sessions (the oldest is ended).
//
// Every response gets "Vary: Cookie", and responses that set the cookie get
// "Cache-Control: no-store", so that no cache serves one user's page or
// cookie to another.
//
// # Failures
//
// Functions return errors rather than panic; ErrNoMiddleware means the
// handler was not wrapped with Manager.Handler. When the store fails (for
// example, Redis is down), the request is answered by Options.ErrorHandler
// (default: 500) instead of being treated as anonymous, and a change that
// could not be saved replaces the handler's response with the error
// response, so no lost write is ever reported as success. This holds even
// if the handler ignores the error returned by Login, Renew or Logout.
//
// # Concurrent requests
//
// Each request works on a snapshot of the session loaded at its start.
// Login, Renew, Logout and LogoutAll write to the store when called; Put
// and Delete are buffered and written in one atomic update just before the
// response headers go out. Updates are per value: two requests that change
// different values both land, and for the same value the later commit wins.
// An update never recreates a session that was ended meanwhile, so a slow
// request cannot undo a logout. The package functions are safe to call from
// goroutines started by the handler, but changes made after the response
// was written are refused with ErrCommitted.
//
// # Events
//
// The Manager logs through log/slog: "session created", "session renewed",
// "session destroyed", "session expired" and "session rejected" (with a
// reason: malformed_id, unknown_or_expired_id, binding_mismatch) at Info or
// Warn, and "session store error" at Error. Options.Bind adds a binding
// check, for example to the User-Agent.
//
// # Stores
//
// Store is the interface to the storage; its documentation is the contract
// (package storetest checks it). Package redisstore is the production
// store. Package memstore keeps sessions in process memory and is for tests
// and development only.
//
// Passwords belong in package password (argon2id), never in a session.
package session
