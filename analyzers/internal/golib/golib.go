// Package golib is sessionlint's catalog of the Go libraries it models:
// their import paths, their session, store, cookie and option types, the
// option fields and their defaults per version, how a session is renewed,
// cleared and destroyed, how cookies are set, how routes are registered and
// servers started, which calls verify or hash passwords, write to a
// database, sign tokens or defend against CSRF, and the fix advice that
// names a library's own option.
//
// Rules ask this package questions ("is this a session store?", "what does
// this cookie option default to at this version?") and never spell a
// library's import path themselves: adding a library means adding its rows
// here and a fixture under analyzers/testdata.
package golib

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Import paths of the modelled libraries.
const (
	PathSCS           = "github.com/alexedwards/scs/v2"
	PathSCSMemstore   = "github.com/alexedwards/scs/v2/memstore"
	PathGorilla       = "github.com/gorilla/sessions"
	PathSecureCookie  = "github.com/gorilla/securecookie"
	PathGorillaCSRF   = "github.com/gorilla/csrf"
	PathGin           = "github.com/gin-gonic/gin"
	PathGinSessions   = "github.com/gin-contrib/sessions"
	PathGinMemstore   = "github.com/gin-contrib/sessions/memstore"
	PathGinCookie     = "github.com/gin-contrib/sessions/cookie"
	PathEcho          = "github.com/labstack/echo/v4"
	PathEchoMiddle    = "github.com/labstack/echo/v4/middleware"
	PathEchoSession   = "github.com/labstack/echo-contrib/session"
	PathFiber2        = "github.com/gofiber/fiber/v2"
	PathFiber3        = "github.com/gofiber/fiber/v3"
	PathFiber2Session = "github.com/gofiber/fiber/v2/middleware/session"
	// PathGofiberSession is fiber's older standalone session package (on
	// fasthttp/session).
	PathGofiberSession = "github.com/gofiber/session/v2"
	PathFiber3Session  = "github.com/gofiber/fiber/v3/middleware/session"
	PathFiber2CSRF     = "github.com/gofiber/fiber/v2/middleware/csrf"
	PathFiber3CSRF     = "github.com/gofiber/fiber/v3/middleware/csrf"
	PathFiberMemory    = "github.com/gofiber/storage/memory"
	PathFiberMemory2   = "github.com/gofiber/storage/memory/v2"
	// beego v2 and v1 (github.com/astaxie/beego) share the API.
	PathBeegoWeb     = "github.com/beego/beego/v2/server/web|github.com/astaxie/beego"
	PathBeegoContext = "github.com/beego/beego/v2/server/web/context|github.com/astaxie/beego/context"
	PathBeegoSession = "github.com/beego/beego/v2/server/web/session|github.com/astaxie/beego/session"
	PathBeegoConfig  = "github.com/beego/beego/v2/core/config|github.com/beego/beego/v2/server/web|github.com/astaxie/beego|github.com/astaxie/beego/config"
	PathQuasoftMem   = "github.com/quasoft/memstore"
	PathGinJWT       = "github.com/appleboy/gin-jwt/v2|github.com/appleboy/gin-jwt/v3"
	PathNosurf       = "github.com/justinas/nosurf"
	PathOwnSession   = "github.com/sessionlint/sessionlint/session"
	PathOwnMemstore  = "github.com/sessionlint/sessionlint/session/memstore"
	PathOwnPassword  = "github.com/sessionlint/sessionlint/session/password"
	PathHTTP         = "net/http"
)

// SessionLibPaths lists the session libraries' import paths, for a cheap
// early exit.
var SessionLibPaths = []string{
	PathSCS, PathGorilla, PathGinSessions, PathFiber2Session, PathFiber3Session, PathGofiberSession,
	PathEchoSession, PathBeegoWeb, PathBeegoSession, PathOwnSession,
}

// InSessionLib reports whether fn belongs to a modelled session library.
func InSessionLib(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	for _, lib := range SessionLibPaths {
		if typematch.PathMatches(fn.Pkg().Path(), lib) {
			return true
		}
	}
	return false
}

