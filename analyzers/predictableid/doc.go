// Package predictableid defines an Analyzer that reports session IDs and
// secret tokens that can be guessed.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/predictableid.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package predictableid
