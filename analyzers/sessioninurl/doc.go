// Package sessioninurl defines an Analyzer that reports session IDs and
// auth tokens put into URLs.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/sessioninurl.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package sessioninurl
