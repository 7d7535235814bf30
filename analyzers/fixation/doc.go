// Package fixation defines an Analyzer for sessionlint's fixation rule.
//
// # Analyzer fixation
//
// fixation: placeholder, to be written
package fixation
