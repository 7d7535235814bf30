package tokens

import (
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
