package golib

import (
	"go/types"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// How URLs are handed out and read: redirects, Location headers, query
// parameters, session IDs, and the session options that take the ID from
// the URL.

type urlArg struct {
	f       Func
	args    int  // the number of arguments
	atLeast bool // args is a minimum
	url     int  // the URL's index
}

var redirects = []urlArg{
	{Func{Pkg: PathHTTP, Names: []string{"Redirect"}}, 3, true, 2},
	{Func{Pkg: PathGin, Recv: "Context", Names: []string{"Redirect"}}, 2, false, 1},
	{Func{Pkg: PathEcho, Recv: "Context", Names: []string{"Redirect"}}, 2, false, 1},
	{Func{Pkg: PathFiber2, Recv: "Ctx", Names: []string{"Redirect"}}, 1, true, 0},
	{Func{Pkg: PathFiber3, Recv: "Redirect", Names: []string{"To"}}, 1, false, 0},
	{Func{Pkg: PathBeegoWeb, Recv: "Controller", Names: []string{"Redirect"}}, 1, true, 0},
}

// RedirectURLArg returns the index of the target URL of a redirect call
// with n arguments, or -1.
func RedirectURLArg(fn *types.Func, n int) int {
	for _, r := range redirects {
		if r.f.Matches(fn) && (n == r.args || r.atLeast && n > r.args) {
			return r.url
		}
	}
	return -1
}

// headerSetters set a response header from (key, value).
var headerSetters = []Func{
	{Pkg: PathHTTP, Recv: "Header", Names: []string{"Set", "Add"}},
	{Pkg: PathFiber2, Recv: "Ctx", Names: []string{"Set"}},
	{Pkg: PathEcho, Recv: "Response", Names: []string{"Header"}},
}

// IsHeaderSetter reports whether fn(key, value) sets a response header.
func IsHeaderSetter(fn *types.Func) bool { return anyMatches(fn, headerSetters) }

// queryReaders return a request's query parameter.
var queryReaders = []Func{
	{Pkg: PathGin, Recv: "Context", Names: []string{"Query", "DefaultQuery"}},
	{Pkg: PathEcho, Recv: "Context", Names: []string{"QueryParam"}},
	{Pkg: PathFiber2, Recv: "Ctx", Names: []string{"Query"}},
	{Pkg: PathBeegoContext, Recv: "BeegoInput", Names: []string{"Query"}},
}

// IsQueryReader reports whether fn returns a request's query parameter.
func IsQueryReader(fn *types.Func) bool { return anyMatches(fn, queryReaders) }

// sessionIDGetters return the current session's ID or token.
var sessionIDGetters = []Func{
	{Pkg: PathSCS, Recv: "SessionManager", Names: []string{"Token"}},
	{Pkg: PathGinSessions, Recv: "Session", Names: []string{"ID"}},
	{Pkg: PathFiber2Session, Recv: "Session", Names: []string{"ID"}},
	{Pkg: PathGofiberSession, Recv: "Store", Names: []string{"ID"}},
	{Pkg: PathFiber3Session, Recv: "Session", Names: []string{"ID"}},
	{Pkg: PathFiber3Session, Recv: "Middleware", Names: []string{"ID"}},
	{Pkg: PathBeegoSession, Recv: "Store", Names: []string{"SessionID"}},
}

// IsSessionIDGetter reports whether fn returns the session ID.
func IsSessionIDGetter(fn *types.Func) bool { return anyMatches(fn, sessionIDGetters) }

// IsSessionIDField reports whether field of a value of type t is its
// session ID (gorilla's Session.ID).
func IsSessionIDField(t types.Type, field string) bool {
	return field == "ID" && typematch.IsNamed(t, PathGorilla, "Session")
}

// SessionLoad is a call that loads a session from a token argument (scs's
// sm.Load(ctx, token)); the token should come from the cookie.
var sessionLoad = struct {
	f         Func
	args, tok int
}{Func{Pkg: PathSCS, Recv: "SessionManager", Names: []string{"Load"}}, 2, 1}

// SessionLoadTokenArg returns the index of the token of a session load call
// with n arguments, or -1.
func SessionLoadTokenArg(fn *types.Func, n int) int {
	if sessionLoad.f.Matches(fn) && n == sessionLoad.args {
		return sessionLoad.tok
	}
	return -1
}

// Session options that move the session ID into the URL.

// A TokenLookup is a string option saying where a session ID or an auth
// token is read from, as "source:name" pairs separated by commas
// ("header:Authorization, query:token, cookie:jwt"); a query or path source
// takes it from the URL.
type TokenLookup struct {
	Pkg, Field string
	What       string // "session ID" or "auth token", for messages
	Lib        string
	Fix        string
}

var tokenLookups = []TokenLookup{
	{Pkg: PathFiber2Session, Field: "KeyLookup", What: "ID", Lib: "fiber session", Fix: `use "cookie:session_id" (the default)`},
	{Pkg: PathGofiberSession, Field: "Lookup", What: "ID", Lib: "gofiber/session", Fix: `use "cookie:session_id" (the default)`},
	{Pkg: PathGinJWT, Field: "TokenLookup", What: "auth token", Lib: "gin-jwt", Fix: `read it from "header: Authorization" or "cookie: jwt"`},
	{Pkg: "github.com/labstack/echo-jwt/v4", Field: "TokenLookup", What: "auth token", Lib: "echo-jwt", Fix: `read it from "header:Authorization" or a cookie`},
	{Pkg: PathEchoMiddle, Field: "TokenLookup", What: "auth token", Lib: "echo JWT middleware", Fix: `read it from "header:Authorization" or a cookie`},
	{Pkg: PathEchoMiddle, Field: "KeyLookup", What: "API key", Lib: "echo key-auth middleware", Fix: `read it from "header:Authorization"`},
	{Pkg: "github.com/gofiber/contrib/jwt", Field: "TokenLookup", What: "auth token", Lib: "fiber JWT middleware", Fix: `read it from "header:Authorization" or a cookie`},
	{Pkg: typematch.Below(PathFiber2) + "|" + typematch.Below(PathFiber3), Field: "KeyLookup", What: "API key", Lib: "fiber key-auth middleware", Fix: `read it from "header:Authorization"`},
}

// TokenLookupOf returns the lookup option struct field f is, or nil.
func TokenLookupOf(f *types.Var) *TokenLookup {
	if f.Pkg() == nil {
		return nil
	}
	return find(tokenLookups, func(t *TokenLookup) bool {
		return t.Field == f.Name() && typematch.PathMatches(f.Pkg().Path(), t.Pkg)
	})
}

// URLSources returns the sources of a lookup value that read from the URL
// ("query:token", "param:id"), or nil.
func URLSources(lookup string) []string {
	var out []string
	for part := range strings.SplitSeq(lookup, ",") {
		source, _, _ := strings.Cut(strings.TrimSpace(part), ":")
		switch strings.ToLower(strings.TrimSpace(source)) {
		case "query", "param":
			out = append(out, strings.TrimSpace(part))
		}
	}
	return out
}

// IDInQueryFlag reports whether struct field f is a flag that accepts the
// session ID from the URL query (beego's EnableSidInURLQuery).
func IDInQueryFlag(f *types.Var) bool {
	if f.Pkg() == nil {
		return false
	}
	return f.Name() == "SessionEnableSidInURLQuery" && typematch.PathMatches(f.Pkg().Path(), PathBeegoWeb) ||
		f.Name() == "EnableSidInURLQuery" && typematch.PathMatches(f.Pkg().Path(), PathBeegoSession)
}

// IDInQueryOption is the functional option form of that flag.
var idInQueryOption = Func{Pkg: PathBeegoSession, Names: []string{"CfgEnableSidInURLQuery"}}

// IsIDInQueryOption reports whether fn(true) accepts the session ID from
// the URL query.
func IsIDInQueryOption(fn *types.Func) bool { return idInQueryOption.Matches(fn) }

// idExtractors read the session ID from the URL for a session config's
// Extractor field (fiber v3 extractors.FromQuery, FromParam); Chain
// combines extractors.
var (
	idURLExtractors = Func{Pkg: PathFiber3 + "/extractors", Names: []string{"FromQuery", "FromParam"}}
	idChain         = Func{Pkg: PathFiber3 + "/extractors", Names: []string{"Chain"}}
	extractorField  = "Extractor"
)

// IsURLExtractor reports whether fn builds an extractor that reads the
// session ID from the URL query or path.
func IsURLExtractor(fn *types.Func) bool { return idURLExtractors.Matches(fn) }

// IsExtractorChain reports whether fn combines extractors.
func IsExtractorChain(fn *types.Func) bool { return idChain.Matches(fn) }

// IsExtractorField reports whether f is a session config's Extractor.
func IsExtractorField(f *types.Var) bool {
	return f != nil && f.Name() == extractorField && f.Pkg() != nil && typematch.PathMatches(f.Pkg().Path(), PathFiber3Session)
}

// ExtractorFieldName is the name of the Extractor field, for finding uses.
const ExtractorFieldName = "Extractor"

// URLLibPaths lists the packages whose URLs and sessions the session-in-URL
// rule reads, for a cheap early exit.
var URLLibPaths = append([]string{"net/http", "net/url", PathFiber2Session, PathFiber3Session,
	PathFiber2, PathFiber3, PathGin, PathEcho, PathEchoMiddle, PathGinJWT, "github.com/labstack/echo-jwt/v4",
	"github.com/gofiber/contrib/jwt", "golang.org/x/oauth2"}, SessionLibPaths...)

// oauthStateURLs build a provider's authorization URL around the OAuth
// state given as their first argument; the provider echoes it back in the
// callback URL.
var oauthStateURLs = []Func{
	{Pkg: "golang.org/x/oauth2", Recv: "Config", Names: []string{"AuthCodeURL"}},
}

// pkceOptions add a PKCE challenge to an authorization URL.
var pkceOptions = []Func{{Pkg: "golang.org/x/oauth2", Names: []string{"S256ChallengeOption"}}}

// IsPKCEOption reports whether fn makes an authorization URL option that
// carries a PKCE challenge.
func IsPKCEOption(fn *types.Func) bool { return fn != nil && anyMatches(fn, pkceOptions) }

// IsOAuthStateURL reports whether fn puts its first argument, the state,
// into an authorization URL: the library's method, or an app's interface
// method that stands for it.
func IsOAuthStateURL(fn *types.Func) bool {
	return anyMatches(fn, oauthStateURLs) || mirrorsAny(fn, oauthStateURLs)
}
