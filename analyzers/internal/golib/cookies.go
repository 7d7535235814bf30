package golib

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// An OptionType is a struct type that carries a cookie's attributes or a
// session's lifetime: a cookie itself (http.Cookie, fiber's Cookie) or a
// library's cookie or session options. The cookie-attribute rule and the
// lifetime rule read the same rows.
type OptionType struct {
	Pkg, Type string
	Subject   string // how messages name its cookie, "" for a type with no cookie attributes

	Secure, HttpOnly, SameSite string // attribute fields, "" when the type has none
	HttpOnlyInverted           bool   // the field disables HttpOnly (beego)
	SameSiteString             bool   // SameSite is a string; "" and unknown values mean Lax (fiber)
	NoneForcesSecure           bool   // the library sets Secure itself for SameSite=None (fiber v3)
	MaxAge, Expires            string // a negative MaxAge or a past Expires deletes the cookie
	Name, Value                string // set for cookies, which are classified by name and value
	Enable                     string // the cookie is only set when this field is true (beego)
	KeyLookup                  string // a constant here that does not start with "cookie:" moves the ID out of the cookie (fiber v2)
	WritesOnly                 bool   // literals are not judged, only field writes (the library fills the rest)
	Extractor                  string // an extractor here that is not a cookie's moves the ID out of the cookie (fiber v3)

	Lifetimes []Lifetime // fields that bound the session's life
}

// IsCookie reports whether values of the type are cookies, classified as
// session material or not by their name and value.
func (o *OptionType) IsCookie() bool { return o != nil && o.Name != "" }

// A Lifetime is a field that bounds a session's life.
type Lifetime struct {
	Field   string
	Unit    int64  // 1 for seconds, Second for a time.Duration
	Time    bool   // a time.Time (Expires): read as now + d
	Subject string // for messages; "" for a cookie, named by its name
}

// Second is time.Second in a time.Duration.
const Second = int64(1e9)

var cookieLifetimes = []Lifetime{{Field: "MaxAge", Unit: 1}, {Field: "Expires", Time: true}}

