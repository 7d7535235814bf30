// Package hardcodedsecret defines an Analyzer that reports session and
// cookie keys written in the source.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/hardcodedsecret.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package hardcodedsecret
