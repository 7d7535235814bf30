// Package pbkdf2 is a test stub of golang.org/x/crypto@v0.58.0 (pbkdf2) for sessionlint's analyzer tests.
//
// In v0.58.0 this package is a thin wrapper around the standard library
// crypto/pbkdf2 (Go 1.24+), whose signature differs:
// crypto/pbkdf2.Key[Hash hash.Hash](h func() Hash, password string, salt []byte, iter, keyLength int) ([]byte, error).
package pbkdf2

import "hash"

// Key derives a key from the password, salt and iteration count, returning
// a []byte of length keylen that can be used as cryptographic key.
func Key(password, salt []byte, iter, keyLen int, h func() hash.Hash) []byte {
	return make([]byte, keyLen)
}
