// Package uuid is a test stub of github.com/google/uuid@v1.6.0 for sessionlint's analyzer tests.
//
// Randomness: New/NewString/NewRandom (v4) and NewV7 use crypto/rand
// (122 resp. 74 random bits); NewUUID (v1) and NewV6 are time+node based and
// predictable; NewMD5/NewSHA1 are deterministic.
package uuid

import (
	"hash"
	"io"
)

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier as defined in RFC 4122.
type UUID [16]byte

// A Version represents a UUID's version.
type Version byte

// UUIDs is a slice of UUID types.
type UUIDs []UUID

// Nil is an empty UUID, all zeros.
var Nil UUID

// Domain represents a Version 2 domain
type Domain byte

// Parse decodes s into a UUID or returns an error.
func Parse(s string) (UUID, error) { return Nil, nil }

// ParseBytes is like Parse, except it parses a byte slice instead of a string.
func ParseBytes(b []byte) (UUID, error) { return Nil, nil }

// MustParse is like Parse but panics if the string cannot be parsed.
func MustParse(s string) UUID { return Nil }

// Must returns uuid if err is nil and panics otherwise.
func Must(uuid UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return uuid
}

// Validate returns an error if s is not a properly formatted UUID.
func Validate(s string) error { return nil }

func (uuid UUID) String() string               { return "00000000-0000-0000-0000-000000000000" }
func (uuid UUID) URN() string                  { return "urn:uuid:" + uuid.String() }
func (uuid UUID) Version() Version             { return Version(uuid[6] >> 4) }
func (uuid UUID) MarshalText() ([]byte, error) { return []byte(uuid.String()), nil }
func (uuid *UUID) UnmarshalText(data []byte) error {
	return nil
}

// SetRand sets the random number generator to r.
func SetRand(r io.Reader) {}

// EnableRandPool enables internal randomness pool.
func EnableRandPool() {}

// DisableRandPool disables the randomness pool.
func DisableRandPool() {}

// NewUUID returns a Version 1 UUID (time + node ID; NOT random).
func NewUUID() (UUID, error) { return Nil, nil }

// New creates a new random (v4) UUID or panics.
func New() UUID { return Must(NewRandom()) }

// NewString creates a new random (v4) UUID and returns it as a string or panics.
func NewString() string { return Must(NewRandom()).String() }

// NewRandom returns a Random (Version 4) UUID (crypto/rand by default).
func NewRandom() (UUID, error) { return Nil, nil }

// NewRandomFromReader returns a UUID based on bytes read from a given io.Reader.
func NewRandomFromReader(r io.Reader) (UUID, error) { return Nil, nil }

// NewV6 returns a Version 6 UUID (time based; NOT random).
func NewV6() (UUID, error) { return Nil, nil }

// NewV7 returns a Version 7 UUID (unix ms timestamp + random bits).
func NewV7() (UUID, error) { return Nil, nil }

// NewV7FromReader returns a Version 7 UUID using r for the random part.
func NewV7FromReader(r io.Reader) (UUID, error) { return Nil, nil }

// NewHash returns a new UUID derived from the hash of space concatenated with data.
func NewHash(h hash.Hash, space UUID, data []byte, version int) UUID { return Nil }

// NewMD5 returns a new MD5 (Version 3) UUID (deterministic).
func NewMD5(space UUID, data []byte) UUID { return Nil }

// NewSHA1 returns a new SHA1 (Version 5) UUID (deterministic).
func NewSHA1(space UUID, data []byte) UUID { return Nil }

// NewDCESecurity returns a DCE Security (Version 2) UUID.
func NewDCESecurity(domain Domain, id uint32) (UUID, error) { return Nil, nil }
func NewDCEPerson() (UUID, error)                           { return Nil, nil }
func NewDCEGroup() (UUID, error)                            { return Nil, nil }
