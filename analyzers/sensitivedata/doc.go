// Package sensitivedata defines an Analyzer for sessionlint's sensitivedata rule.
//
// # Analyzer sensitivedata
//
// sensitivedata: placeholder, to be written
package sensitivedata
