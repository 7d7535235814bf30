// Package logout defines an Analyzer that reports logout handlers that
// remove keys from the session instead of ending it.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/logout.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package logout
