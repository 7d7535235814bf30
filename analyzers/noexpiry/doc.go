// Package noexpiry defines an Analyzer that reports sessions with no bounded
// lifetime, or a lifetime longer than 30 days.
//
// # Analyzer noexpiry
//
// noexpiry: sessions with no bounded lifetime or one longer than 30 days
//
// A session that never expires, or lives for months, keeps a stolen cookie
// usable long after the user left. The analyzer reports constant lifetimes
// above 30 days for session and auth material (not remember-me cookies):
//
//   - net/http and fiber Cookie literals and field writes whose name or
//     value says session or auth, with MaxAge or Expires (time.Now().Add,
//     time.Now().AddDate) beyond 30 days, and gin's c.SetCookie maxAge;
//   - gorilla/sessions and gin-contrib/sessions Options MaxAge, and
//     store.MaxAge(n) on a gorilla store; store.MaxAge(0) on a CookieStore
//     also turns off securecookie's timestamp check, so the signed cookie
//     is accepted forever;
//   - scs Lifetime, fiber v2 Expiration and SetExpiry, fiber v3 IdleTimeout,
//     AbsoluteTimeout and SetIdleTimeout;
//   - beego SessionGCMaxLifetime, Gclifetime and Maxlifetime.
//
// Library defaults are bounded and stay silent (scs 24h, fiber v2 24h, fiber
// v3 30 minutes idle, gorilla 30 days, beego one hour). Options MaxAge 0 on a
// gorilla store is silent: the cookie becomes a browser-session cookie while
// securecookie still rejects values older than the store's 30-day MaxAge
// (and FilesystemStore deletes the session on Save). Values from
// configuration, remember-me cookies and branches, deletion cookies,
// development-only branches and _test.go files stay silent.
package noexpiry
