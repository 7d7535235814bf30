// Package noexpiry defines an Analyzer that reports sessions with no bounded
// lifetime, or a lifetime longer than 30 days.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/noexpiry.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package noexpiry
