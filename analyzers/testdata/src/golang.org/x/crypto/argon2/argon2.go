// Package argon2 is a test stub of golang.org/x/crypto@v0.58.0 (argon2) for sessionlint's analyzer tests.
package argon2

// The Argon2 version implemented by this package.
const Version = 0x13

// Key derives a key from the password, salt, and cost parameters using
// Argon2i. RFC 9106 recommends time=3, memory=32*1024 (KiB).
func Key(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return make([]byte, keyLen)
}

// IDKey derives a key using Argon2id. Recommended: time=1,
// memory=64*1024 (KiB), threads=4, keyLen=32.
func IDKey(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return make([]byte, keyLen)
}
