// Package hardcodedsecret defines an Analyzer that reports session and
// cookie keys written in the source.
//
// # Analyzer hardcodedsecret
//
// hardcodedsecret: session, cookie, CSRF or JWT key is a literal in the source
//
// Anyone who can read the code (a leaked repository, a former employee, a
// public image) can forge a session, CSRF token or JWT signed with a key
// that is written in it. The analyzer reports the literal used as:
// gorilla/sessions NewCookieStore and NewFilesystemStore keys, any
// gorilla-style store's keyPairs (boj/redistore, gin-contrib cookie, redis
// and other stores), gorilla/securecookie New and CodecsFromPairs keys,
// gorilla/csrf Protect's auth key, golang-jwt (v4, v5) and dgrijalva/jwt-go
// SignedString and Sign keys and Keyfunc results, echo-jwt, appleboy/gin-jwt
// and gofiber contrib/jwt signing keys, fiber encryptcookie keys, and beego
// XSRFKey. Beego's XSRF enabled with no XSRFKey in code or conf/app.conf
// is reported too: it then signs with the built-in key "beegoxsrf".
//
// Values are followed through variables, constants, package-level vars,
// struct fields (with `default:"..."` tags), helper functions of the same
// package and, through facts, of other packages; conversions, hex and
// base64 decoding and digests of a literal are still literals. A literal
// fallback counts: cmp.Or(os.Getenv("K"), "dev"), if k == "" { k = "dev" },
// getenv("K", "dev") helpers and flag defaults (flag.String("secret",
// "changeme", ...)).
//
// It stays silent for keys from the environment, files, flags without a
// literal default, secret managers and securecookie.GenerateRandomKey, for
// empty strings, for literals in development-only branches, and in test
// files.
package hardcodedsecret
