package session

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
)

const (
	// idBytes is the entropy of a session ID: 256 bits from crypto/rand, far
	// beyond what guessing or birthday collisions could reach.
	idBytes = 32
	// idLen is the length of an encoded ID (unpadded base64url).
	idLen = 43
)

var idEncoding = base64.RawURLEncoding.Strict()

// newID returns a fresh session ID for the cookie and the store key it maps
// to. crypto/rand.Read never fails on supported platforms (it crashes the
// program rather than return predictable bytes), so no error is returned.
func newID() (id, key string) {
	var b [idBytes]byte
	_, _ = rand.Read(b[:])
	return idEncoding.EncodeToString(b[:]), keyOf(b[:])
}

// parseID checks that s has the exact shape of an ID this package issues and
// returns its store key. Anything else — wrong length, characters outside
// the base64url alphabet, non-canonical trailing bits — is rejected before
// the store is asked, so oversized or crafted cookies cost no lookup.
func parseID(s string) (key string, ok bool) {
	if len(s) != idLen {
		return "", false
	}
	var b [idBytes]byte
	n, err := idEncoding.Decode(b[:], []byte(s))
	if err != nil || n != idBytes {
		return "", false
	}
	return keyOf(b[:]), true
}

// keyOf hashes the ID's bytes into the store key. IDs are uniformly random
// 256-bit values, so a plain SHA-256 is enough: there is nothing to
// brute-force, and the key cannot be turned back into a usable ID.
func keyOf(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

// logRef is a short, non-reversible reference to a session for log lines,
// so events can be correlated without ever logging the ID or its full key.
func logRef(key string) string {
	if len(key) < 12 {
		return key
	}
	return key[:12]
}
