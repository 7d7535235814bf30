// Package csrf defines an Analyzer that reports apps that authenticate with
// cookie sessions and register state-changing routes without any CSRF
// defence.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/csrf.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package csrf
