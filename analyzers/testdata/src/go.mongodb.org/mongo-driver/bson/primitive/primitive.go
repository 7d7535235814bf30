// Package primitive is a test stub of go.mongodb.org/mongo-driver@v1.17.10 (bson/primitive) for sessionlint's analyzer tests.
package primitive

// D is an ordered representation of a BSON document.
type D []E

// E represents a BSON element for a D.
type E struct {
	Key   string
	Value interface{}
}

// M is an unordered representation of a BSON document.
type M map[string]interface{}

// A is an ordered representation of a BSON array.
type A []interface{}

// ObjectID is the BSON ObjectID type.
type ObjectID [12]byte

// NilObjectID is the zero value for ObjectID.
var NilObjectID ObjectID

func NewObjectID() ObjectID                      { return NilObjectID }
func ObjectIDFromHex(s string) (ObjectID, error) { return NilObjectID, nil }
func (id ObjectID) Hex() string                  { return "" }
