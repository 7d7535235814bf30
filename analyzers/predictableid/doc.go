// Package predictableid defines an Analyzer for sessionlint's predictableid rule.
//
// # Analyzer predictableid
//
// predictableid: placeholder, to be written
package predictableid