// UsesSessionLib reports whether a package works with a session library:
// it imports one, or uses its types and fields through a package of its
// own (a session.Get helper returning *sessions.Session).
func UsesSessionLib(pkg *types.Package, info *types.Info) bool {
	if typematch.Imports(pkg, SessionLibPaths...) {
		return true
	}
	for _, obj := range info.Uses {
		if p := obj.Pkg(); p != nil && p != pkg {
			for _, lib := range SessionLibPaths {
				if typematch.PathMatches(p.Path(), lib) {
					return true
				}
			}
		}
	}
	return false
}

// A Func names a package-level function (Recv "") or a method of the named
// type Recv. Pkg may end in "/..." to match every package below it.
type Func struct {
	Pkg, Recv string
	Names     []string
}

// Matches reports whether fn is one of f's functions.
func (f Func) Matches(fn *types.Func) bool {
	if f.Recv == "" {
		return typematch.IsFunc(fn, f.Pkg, f.Names...)
	}
	return typematch.IsMethod(fn, f.Pkg, f.Recv, f.Names...)
}

// anyMatches reports whether fn is one of the functions in list.
func anyMatches(fn *types.Func, list []Func) bool {
	for _, f := range list {
		if f.Matches(fn) {
			return true
		}
	}
	return false
}

// mirrorsAny reports whether fn is an interface method that stands for one
// of the functions in list: it has the same name and its parameters use the
// modelled package's types (an app's OAuther interface declaring
// AuthCodeURL(state string, opts ...oauth2.AuthCodeOption) string, which
// *oauth2.Config implements).
func mirrorsAny(fn *types.Func, list []Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return false
	}
	for _, f := range list {
		if !slices.Contains(f.Names, fn.Name()) {
			continue
		}
		for i := range sig.Params().Len() {
			t := sig.Params().At(i).Type()
			if s, ok := t.(*types.Slice); ok {
				t = s.Elem()
			}
			if n := typematch.NamedOf(t); n != nil && n.Obj().Pkg() != nil && typematch.PathMatches(n.Obj().Pkg().Path(), f.Pkg) {
				return true
			}
		}
	}
	return false
}

// find returns the first row of a table that match accepts, or nil.
func find[T any](rows []T, match func(*T) bool) *T {
	for i := range rows {
		if match(&rows[i]) {
			return &rows[i]
		}
	}
	return nil
}

// A Type names a named type.
type Type struct{ Pkg, Name string }

// requestTypes are the request and context types of the web frameworks: a
// function literal taking one is a handler.
var requestTypes = []Type{
	{"net/http", "Request"}, {"net/http", "ResponseWriter"},
	{PathGin, "Context"},
	{PathEcho, "Context"},
	{PathFiber2, "Ctx"},
	{PathFiber3, "Ctx"},
	{PathBeegoContext, "Context"},
}

// IsRequestType reports whether t is a web framework's request, response or
// context type.
func IsRequestType(t types.Type) bool {
	for _, r := range requestTypes {
		if typematch.IsNamed(t, r.Pkg, r.Name) {
			return true
		}
	}
	return false
}

// A CredentialCheck says how a library call takes part in checking a
// user's credentials.
type CredentialCheck uint8

const (
	NoCredentialCheck CredentialCheck = iota
	VerifiesPassword                  // a password KDF or comparison, an OAuth2 code exchange
	ComparesSecrets                   // a constant-time comparison: a check when a password is compared
)

var credentialChecks = map[CredentialCheck][]Func{
	VerifiesPassword: {
		{Pkg: "golang.org/x/crypto/bcrypt", Names: []string{"CompareHashAndPassword"}},
		{Pkg: "golang.org/x/crypto/argon2", Names: []string{"IDKey", "Key"}},
		{Pkg: "golang.org/x/crypto/scrypt", Names: []string{"Key"}},
		{Pkg: "golang.org/x/crypto/pbkdf2", Names: []string{"Key"}},
		{Pkg: "crypto/pbkdf2", Names: []string{"Key"}},
		{Pkg: "github.com/alexedwards/argon2id", Names: []string{"ComparePasswordAndHash"}},
		{Pkg: "golang.org/x/oauth2", Recv: "Config", Names: []string{"Exchange"}},
	},
	ComparesSecrets: {
		{Pkg: "crypto/subtle", Names: []string{"ConstantTimeCompare"}},
		{Pkg: "crypto/hmac", Names: []string{"Equal"}},
	},
}

