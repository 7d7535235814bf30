// Package jwk is a test stub of github.com/lestrrat-go/jwx/v2/jwk (v2.1.6)
// for sessionlint's analyzer tests.
package jwk

// Key is a JSON Web Key.
type Key interface{ KeyType() string }

// FromRaw makes a key from raw key material ([]byte for a symmetric key).
func FromRaw(raw interface{}) (Key, error) { return nil, nil }
