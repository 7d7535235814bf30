// Package csrf defines an Analyzer that reports apps that authenticate with
// cookie sessions and register state-changing routes without any CSRF
// defence.
//
// # Analyzer csrf
//
// csrf: cookie-session app with state-changing routes and no CSRF defence
//
// Browsers attach cookies to requests that other sites trigger (a form
// posted from another origin), so a handler that changes state on the
// strength of a session cookie alone can be driven by any page the user
// visits.
//
// The analyzer works per package, the unit where an app is wired; a
// library package that sets up sessions and routes leaves the verdict to the
// package that wires it (main, or the one starting the server), which
// reports at its import unless it applies a defence. It reports once, at
// the session setup, when the package
//
//   - keeps a cookie session: gorilla/sessions NewCookieStore or
//     NewFilesystemStore, gin-contrib/sessions Sessions, echo-contrib
//     session.Middleware, beego SessionOn = true (in code or conf/app.conf)
//     or session.NewManager, and a session cookie set with http.SetCookie
//     or gin's SetCookie (name like "session_id", "auth_token"); scs,
//     fiber and github.com/sessionlint/sessionlint/session count only when
//     their SameSite=Lax default is changed to None;
//   - registers POST, PUT, PATCH or DELETE routes: net/http patterns
//     ("POST /transfer") and handlers that test r.Method, gorilla/mux
//     .Methods("POST"), chi Post/Put/Patch/Delete/Method, gin, echo and
//     httprouter POST/PUT/PATCH/DELETE/Handle, fiber Post/Put/Patch/Delete/
//     Add, beego web.Router mappings ("post:Transfer") and RESTful
//     controllers; routes registered by a function of another package are
//     carried by a fact;
//   - and applies no defence: gorilla/csrf Protect, nosurf New/NewPure,
//     http.NewCrossOriginProtection (Go 1.25), echo middleware.CSRF,
//     fiber v2/v3 csrf.New, any other package named like csrf (such as
//     utrack/gin-csrf), beego EnableXSRF, a function of the app named like
//     csrf, a check of Sec-Fetch-Site or of a CSRF header or form field, or
//     a function of another package that applies one (a fact). A session
//     cookie explicitly set to SameSite Lax or Strict counts as a defence.
//
// The message lists up to five routes. Pure APIs authenticated by an
// Authorization header have no cookie session and stay silent, as do apps
// with only GET routes and code in test or example folders. Sessions set up
// in one package and routes registered in another are joined only when the
// package with the session calls the function that registers the routes.
package csrf
