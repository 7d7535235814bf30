package golib

import (
	"go/types"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Where signing and encryption keys go, and where a configured value can
// carry a literal default.

// A SecretKind names what a key protects, for messages.
type SecretKind string

const (
	KeySessionStore SecretKind = "session store key"
	KeySecureCookie SecretKind = "securecookie key"
	KeyCSRF         SecretKind = "CSRF key"
	KeyJWT          SecretKind = "JWT signing key"
	KeyCookieEnc    SecretKind = "cookie encryption key"
	KeyCookieSign   SecretKind = "cookie signing key"
	KeyTokenHMAC    SecretKind = "token HMAC secret"
)

// Consequence says what a leaked key of this kind lets an attacker do.
func (k SecretKind) Consequence() string {
	return map[SecretKind]string{
		KeySessionStore: "anyone with the code can forge sessions",
		KeySecureCookie: "anyone with the code can forge or decrypt its cookies",
		KeyCSRF:         "anyone with the code can forge CSRF tokens",
		KeyJWT:          "anyone with the code can mint valid tokens",
		KeyCookieEnc:    "anyone with the code can read and forge the cookies",
		KeyCookieSign:   "anyone with the code can forge the cookie",
		KeyTokenHMAC:    "anyone with the code can mint access and refresh tokens",
	}[k]
}

// A KeyFunc is a library function whose arguments are keys: the argument
// indexes, -1 for every variadic argument.
type KeyFunc struct {
	Func Func
	Args []int
	Kind SecretKind
}

var keyFuncs = []KeyFunc{
	{Func{Pkg: PathGorilla, Names: []string{"NewCookieStore", "NewFilesystemStore"}}, []int{-1}, KeySessionStore},
	{Func{Pkg: PathSecureCookie, Names: []string{"New"}}, []int{0, 1}, KeySecureCookie},
	{Func{Pkg: PathSecureCookie, Names: []string{"CodecsFromPairs"}}, []int{-1}, KeySecureCookie},
	{Func{Pkg: PathGorillaCSRF, Names: []string{"Protect"}}, []int{0}, KeyCSRF},
	{Func{Pkg: PathBeegoWeb, Recv: "Controller", Names: []string{"SetSecureCookie", "GetSecureCookie"}}, []int{0}, KeyCookieSign},
	{Func{Pkg: PathBeegoContext, Recv: "Context", Names: []string{"SetSecureCookie", "GetSecureCookie"}}, []int{0}, KeyCookieSign},
	{Func{Pkg: typematch.Below(PathGinSessions), Names: []string{"NewStore", "NewStoreWithDB", "NewStoreWithPool"}}, []int{-1}, KeySessionStore},
	// lestrrat-go/jwx: jwt.Sign(t, jwt.WithKey(jwa.HS256, key)), and raw
	// key material turned into a JWK.
	{Func{Pkg: pathJWX + "/jwt|" + pathJWX + "/jws|" + pathJWX3 + "/jwt|" + pathJWX3 + "/jws", Names: []string{"WithKey"}}, []int{1}, KeyJWT},
	{Func{Pkg: pathJWX + "/jwk|" + pathJWX3 + "/jwk", Names: []string{"FromRaw", "Import"}}, []int{0}, KeyJWT},
}

const (
	pathJWX  = "github.com/lestrrat-go/jwx/v2"
	pathJWX3 = "github.com/lestrrat-go/jwx/v3"
)

// KeyFuncOf returns the key-taking function fn is, or nil.
func KeyFuncOf(fn *types.Func) *KeyFunc {
	return find(keyFuncs, func(r *KeyFunc) bool { return r.Func.Matches(fn) })
}

// KeyPairsParam is the name of the variadic parameter through which other
// gorilla-style stores (boj/redistore, pgstore, mysqlstore...) take their
// cookie keys.
const KeyPairsParam = "keyPairs"

// keyFields lists struct fields (by declaring package) that hold keys.
var keyFields = []struct {
	pkg, field string
	kind       SecretKind
}{
	{"github.com/labstack/echo-jwt/...", "SigningKey", KeyJWT},
	{PathEchoMiddle, "SigningKey", KeyJWT},
	{typematch.Below(PathGinJWT), "Key", KeyJWT},
	{"github.com/gofiber/contrib/jwt", "Key", KeyJWT},
	{"github.com/gofiber/fiber/v2/middleware/encryptcookie", "Key", KeyCookieEnc},
	{"github.com/gofiber/fiber/v3/middleware/encryptcookie", "Key", KeyCookieEnc},
	{PathBeegoWeb, "XSRFKey", KeyCSRF},
	// ory/fosite: the HMAC secret of the OAuth 2 access, refresh and
	// authorization-code tokens it issues.
	{pathFosite, "GlobalSecret", KeyTokenHMAC},
	{pathFosite, "RotatedGlobalSecrets", KeyTokenHMAC},
}

const pathFosite = "github.com/ory/fosite"

// KeyFieldKind reports whether struct field f holds a key, and of what.
func KeyFieldKind(f *types.Var) (SecretKind, bool) {
	if f.Pkg() == nil {
		return "", false
	}
	for _, k := range keyFields {
		if f.Name() == k.field && typematch.PathMatches(f.Pkg().Path(), k.pkg) {
			return k.kind, true
		}
	}
	return "", false
}

// jwtPaths are the JWT libraries whose signing and key functions are read.
var jwtPaths = []string{"github.com/golang-jwt/jwt/...", "github.com/dgrijalva/jwt-go/..."}

// IsJWTFunc reports whether fn belongs to a JWT library.
func IsJWTFunc(fn *types.Func) bool {
	for _, p := range jwtPaths {
		if typematch.PathMatches(typematch.FuncPkgPath(fn), p) {
			return true
		}
	}
	return false
}

// IsJWTType reports whether t is the JWT libraries' type name (Keyfunc).
func IsJWTType(t types.Type, name string) bool {
	for _, p := range jwtPaths {
		if typematch.IsNamed(t, p, name) {
			return true
		}
	}
	return false
}

// JWTKeyArg returns the index of the signing key among the arguments of a
// JWT library's signing method with n arguments (token.SignedString(key),
// method.Sign(s, key)), or -1.
func JWTKeyArg(fn *types.Func, n int) int {
	switch {
	case fn.Name() == "SignedString" && n == 1:
		return 0
	case fn.Name() == "Sign" && n == 2:
		return 1
	}
	return -1
}

// SecretLibPaths lists the packages whose key arguments and fields the
// hard-coded-secret rule reads, for a cheap early exit.
var SecretLibPaths = []string{PathGorilla, PathSecureCookie, PathGorillaCSRF,
	typematch.Below(PathGinSessions), PathBeegoWeb, "github.com/labstack/echo-jwt/...",
	PathEchoMiddle, typematch.Below(PathGinJWT), "github.com/gofiber/contrib/jwt",
	"github.com/gofiber/fiber/v2/middleware/encryptcookie", "github.com/gofiber/fiber/v3/middleware/encryptcookie",
	"github.com/golang-jwt/jwt/...", "github.com/dgrijalva/jwt-go/...", pathJWX + "/...", pathJWX3 + "/...",
	pathFosite}

// FlagDefault describes a command-line flag definition of a string or key
// flag: the index of its default value, and whether it stores into a
// variable passed first (flag.StringVar) rather than returning a pointer.
// ok is false for any other function.
func FlagDefault(fn *types.Func) (valueArg int, intoVar, ok bool) {
	if fn == nil {
		return 0, false, false
	}
	if p := typematch.FuncPkgPath(fn); p != "flag" && p != "github.com/spf13/pflag" {
		return 0, false, false
	}
	name := fn.Name()
	short := strings.HasSuffix(name, "P") // pflag: a shorthand follows the name
	base := strings.TrimSuffix(name, "P")
	intoVar = strings.HasSuffix(base, "Var")
	switch strings.TrimSuffix(base, "Var") {
	case "String", "BytesHex", "BytesBase64":
	default:
		return 0, false, false
	}
	valueArg = 1 // flag.String(name, value, usage)
	if intoVar {
		valueArg++ // flag.StringVar(&v, name, value, usage)
	}
	if short {
		valueArg++ // pflag.StringP(name, shorthand, value, usage)
	}
	return valueArg, intoVar, true
}

// derivePkgs are packages whose functions turn a literal into another
// literal: conversions, decodings and digests of a constant passphrase.
var derivePkgs = map[string]bool{
	"strings": true, "bytes": true, "fmt": true, "encoding/hex": true, "encoding/base64": true,
	"encoding/base32": true, "crypto/sha256": true, "crypto/sha512": true, "crypto/sha1": true,
	"crypto/md5": true, "golang.org/x/crypto/pbkdf2": true, "crypto/pbkdf2": true,
}

// DerivesFromLiteral reports whether fn turns literal arguments into a
// value just as fixed (a conversion, a decoding, a digest).
func DerivesFromLiteral(fn *types.Func) bool { return derivePkgs[typematch.FuncPkgPath(fn)] }

// CSRFKeyDefault describes a framework CSRF defence that falls back to a
// built-in key when the app sets none (beego's XSRF).
var CSRFKeyDefault = struct {
	Pkg, OnField, KeyField, ConfKey, BuiltIn string
}{Pkg: PathBeegoWeb, OnField: "EnableXSRF", KeyField: "XSRFKey", ConfKey: "xsrfkey", BuiltIn: "beegoxsrf"}

// configDefaults are the methods of configuration readers that take a
// default (beego's AppConfig.DefaultString(key, "default")): unless the
// deployment sets the key, the default is what runs.
var configDefaults = []string{"DefaultString", "DefaultStrings", "DefaultInt", "DefaultInt64", "DefaultBool", "DefaultFloat"}

// ConfigDefaultArg returns the index of the default of a configuration
// read with a default, or -1.
func ConfigDefaultArg(fn *types.Func) int {
	if fn == nil || !slices.Contains(configDefaults, fn.Name()) || !typematch.PathMatches(typematch.FuncPkgPath(fn), PathBeegoConfig) {
		return -1
	}
	return 1
}
