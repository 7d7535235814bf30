// Package jwt is a test stub of github.com/lestrrat-go/jwx/v2/jwt (v2.1.6)
// for sessionlint's analyzer tests.
package jwt

import "github.com/lestrrat-go/jwx/v2/jwa"

// Token is a JWT.
type Token interface {
	Set(name string, value interface{}) error
}

// SignEncryptParseOption configures Sign, Encrypt and Parse.
type SignEncryptParseOption interface{ option() }

// SignOption configures Sign.
type SignOption interface{ option() }

// New returns an empty token.
func New() Token { return nil }

// WithKey signs or verifies with key using alg.
func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...interface{}) SignEncryptParseOption {
	return nil
}

// Sign serialises and signs the token.
func Sign(t Token, options ...SignOption) ([]byte, error) { return nil, nil }
