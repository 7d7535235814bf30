// Package jwa is a test stub of github.com/lestrrat-go/jwx/v2/jwa (v2.1.6)
// for sessionlint's analyzer tests.
package jwa

// SignatureAlgorithm names a JWS algorithm.
type SignatureAlgorithm string

// HS256 is HMAC with SHA-256.
const HS256 SignatureAlgorithm = "HS256"

// KeyAlgorithm is any key algorithm.
type KeyAlgorithm interface{ String() string }

// String returns the algorithm's name.
func (s SignatureAlgorithm) String() string { return string(s) }
