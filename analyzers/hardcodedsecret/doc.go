// Package hardcodedsecret defines an Analyzer for sessionlint's hardcodedsecret rule.
//
// # Analyzer hardcodedsecret
//
// hardcodedsecret: placeholder, to be written
package hardcodedsecret