var optionTypes = []*OptionType{
	{Pkg: PathHTTP, Type: "Cookie", Subject: "session cookie", Secure: "Secure", HttpOnly: "HttpOnly", SameSite: "SameSite", MaxAge: "MaxAge", Expires: "Expires", Name: "Name", Value: "Value",
		Lifetimes: cookieLifetimes},
	{Pkg: PathFiber2, Type: "Cookie", Subject: "session cookie", Secure: "Secure", HttpOnly: "HTTPOnly", SameSite: "SameSite", SameSiteString: true, MaxAge: "MaxAge", Expires: "Expires", Name: "Name", Value: "Value",
		Lifetimes: cookieLifetimes},
	{Pkg: PathFiber3, Type: "Cookie", Subject: "session cookie", Secure: "Secure", HttpOnly: "HTTPOnly", SameSite: "SameSite", SameSiteString: true, NoneForcesSecure: true, MaxAge: "MaxAge", Expires: "Expires", Name: "Name", Value: "Value",
		Lifetimes: cookieLifetimes},
	{Pkg: PathGorilla, Type: "Options", Subject: "gorilla/sessions session cookie", Secure: "Secure", HttpOnly: "HttpOnly", SameSite: "SameSite", MaxAge: "MaxAge",
		Lifetimes: []Lifetime{{Field: "MaxAge", Unit: 1, Subject: "gorilla/sessions MaxAge"}}},
	{Pkg: PathGinSessions, Type: "Options", Subject: "gin-contrib/sessions session cookie", Secure: "Secure", HttpOnly: "HttpOnly", SameSite: "SameSite", MaxAge: "MaxAge",
		Lifetimes: []Lifetime{{Field: "MaxAge", Unit: 1, Subject: "gin-contrib/sessions MaxAge"}}},
	{Pkg: PathSCS, Type: "SessionCookie", Subject: "scs session cookie", Secure: "Secure", HttpOnly: "HttpOnly", SameSite: "SameSite"},
	// simplesessions (zerodha, formerly vividvilla) v2/v3: IsSecure and
	// IsHTTPOnly default to false, SameSite to unset.
	{Pkg: "github.com/zerodha/simplesessions/v3|github.com/vividvilla/simplesessions", Type: "CookieOptions", Subject: "simplesessions session cookie",
		Secure: "IsSecure", HttpOnly: "IsHTTPOnly", SameSite: "SameSite", Expires: "Expires",
		Lifetimes: []Lifetime{{Field: "MaxAge", Unit: Second, Subject: "simplesessions MaxAge"}}},
	{Pkg: PathSCS, Type: "SessionManager",
		Lifetimes: []Lifetime{{Field: "Lifetime", Unit: Second, Subject: "scs Lifetime"}}},
	{Pkg: PathFiber2Session, Type: "Config", Subject: "fiber session cookie", Secure: "CookieSecure", HttpOnly: "CookieHTTPOnly", SameSite: "CookieSameSite", SameSiteString: true, KeyLookup: "KeyLookup",
		Lifetimes: []Lifetime{{Field: "Expiration", Unit: Second, Subject: "fiber session Expiration"}}},
	// gofiber/session v2.0.2: Secure off by default, SameSite "Lax"
	// unless "Strict" or "None", HttpOnly always on (fasthttp/session
	// 2.2.4), Expiration 12 hours when 0.
	{Pkg: PathGofiberSession, Type: "Config", Subject: "fiber session cookie", Secure: "Secure", SameSite: "SameSite", SameSiteString: true, KeyLookup: "Lookup",
		Lifetimes: []Lifetime{{Field: "Expiration", Unit: Second, Subject: "fiber session Expiration"}}},
	{Pkg: PathFiber3Session, Type: "Config", Subject: "fiber session cookie", Secure: "CookieSecure", HttpOnly: "CookieHTTPOnly", SameSite: "CookieSameSite", SameSiteString: true, NoneForcesSecure: true, Extractor: "Extractor",
		Lifetimes: []Lifetime{
			{Field: "IdleTimeout", Unit: Second, Subject: "fiber session IdleTimeout"},
			{Field: "AbsoluteTimeout", Unit: Second, Subject: "fiber session AbsoluteTimeout"},
		}},
	{Pkg: PathBeegoSession, Type: "ManagerConfig", Subject: "beego session cookie", Secure: "Secure", HttpOnly: "DisableHTTPOnly", HttpOnlyInverted: true, SameSite: "CookieSameSite", Enable: "EnableSetCookie",
		Lifetimes: []Lifetime{
			{Field: "Gclifetime", Unit: 1, Subject: "beego session Gclifetime"},
			{Field: "Maxlifetime", Unit: 1, Subject: "beego session Maxlifetime"},
		}},
	// gin-jwt sends the token in a cookie when SendCookie is set; Secure
	// and HttpOnly default to false, SameSite to unset (v2.10.3).
	{Pkg: PathGinJWT, Type: "GinJWTMiddleware", Subject: "gin-jwt auth cookie", Secure: "SecureCookie", HttpOnly: "CookieHTTPOnly", SameSite: "CookieSameSite", Enable: "SendCookie",
		Lifetimes: []Lifetime{{Field: "Timeout", Unit: Second, Subject: "gin-jwt Timeout"}, {Field: "CookieMaxAge", Unit: Second, Subject: "gin-jwt CookieMaxAge"}}},
	// Only explicit writes are judged: a SessionConfig literal is rare and
	// its Secure comes from Listen.EnableHTTPS (see BeegoSessions).
	{Pkg: PathBeegoWeb, Type: "SessionConfig", Subject: "beego session cookie", HttpOnly: "SessionDisableHTTPOnly", HttpOnlyInverted: true,
		SameSite: "SessionCookieSameSite", WritesOnly: true,
		Lifetimes: []Lifetime{{Field: "SessionGCMaxLifetime", Unit: 1, Subject: "beego SessionGCMaxLifetime"}}},
}

