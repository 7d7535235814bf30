// Package scrypt is a test stub of golang.org/x/crypto@v0.58.0 (scrypt) for sessionlint's analyzer tests.
package scrypt

// Key derives a key from the password, salt, and cost parameters. The
// recommended parameters for interactive logins as of 2017 are N=32768, r=8
// and p=1. N must be a power of two > 1.
func Key(password, salt []byte, N, r, p, keyLen int) ([]byte, error) {
	return make([]byte, keyLen), nil
}
