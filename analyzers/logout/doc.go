// Package logout defines an Analyzer for sessionlint's logout rule.
//
// # Analyzer logout
//
// logout: placeholder, to be written
package logout
