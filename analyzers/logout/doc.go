// Package logout defines an Analyzer that reports logout handlers that
// remove keys from the session instead of ending it.
//
// # Analyzer logout
//
// logout: logout that removes session keys but leaves the session ID valid
//
// A logout that only deletes the user's key keeps the session ID alive: a
// cookie stolen before logout still identifies a live session (with all
// its other data), and for cookie stores the old cookie still carries the
// user. Logout must delete the server-side session and expire the cookie.
//
// The analyzer finds logout handlers by name (Logout, handleSignOut, LogOff)
// or by the route they are registered under ("/logout", "POST /auth/signout"),
// and reports the first key removal that is not covered, on every path
// through it, by ending the session:
//
//   - scs: Remove, Put(key, nil) or Clear without Destroy or RenewToken;
//   - gorilla/sessions and echo-contrib/session: delete(sess.Values, k),
//     sess.Values[k] = nil/false/"" or a new Values map without
//     sess.Options.MaxAge = -1 (or Options with a negative MaxAge);
//   - gin-contrib/sessions: Delete or Clear without
//     Options(sessions.Options{MaxAge: -1});
//   - fiber v2 and v3: Delete without Destroy, Reset or Regenerate;
//   - beego: DelSession or Store.Delete/Flush without DestroySession,
//     SessionRegenerateID or the manager's SessionDestroy;
//   - github.com/sessionlint/sessionlint/session: Delete without Logout.
//
// Ending the session inside a helper counts, in the same package or another
// one (the analyzer exports a fact for functions that end the session on
// every path). A Destroy that runs only in an error branch does not cover
// the removal on the normal path.
//
// It stays silent for handlers that are not logouts (removing a cart item or
// a flash), for logouts that do not touch session data (a net/http handler
// expiring its own cookie, a JWT app), and for maps named Values that are
// not sessions.
package logout