// CredentialCheckOf classifies a library function for credential checks.
func CredentialCheckOf(fn *types.Func) CredentialCheck {
	for _, k := range []CredentialCheck{VerifiesPassword, ComparesSecrets} {
		if anyMatches(fn, credentialChecks[k]) {
			return k
		}
	}
	return NoCredentialCheck
}

// Route registration the generic router model (r.POST("/x", h)) does not
// cover.
var (
	// patternRouters take "METHOD /path" patterns (net/http since Go 1.22).
	patternRouters = []Func{
		{Pkg: PathHTTP, Names: []string{"Handle", "HandleFunc"}},
		{Pkg: PathHTTP, Recv: "ServeMux", Names: []string{"Handle", "HandleFunc"}},
	}
	// controllerRouter registers a controller at a path with a method
	// spec such as "post:Transfer;get:Show" (beego's web.Router).
	controllerRouter = Func{Pkg: PathBeegoWeb, Names: []string{"Router"}}
	// methodRouters register one handler for the method their name says
	// (beego's web.Post, web.CtrlPost).
	methodRouters = Func{Pkg: PathBeegoWeb, Names: []string{"Post", "Put", "Patch", "Delete", "CtrlPost", "CtrlPut", "CtrlPatch", "CtrlDelete"}}
	// httpClients have Post(url, body) methods that are not routes.
	httpClients = []Type{{PathHTTP, "Client"}}
)

// IsPatternRouter reports whether fn registers a handler under a
// "METHOD /path" pattern.
func IsPatternRouter(fn *types.Func) bool { return anyMatches(fn, patternRouters) }

// IsControllerRouter reports whether fn registers a controller under a path
// with a method spec (its third argument), and names the package whose
// base controller's methods do not count as the app's handlers.
func IsControllerRouter(fn *types.Func) (basePkg string, ok bool) {
	return controllerRouter.Pkg, controllerRouter.Matches(fn)
}

// MethodRouterMethod returns the HTTP method a method router registers
// (web.CtrlPost → "POST"), or "".
func MethodRouterMethod(fn *types.Func) string {
	if !methodRouters.Matches(fn) {
		return ""
	}
	return strings.ToUpper(strings.TrimPrefix(fn.Name(), "Ctrl"))
}

// IsHTTPClient reports whether t is an HTTP client type.
func IsHTTPClient(t types.Type) bool {
	for _, c := range httpClients {
		if typematch.IsNamed(t, c.Pkg, c.Name) {
			return true
		}
	}
	return false
}

// IsRequestMethod reports whether e is a request's method field
// (r.Method of a *http.Request).
func IsRequestMethod(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Method" && typematch.IsNamed(typematch.TypeOf(info, sel.X), PathHTTP, "Request")
}

// IsHandlerSignature reports whether fn has net/http's handler signature,
// func(http.ResponseWriter, *http.Request).
func IsHandlerSignature(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	return typematch.IsNamed(sig.Params().At(0).Type(), PathHTTP, "ResponseWriter") &&
		typematch.IsNamed(sig.Params().At(1).Type(), PathHTTP, "Request")
}

// ReadsRequestBody reports whether e reads a net/http request's body: r.Body,
// or a call of r.ParseMultipartForm, r.PostFormValue, r.FormFile or
// r.MultipartReader. r.FormValue and r.ParseForm, which read the URL's
// query as well, say nothing about the method.
func ReadsRequestBody(info *types.Info, e ast.Expr) bool {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		e = call.Fun
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok || !typematch.IsNamed(typematch.TypeOf(info, sel.X), PathHTTP, "Request") {
			return false
		}
		switch sel.Sel.Name {
		case "ParseMultipartForm", "PostFormValue", "FormFile", "MultipartReader":
			return true
		}
		return false
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Body" && typematch.IsNamed(typematch.TypeOf(info, sel.X), PathHTTP, "Request")
}

// IsConfigLoader reports whether an import path is a library that loads
// configuration files into structs (viper, koanf, YAML decoders), whose
// files then hold the values that ship.
func IsConfigLoader(path string) bool {
	return path == "github.com/spf13/viper" || strings.HasPrefix(path, "gopkg.in/yaml.") || path == "sigs.k8s.io/yaml" ||
		strings.HasPrefix(path, "github.com/knadh/koanf") || path == "github.com/goccy/go-yaml"
}
