// Package ent is a test stub of entgo.io/ent: the generated query builders
// of an app import it.
package ent

// Value is the value a field holds.
type Value interface{}
