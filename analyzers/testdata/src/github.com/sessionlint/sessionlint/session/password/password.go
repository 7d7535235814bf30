// Package password is a stub of github.com/sessionlint/sessionlint/session/password:
// argon2id password hashing in the PHC string format.
package password

import "golang.org/x/crypto/argon2"

// Params are the argon2id cost parameters.
type Params struct {
	Memory  uint32
	Time    uint32
	Threads uint8
	SaltLen uint32
	KeyLen  uint32
}

// DefaultParams follow RFC 9106.
var DefaultParams = Params{Memory: 64 * 1024, Time: 3, Threads: 4, SaltLen: 16, KeyLen: 32}

// Hash returns the PHC-encoded argon2id hash of password.
func Hash(password string) (string, error) { return DefaultParams.Hash(password) }

// Hash returns the PHC-encoded argon2id hash of password with p.
func (p Params) Hash(password string) (string, error) {
	_ = argon2.IDKey([]byte(password), nil, p.Time, p.Memory, p.Threads, p.KeyLen)
	return "", nil
}

// Verify reports whether password matches encoded.
func Verify(password, encoded string) (bool, error) { return false, nil }

// NeedsRehash reports whether encoded was made with other parameters.
func NeedsRehash(encoded string) bool { return false }
