// Package bson is a test stub of go.mongodb.org/mongo-driver/v2@v2.10.0 (bson) for sessionlint's analyzer tests.
package bson

// D is an ordered representation of a BSON document.
type D []E

// E represents a BSON element for a D.
type E struct {
	Key   string
	Value any
}

// M is an unordered representation of a BSON document.
type M map[string]any

// A is an ordered representation of a BSON array.
type A []any

// Raw is a raw encoded BSON document.
type Raw []byte

// ObjectID is the BSON ObjectID type.
type ObjectID [12]byte

// NilObjectID is the zero value for ObjectID.
var NilObjectID ObjectID

func NewObjectID() ObjectID                      { return NilObjectID }
func ObjectIDFromHex(s string) (ObjectID, error) { return NilObjectID, nil }
func (id ObjectID) Hex() string                  { return "" }
func (id ObjectID) String() string               { return "" }
func Marshal(val any) ([]byte, error)            { return nil, nil }
func Unmarshal(data []byte, val any) error       { return nil }
