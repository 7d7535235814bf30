// Package sessioninurl defines an Analyzer for sessionlint's sessioninurl rule.
//
// # Analyzer sessioninurl
//
// sessioninurl: placeholder, to be written
package sessioninurl
