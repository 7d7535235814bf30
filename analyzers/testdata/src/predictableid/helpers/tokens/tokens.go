package tokens

import (
	"math/rand"
	"strconv"
)

// Random returns a random-looking string.
func Random() string { // want Random:`predictable\(math/rand\)`
	return strconv.Itoa(rand.Int())
}
