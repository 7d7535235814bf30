// Package csrf defines an Analyzer for sessionlint's csrf rule.
//
// # Analyzer csrf
//
// csrf: placeholder, to be written
package csrf
