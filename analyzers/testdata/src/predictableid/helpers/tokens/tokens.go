package tokens

import (
	"math/rand"
	"strconv"
)

// Random returns a random-looking string.
func Random() string { // want Random:`predictable\(math/rand\)`
	return strconv.Itoa(rand.Int())
}

// NewSessionID is named like a generator, so the weakness is reported here
// and not again at every caller in other packages.
func NewSessionID() string { // want NewSessionID:`predictable\(math/rand\)`
	return strconv.FormatInt(rand.Int63(), 36) // want `session ID comes from math/rand`
}

type registry struct{ n int }

// Sessions is the package's registry, of an unexported type.
var Sessions = &registry{}

// GenId makes the ID of a new session in the registry.
func (r *registry) GenId() string { // want GenId:`predictable\(math/rand\)`
	return strconv.Itoa(rand.Int())
}

// Count is not a token.
func (r *registry) Count() int { return r.n }