// OptionTypeOf returns the option type t is (through pointers), or nil.
func OptionTypeOf(t types.Type) *OptionType {
	for _, o := range optionTypes {
		if typematch.IsNamed(t, o.Pkg, o.Type) {
			return o
		}
	}
	return nil
}

// LifetimeOf returns the lifetime field of type t named field, or nil.
func LifetimeOf(t types.Type, field string) (*OptionType, *Lifetime) {
	o := OptionTypeOf(t)
	if o == nil {
		return nil, nil
	}
	for i := range o.Lifetimes {
		if o.Lifetimes[i].Field == field {
			return o, &o.Lifetimes[i]
		}
	}
	return nil, nil
}

// Is reports whether o is the option type of the library package pkg named
// typ; rules use it with the package's own constants, never a path.
func (o *OptionType) Is(pkg, typ string) bool { return o != nil && o.Pkg == pkg && o.Type == typ }

// IsCookieExtractor reports whether e, a fiber v3 session Extractor, reads
// the session ID from a cookie (or may: an unknown value counts).
func IsCookieExtractor(info *types.Info, e ast.Expr) bool {
	call, ok := typematch.Unwrap(e).(*ast.CallExpr)
	if !ok {
		return true // unknown: judge
	}
	fn := typematch.Callee(info, call)
	if fn == nil || !strings.HasSuffix(typematch.FuncPkgPath(fn), "/extractors") {
		return true
	}
	return fn.Name() == "FromCookie" || fn.Name() == "Chain"
}

// A CookieSetter is a call that sets a cookie from positional arguments
// (gin's c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly);
// beego's c.Ctx.SetCookie(name, value, others...), whose optional maxAge,
// path, domain, secure, httpOnly and sameSite default to off). Argument
// indexes are -1 when the call has no such argument.
type CookieSetter struct {
	Func                                  Func
	Args                                  int  // the number of arguments (the minimum when Variadic)
	Variadic                              bool // attributes past Args are optional: a missing one is off
	Name, Value, MaxAge, Secure, HttpOnly int
	SameSite                              int  // the SameSite argument (a string), -1 when set by SameSiteCall
	SameSiteCall                          Func // the call that sets SameSite for later cookies
	SameSiteFix, SecureFix, HttpOnlyFix   string
	Subject                               string // how messages name the cookie's kind, "" for a plain cookie
}

// beegoOthers is the advice for beego's optional cookie arguments.
const beegoOthers = " (the optional arguments are maxAge, path, domain, secure, httpOnly, sameSite)"

var cookieSetters = []*CookieSetter{
	{Func: Func{Pkg: PathGin, Recv: "Context", Names: []string{"SetCookie"}}, Args: 7,
		Name: 0, Value: 1, MaxAge: 2, Secure: 5, HttpOnly: 6, SameSite: -1,
		SameSiteCall: Func{Pkg: PathGin, Recv: "Context", Names: []string{"SetSameSite"}},
		SameSiteFix:  "c.SetSameSite(http.SameSiteLaxMode) before SetCookie", SecureFix: "secure to true", HttpOnlyFix: "httpOnly to true"},
	{Func: Func{Pkg: PathBeegoContext, Recv: "Context", Names: []string{"SetCookie"}}, Args: 2, Variadic: true,
		Name: 0, Value: 1, MaxAge: 2, Secure: 5, HttpOnly: 6, SameSite: 7,
		SecureFix: "secure true", HttpOnlyFix: "httpOnly true", SameSiteFix: `sameSite "Lax"` + beegoOthers},
	{Func: Func{Pkg: PathBeegoContext, Recv: "BeegoOutput", Names: []string{"Cookie"}}, Args: 2, Variadic: true,
		Name: 0, Value: 1, MaxAge: 2, Secure: 5, HttpOnly: 6, SameSite: 7,
		SecureFix: "secure true", HttpOnlyFix: "httpOnly true", SameSiteFix: `sameSite "Lax"` + beegoOthers},
	{Func: Func{Pkg: PathBeegoContext, Recv: "Context", Names: []string{"SetSecureCookie"}}, Args: 3, Variadic: true,
		Name: 1, Value: 2, MaxAge: 3, Secure: 6, HttpOnly: 7, SameSite: 8,
		SecureFix: "secure true", HttpOnlyFix: "httpOnly true", SameSiteFix: `sameSite "Lax"` + beegoOthers},
	{Func: Func{Pkg: PathBeegoWeb, Recv: "Controller", Names: []string{"SetSecureCookie"}}, Args: 3, Variadic: true,
		Name: 1, Value: 2, MaxAge: 3, Secure: 6, HttpOnly: 7, SameSite: 8,
		SecureFix: "secure true", HttpOnlyFix: "httpOnly true", SameSiteFix: `sameSite "Lax"` + beegoOthers},
}

