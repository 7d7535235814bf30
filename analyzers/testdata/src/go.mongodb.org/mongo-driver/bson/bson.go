// Package bson is a test stub of go.mongodb.org/mongo-driver@v1.17.10 (bson) for sessionlint's analyzer tests.
package bson

import "go.mongodb.org/mongo-driver/bson/primitive"

// D, E, M and A are aliases of the primitive types (as in v1).
type D = primitive.D
type E = primitive.E
type M = primitive.M
type A = primitive.A

// Raw is a raw encoded BSON document.
type Raw []byte

func Marshal(val interface{}) ([]byte, error)      { return nil, nil }
func Unmarshal(data []byte, val interface{}) error { return nil }
