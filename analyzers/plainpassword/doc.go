// Package plainpassword defines an Analyzer that reports passwords written
// to storage in plaintext or hashed with a fast digest.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/plainpassword.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package plainpassword