// CookieSetterOf returns the positional cookie setter call invokes, or nil.
func CookieSetterOf(fn *types.Func, call *ast.CallExpr) *CookieSetter {
	for _, s := range cookieSetters {
		if s.Func.Matches(fn) && (len(call.Args) == s.Args || s.Variadic && len(call.Args) >= s.Args) {
			return s
		}
	}
	return nil
}

// Arg returns argument i of a call to the setter, or nil when the call
// leaves an optional argument out.
func (s *CookieSetter) Arg(call *ast.CallExpr, i int) ast.Expr {
	if i < 0 || i >= len(call.Args) || call.Ellipsis.IsValid() && i >= len(call.Args)-1 {
		return nil
	}
	return call.Args[i]
}

// IsCookieSetter reports whether fn is a positional cookie setter, whatever
// the number of arguments of the call.
func IsCookieSetter(fn *types.Func) bool {
	for _, s := range cookieSetters {
		if s.Func.Matches(fn) {
			return true
		}
	}
	return false
}

// IsSameSiteCall reports whether fn sets SameSite for the cookies a
// positional setter writes later.
func IsSameSiteCall(fn *types.Func) bool {
	for _, s := range cookieSetters {
		if s.SameSiteCall.Matches(fn) {
			return true
		}
	}
	return false
}

// A CookieOptionFunc is a functional option that sets one cookie attribute
// from a bool (beego's session.CfgSecure(false)).
type CookieOptionFunc struct {
	Func    Func
	Attr    string // "Secure" or "HttpOnly"
	Subject string
	Fix     string
}

var cookieOptionFuncs = []CookieOptionFunc{
	{Func: Func{Pkg: PathBeegoSession, Names: []string{"CfgSecure"}}, Attr: "Secure", Subject: "beego session cookie", Fix: "session.CfgSecure(true)"},
	{Func: Func{Pkg: PathBeegoSession, Names: []string{"CfgHTTPOnly"}}, Attr: "HttpOnly", Subject: "beego session cookie", Fix: "session.CfgHTTPOnly(true)"},
}

// CookieOptionFuncOf returns the attribute option fn is, or nil.
func CookieOptionFuncOf(fn *types.Func) *CookieOptionFunc {
	return find(cookieOptionFuncs, func(r *CookieOptionFunc) bool { return r.Func.Matches(fn) })
}

// tokenExpiries are the expiry fields of signed login tokens' claims: a
// JWT that logs a user in is a session carried by the client.
var tokenExpiries = []struct {
	pkg, typ, field string
}{
	{"github.com/golang-jwt/jwt/...", "RegisteredClaims", "ExpiresAt"},
	{"github.com/golang-jwt/jwt/...", "StandardClaims", "ExpiresAt"},
	{"github.com/dgrijalva/jwt-go/...", "StandardClaims", "ExpiresAt"},
}

// TokenLifetimeOf returns the lifetime field of a login token's claims
// type, or nil.
func TokenLifetimeOf(t types.Type, field string) *Lifetime {
	for _, e := range tokenExpiries {
		if e.field == field && typematch.IsNamed(t, e.pkg, e.typ) {
			return &Lifetime{Field: field, Time: true, Subject: "a JWT's " + field}
		}
	}
	return nil
}

