// Package memstore defines an Analyzer that reports session stores that
// keep sessions in process memory in production code.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/memstore.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package memstore
