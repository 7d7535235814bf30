// Package sensitivedata defines an Analyzer that reports passwords, card
// data and other secrets written into a session.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/sensitivedata.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package sensitivedata