// A LifetimeCall sets a session's lifetime from one argument.
type LifetimeCall struct {
	Func    Func
	Unit    int64
	Subject string
	// ZeroMeansForever: 0 turns expiry off (gorilla's CookieStore.MaxAge
	// turns off securecookie's timestamp check).
	ZeroMeansForever string // the message for 0, "" when 0 is not special
}

var lifetimeCalls = []LifetimeCall{
	{Func: Func{Pkg: PathGorilla, Recv: "CookieStore", Names: []string{"MaxAge"}}, Unit: 1, Subject: "gorilla/sessions store.MaxAge",
		ZeroMeansForever: "store.MaxAge(0) turns off the timestamp check of gorilla's securecookie, so a copied session cookie is accepted forever; pass a bounded age such as 86400 * 7"},
	{Func: Func{Pkg: PathGorilla, Recv: "FilesystemStore", Names: []string{"MaxAge"}}, Unit: 1, Subject: "gorilla/sessions store.MaxAge"},
	{Func: Func{Pkg: PathFiber2Session, Recv: "Session", Names: []string{"SetExpiry"}}, Unit: Second, Subject: "fiber session SetExpiry"},
	{Func: Func{Pkg: PathFiber3Session, Recv: "Session", Names: []string{"SetIdleTimeout"}}, Unit: Second, Subject: "fiber session SetIdleTimeout"},
	{Func: Func{Pkg: PathBeegoSession, Names: []string{"CfgGcLifeTime"}}, Unit: 1, Subject: "beego session.CfgGcLifeTime"},
	{Func: Func{Pkg: PathBeegoSession, Names: []string{"CfgMaxLifeTime"}}, Unit: 1, Subject: "beego session.CfgMaxLifeTime"},
}

// LifetimeCallOf returns the lifetime setter fn is, or nil.
func LifetimeCallOf(fn *types.Func) *LifetimeCall {
	return find(lifetimeCalls, func(r *LifetimeCall) bool { return r.Func.Matches(fn) })
}

// CookieLibPaths lists the packages whose cookies or session options the
// cookie rules judge, for a cheap early exit.
var CookieLibPaths = []string{PathHTTP, PathGorilla, PathSCS, PathGin, PathGinJWT,
	"github.com/zerodha/simplesessions/v3", "github.com/vividvilla/simplesessions", typematch.Below(PathGinSessions),
	typematch.Below(PathFiber2), typematch.Below(PathFiber3), typematch.Below(PathBeegoWeb), PathEchoSession}

// A DefaultsKind names how a session constructor's cookie defaults are
// replaced by an app, which decides whether they still apply.
type DefaultsKind uint8

const (
	NoDefaults   DefaultsKind = iota
	GorillaStore              // store.Options = &sessions.Options{...} replaces, store.Options.X = v sets one
	GinStore                  // store.Options(sessions.Options{...}) replaces all
	SCSManager                // sm.Cookie = scs.SessionCookie{...} replaces, sm.Cookie.Secure = v sets one
	FiberSession              // the session.Config argument (or none: ConfigDefault)
)

// A SessionDefaults is a session constructor whose cookie attributes come
// from the library's defaults unless the app sets them.
type SessionDefaults struct {
	Func  Func
	Kind  DefaultsKind
	Store string // how messages name what it builds
	// Missing lists the attributes the defaults leave off; nil means the
	// version-dependent gorilla CookieStore defaults (see GorillaCookieDefaults).
	Missing []string
	// Of names whose defaults these are, for the message ("" for the
	// gorilla/sessions version).
	Of string
	// VersionModule is the module whose version decides the defaults.
	VersionModule string
	// Manager and CookieField: the manager type and its field holding the
	// cookie options, which an app may replace (scs: SessionManager.Cookie).
	Manager, CookieField string
}

