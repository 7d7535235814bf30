// Package memstore defines an Analyzer for sessionlint's memstore rule.
//
// # Analyzer memstore
//
// memstore: placeholder, to be written
package memstore
