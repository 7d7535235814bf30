// Package cookieflags defines an Analyzer for sessionlint's cookieflags rule.
//
// # Analyzer cookieflags
//
// cookieflags: placeholder, to be written
package cookieflags
