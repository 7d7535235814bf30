package tokens

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"strconv"
)

// Random is named like a random string generator, which apps use for
// tokens: its weak source is reported here, once.
func Random() string { // want Random:`predictable\(math/rand\)`
	return strconv.Itoa(rand.Int()) // want `the random string Random makes comes from math/rand`
}

// NewSessionID is named like a generator, so the weakness is reported here
// and not again at every caller in other packages.
func NewSessionID() string { // want NewSessionID:`predictable\(math/rand\)`
	return strconv.FormatInt(rand.Int63(), 36) // want `session ID comes from math/rand`
}

// NewSHA256Hash is shaped like a random string generator (no parameters,
// a string): apps make keys with it, so its weak source is reported here.
func NewSHA256Hash() string { // want NewSHA256Hash:`predictable\(math/rand\)`
	b := make([]byte, 10)
	rand.Read(b) // want `the random string NewSHA256Hash makes comes from math/rand`
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Jitter returns a number, not a token.
func Jitter(max int) int { return rand.Intn(max) } // want Jitter:`predictable\(math/rand\)`

// Pick takes a list: a sampler, not a generator.
func Pick(xs []string) string { return xs[rand.Intn(len(xs))] }
