// Package plainpassword defines an Analyzer for sessionlint's plainpassword rule.
//
// # Analyzer plainpassword
//
// plainpassword: placeholder, to be written
package plainpassword
