// Package noexpiry defines an Analyzer for sessionlint's noexpiry rule.
//
// # Analyzer noexpiry
//
// noexpiry: placeholder, to be written
package noexpiry
