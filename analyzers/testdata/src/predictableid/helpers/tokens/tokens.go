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
