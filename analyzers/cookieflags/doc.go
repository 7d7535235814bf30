// Package cookieflags defines an Analyzer that reports session and
// authentication cookies sent without Secure, HttpOnly or SameSite.
//
// # Analyzer cookieflags
//
// cookieflags: session or auth cookies without Secure, HttpOnly or SameSite
//
// A session cookie without Secure can leak over plain HTTP, one without
// HttpOnly can be read by any script injected into the page, and one without
// SameSite (or with SameSite=None and no Secure) rides along on cross-site
// requests. The analyzer reports, with one diagnostic per cookie that names
// every missing attribute:
//
//   - net/http Cookie literals (also those passed to echo's c.SetCookie or
//     built by a helper function of the package) whose name, or the variable
//     or function its value comes from, says session or auth, and explicit
//     writes such as cookie.Secure = false;
//   - gin's c.SetCookie with a literal false for secure or httpOnly, or with
//     no c.SetSameSite in the package;
//   - fiber v2/v3 Cookie literals and session.Config (CookieSecure and
//     CookieHTTPOnly default to false);
//   - gorilla/sessions (and echo-contrib/session) Options literals, which
//     replace every default, writes such as session.Options.HttpOnly = false,
//     and NewCookieStore/NewFilesystemStore whose defaults are never
//     overridden: CookieStore leaves HttpOnly off (since v1.3.0; before it,
//     Secure and SameSite too, read from the module's go.mod), and
//     FilesystemStore leaves all three off;
//   - gin-contrib/sessions Options literals, and cookie, redis and memstore
//     stores whose Options are never set;
//   - scs managers whose Cookie.Secure is never set (scs defaults it to
//     false), and writes turning HttpOnly or Secure off;
//   - beego ManagerConfig literals, session.CfgSecure(false),
//     session.CfgHTTPOnly(false) and SessionDisableHTTPOnly = true.
//
// Values from configuration, flags or the environment (Secure: cfg.Secure,
// Secure: r.TLS != nil, Secure: !devMode) count as set. Cookies that are not
// session material (theme, language, consent, CSRF tokens), deletion
// cookies (MaxAge < 0, Expires in the past, an empty value), cookies handed
// to an HTTP client (req.AddCookie), code in development-only branches and
// _test.go files stay silent. Suggested fixes add the missing fields to a
// literal or turn an explicit false into true.
package cookieflags
