package golib

import (
	"go/types"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// What the CSRF rule needs to know: which calls defend, which start the
// server (and so wire the app), which set up cookie sessions and with what
// SameSite default, and the fix each framework offers.

var csrfDefences = []Func{
	{Pkg: PathGorillaCSRF, Names: []string{"Protect"}},
	{Pkg: PathNosurf, Names: []string{"New", "NewPure"}},
	{Pkg: PathHTTP, Names: []string{"NewCrossOriginProtection"}},
	{Pkg: PathHTTP, Recv: "CrossOriginProtection", Names: []string{"Handler", "Check"}},
	{Pkg: PathEchoMiddle, Names: []string{"CSRF", "CSRFWithConfig"}},
	{Pkg: PathFiber2CSRF, Names: []string{"New"}},
	{Pkg: PathFiber3CSRF, Names: []string{"New"}},
}

// IsCSRFDefence reports whether fn sets up a modelled CSRF defence.
func IsCSRFDefence(fn *types.Func) bool { return anyMatches(fn, csrfDefences) }

// csrfLibs are the CSRF packages modelled function by function: a call of
// another of their functions (gorilla's csrf.TemplateField or csrf.Token)
// reads a token but defends nothing unless the middleware is applied.
var csrfLibs = []string{PathGorillaCSRF, PathNosurf, PathFiber2CSRF, PathFiber3CSRF}

// InCSRFLib reports whether fn belongs to a modelled CSRF package.
func InCSRFLib(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	for _, p := range csrfLibs {
		if typematch.PathMatches(fn.Pkg().Path(), p) {
			return true
		}
	}
	return false
}

var serverStarts = []Func{
	{Pkg: PathHTTP, Names: []string{"ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"}},
	{Pkg: PathHTTP, Recv: "Server", Names: []string{"ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"}},
	{Pkg: PathGin, Recv: "Engine", Names: []string{"Run", "RunTLS", "RunListener"}},
	{Pkg: PathEcho, Recv: "Echo", Names: []string{"Start", "StartTLS", "StartServer"}},
	{Pkg: PathFiber2, Recv: "App", Names: []string{"Listen", "ListenTLS", "Listener"}},
	{Pkg: PathFiber3, Recv: "App", Names: []string{"Listen", "Listener"}},
	{Pkg: PathBeegoWeb, Names: []string{"Run", "RunWithMiddleWares"}},
}

// StartsServer reports whether fn starts serving HTTP, which makes its
// package the one that wires the app.
func StartsServer(fn *types.Func) bool { return anyMatches(fn, serverStarts) }

// A SessionMechanism is a call that sets up cookie sessions.
type SessionMechanism struct {
	Func         Func
	Lib          string // names the framework for the fix advice
	LaxByDefault bool   // the library's cookie defaults to SameSite=Lax
	// ConfigSameSite is the SameSite field of the config argument (fiber),
	// which protects this mechanism's own cookie.
	ConfigSameSite string
}

var sessionMechanisms = []SessionMechanism{
	{Func: Func{Pkg: PathSCS, Names: []string{"New"}}, Lib: "scs", LaxByDefault: true},
	{Func: Func{Pkg: PathGorilla, Names: []string{"NewCookieStore", "NewFilesystemStore"}}, Lib: "gorilla"},
	{Func: Func{Pkg: PathGinSessions, Names: []string{"Sessions", "SessionsMany"}}, Lib: "gin"},
	{Func: Func{Pkg: PathEchoSession, Names: []string{"Middleware", "MiddlewareWithConfig"}}, Lib: "echo"},
	{Func: Func{Pkg: PathFiber2Session, Names: []string{"New"}}, Lib: "fiber", LaxByDefault: true, ConfigSameSite: "CookieSameSite"},
	{Func: Func{Pkg: PathFiber3Session, Names: []string{"New", "NewStore", "NewWithStore"}}, Lib: "fiber", LaxByDefault: true, ConfigSameSite: "CookieSameSite"},
	{Func: Func{Pkg: PathGofiberSession, Names: []string{"New"}}, Lib: "fiber", LaxByDefault: true, ConfigSameSite: "SameSite"},
	{Func: Func{Pkg: PathOwnSession, Names: []string{"New"}}, Lib: "session", LaxByDefault: true},
	{Func: Func{Pkg: PathBeegoSession, Names: []string{"NewManager"}}, Lib: "beego"},
}

// SessionMechanismOf returns the cookie-session setup fn is, or nil.
func SessionMechanismOf(fn *types.Func) *SessionMechanism {
	return find(sessionMechanisms, func(r *SessionMechanism) bool { return r.Func.Matches(fn) })
}

// A CookieWrite is a call that writes a cookie value built elsewhere
// (http.SetCookie(w, c)): Arg is the cookie's index.
type CookieWrite struct {
	Func   Func
	Args   int
	Arg    int
	Lib    string
	Cookie *OptionType // the cookie's type
}

var cookieWrites = []CookieWrite{
	{Func: Func{Pkg: PathHTTP, Names: []string{"SetCookie"}}, Args: 2, Arg: 1, Lib: "net/http", Cookie: optionTypes[0]},
}

// IsWrittenCookie reports whether t is the cookie type of a cookie write
// (http.Cookie), whose attributes protect that cookie only.
func IsWrittenCookie(t types.Type) bool {
	for _, w := range cookieWrites {
		if OptionTypeOf(t) == w.Cookie {
			return true
		}
	}
	return false
}

// CookieWriteOf returns the cookie write fn is, for a call with n
// arguments, or nil.
func CookieWriteOf(fn *types.Func, n int) *CookieWrite {
	return find(cookieWrites, func(r *CookieWrite) bool { return r.Func.Matches(fn) && r.Args == n })
}

// LibOfCookieSetter names the framework of a positional cookie setter.
const LibOfCookieSetter = "gin"

// SameSite option fields: a SameSite mode, a flag asking for strict
// cookies, and a flag allowing SameSite=None (the session package's own).
var (
	SameSiteFields     = []string{"SameSite", "CookieSameSite", "SessionCookieSameSite"}
	SameSiteStrictFlag = "SameSiteStrict"
	SameSiteNoneFlag   = "DangerouslySameSiteNone"
)

// CSRFAdvice returns the fix a framework offers against CSRF.
func CSRFAdvice(lib string) string {
	switch lib {
	case "gin":
		return "add a CSRF middleware (such as github.com/utrack/gin-csrf) or set the session cookie's SameSite to Lax"
	case "echo":
		return "add middleware.CSRF() or set SameSite: http.SameSiteLaxMode in the session options"
	case "fiber":
		return "add the csrf.New() middleware and keep CookieSameSite at Lax"
	case "beego":
		return "set web.BConfig.WebConfig.EnableXSRF = true and check the token in forms"
	}
	return "wrap the handler with http.NewCrossOriginProtection().Handler or gorilla/csrf"
}

// requestEnds are calls that end a request by panicking with a sentinel
// the framework recovers (beego's StopRun panics ErrAbort): to the
// request's flow they are a normal return, not a crash.
var requestEnds = []Func{
	{Pkg: PathBeegoWeb, Recv: "Controller", Names: []string{"StopRun", "Abort", "CustomAbort"}},
}

// EndsRequest reports whether fn ends the request by a recovered panic.
func EndsRequest(fn *types.Func) bool { return anyMatches(fn, requestEnds) }
