// Package securecookie is a test stub of github.com/gorilla/securecookie@v1.1.2 for sessionlint's analyzer tests.
package securecookie

import (
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"hash"
	"io"
)

// Error is the interface of all errors returned by functions in this library.
type Error interface {
	error
	IsUsage() bool
	IsDecode() bool
	IsInternal() bool
	Cause() error
}

type cookieError struct{ msg string }

func (e cookieError) Error() string    { return e.msg }
func (e cookieError) IsUsage() bool    { return false }
func (e cookieError) IsDecode() bool   { return true }
func (e cookieError) IsInternal() bool { return false }
func (e cookieError) Cause() error     { return nil }

// ErrMacInvalid indicates that cookie decoding failed because the HMAC
// could not be extracted and verified.
var ErrMacInvalid = cookieError{msg: "the value is not valid"}

// Codec defines an interface to encode and decode cookie values.
type Codec interface {
	Encode(name string, value interface{}) (string, error)
	Decode(name, value string, dst interface{}) error
}

// New returns a new SecureCookie. hashKey is required (HMAC); blockKey is
// optional (AES encryption when non-nil).
func New(hashKey, blockKey []byte) *SecureCookie {
	// real defaults since v1.1.0 (securecookie.go:135): hashFunc sha256.New,
	// maxAge 86400*30, maxLength 4096, GobEncoder; AES only if blockKey != nil.
	return &SecureCookie{
		hashKey:   hashKey,
		blockKey:  blockKey,
		hashFunc:  sha256.New,
		maxAge:    86400 * 30,
		maxLength: 4096,
		sz:        GobEncoder{},
	}
}

// SecureCookie encodes and decodes authenticated and optionally encrypted
// cookie values.
type SecureCookie struct {
	hashKey   []byte
	hashFunc  func() hash.Hash
	blockKey  []byte
	block     cipher.Block
	maxLength int
	maxAge    int64
	minAge    int64
	err       error
	sz        Serializer
}

// Serializer provides an interface for providing custom serializers.
type Serializer interface {
	Serialize(src interface{}) ([]byte, error)
	Deserialize(src []byte, dst interface{}) error
}

// GobEncoder encodes cookie values using encoding/gob.
type GobEncoder struct{}

// JSONEncoder encodes cookie values using encoding/json.
type JSONEncoder struct{}

// NopEncoder does not encode cookie values.
type NopEncoder struct{}

func (e GobEncoder) Serialize(src interface{}) ([]byte, error)      { return nil, nil }
func (e GobEncoder) Deserialize(src []byte, dst interface{}) error  { return nil }
func (e JSONEncoder) Serialize(src interface{}) ([]byte, error)     { return nil, nil }
func (e JSONEncoder) Deserialize(src []byte, dst interface{}) error { return nil }
func (e NopEncoder) Serialize(src interface{}) ([]byte, error)      { return nil, nil }
func (e NopEncoder) Deserialize(src []byte, dst interface{}) error  { return nil }

func (s *SecureCookie) MaxLength(value int) *SecureCookie { s.maxLength = value; return s }
func (s *SecureCookie) MaxAge(value int) *SecureCookie    { s.maxAge = int64(value); return s }
func (s *SecureCookie) MinAge(value int) *SecureCookie    { s.minAge = int64(value); return s }
func (s *SecureCookie) HashFunc(f func() hash.Hash) *SecureCookie {
	s.hashFunc = f
	return s
}
func (s *SecureCookie) BlockFunc(f func([]byte) (cipher.Block, error)) *SecureCookie {
	return s
}
func (s *SecureCookie) SetSerializer(sz Serializer) *SecureCookie { s.sz = sz; return s }
func (s *SecureCookie) Encode(name string, value interface{}) (string, error) {
	return "", nil
}
func (s *SecureCookie) Decode(name, value string, dst interface{}) error { return nil }

// GenerateRandomKey creates a random key with the given length in bytes
// (crypto/rand). Returns nil on failure.
func GenerateRandomKey(length int) []byte {
	k := make([]byte, length)
	if _, err := io.ReadFull(rand.Reader, k); err != nil {
		return nil
	}
	return k
}

// CodecsFromPairs returns a slice of SecureCookie instances: pairs of
// (hashKey, blockKey).
func CodecsFromPairs(keyPairs ...[]byte) []Codec {
	codecs := make([]Codec, len(keyPairs)/2+len(keyPairs)%2)
	for i := 0; i < len(keyPairs); i += 2 {
		var blockKey []byte
		if i+1 < len(keyPairs) {
			blockKey = keyPairs[i+1]
		}
		codecs[i/2] = New(keyPairs[i], blockKey)
	}
	return codecs
}

func EncodeMulti(name string, value interface{}, codecs ...Codec) (string, error) {
	return "", nil
}

func DecodeMulti(name string, value string, dst interface{}, codecs ...Codec) error {
	return nil
}

// MultiError groups multiple errors.
type MultiError []error

func (m MultiError) IsUsage() bool    { return false }
func (m MultiError) IsDecode() bool   { return false }
func (m MultiError) IsInternal() bool { return false }
func (m MultiError) Cause() error     { return nil }
func (m MultiError) Error() string    { return "" }