// sessionDefaults: a gin-contrib store other than the cookie store gets its
// defaults from the store it wraps (redistore, quasoft/memstore).
var sessionDefaults = []*SessionDefaults{
	{Func: Func{Pkg: PathGorilla, Names: []string{"NewCookieStore"}}, Kind: GorillaStore, Store: "CookieStore", VersionModule: PathGorilla},
	{Func: Func{Pkg: PathGorilla, Names: []string{"NewFilesystemStore"}}, Kind: GorillaStore, Store: "FilesystemStore", Missing: []string{"Secure", "HttpOnly", "SameSite"}, VersionModule: PathGorilla},
	{Func: Func{Pkg: PathGinCookie, Names: []string{"NewStore"}}, Kind: GinStore, Store: "cookie store", VersionModule: PathGorilla},
	{Func: Func{Pkg: typematch.Below(PathGinSessions), Names: []string{"NewStore", "NewStoreWithDB", "NewStoreWithPool", "NewRedisStore"}}, Kind: GinStore, Missing: []string{"Secure", "HttpOnly", "SameSite"}, Of: "redistore"},
	{Func: Func{Pkg: PathSCS, Names: []string{"New", "NewSession"}}, Kind: SCSManager, Store: "scs session cookie", Missing: []string{"Secure"}, Of: "scs",
		Manager: "SessionManager", CookieField: "Cookie"},
	{Func: Func{Pkg: PathFiber2Session, Names: []string{"New"}}, Kind: FiberSession, Missing: []string{"Secure", "HttpOnly"}, Of: "fiber"},
	{Func: Func{Pkg: PathFiber3Session, Names: []string{"New", "NewStore", "NewWithStore"}}, Kind: FiberSession, Missing: []string{"Secure", "HttpOnly"}, Of: "fiber"},
	{Func: Func{Pkg: PathGofiberSession, Names: []string{"New"}}, Kind: FiberSession, Missing: []string{"Secure"}, Of: "gofiber/session"},
}

// OptionType returns the options type that configures the cookie of
// what d's constructor builds.
func (d *SessionDefaults) OptionType() *OptionType {
	switch d.Kind {
	case GorillaStore:
		return OptionTypeOfName(PathGorilla, "Options")
	case GinStore:
		return OptionTypeOfName(PathGinSessions, "Options")
	case SCSManager:
		return OptionTypeOfName(PathSCS, "SessionCookie")
	case FiberSession:
		return OptionTypeOfName(d.Func.Pkg, "Config")
	}
	return nil
}

// OptionTypeOfName returns the option type pkg.typ, or nil.
func OptionTypeOfName(pkg, typ string) *OptionType {
	for _, o := range optionTypes {
		if o.Is(pkg, typ) {
			return o
		}
	}
	return nil
}

// SessionDefaultsOf returns the defaults of the session constructor fn, or
// nil. For a gin-contrib store other than the cookie store, Store is named
// after the store's package ("redis store").
func SessionDefaultsOf(fn *types.Func) *SessionDefaults {
	for _, d := range sessionDefaults {
		if !d.Func.Matches(fn) {
			continue
		}
		if d.Kind == GinStore && d.Store == "" {
			c := *d
			path := typematch.FuncPkgPath(fn)
			c.Store = path[strings.LastIndex(path, "/")+1:] + " store"
			if strings.HasPrefix(c.Store, "memstore") {
				c.Of = "quasoft/memstore"
			}
			return &c
		}
		return d
	}
	return nil
}

// GorillaCookieDefaults returns what gorilla's NewCookieStore (and the
// stores wrapping it) leave off at version v: before v1.3.0 only Path and
// MaxAge were set; since then Secure and SameSite=None too, never HttpOnly.
func GorillaCookieDefaults(v string) []string {
	if gomod.VersionBefore(v, "v1.3.0") {
		return []string{"Secure", "HttpOnly", "SameSite"}
	}
	return []string{"HttpOnly"}
}

// GorillaVersionName names the gorilla/sessions version v for messages.
func GorillaVersionName(v string) string {
	if v != "" {
		return "gorilla/sessions " + v
	}
	return "gorilla/sessions v1.3.0+"
}
