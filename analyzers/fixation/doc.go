// Package fixation defines an Analyzer that reports session fixation: a
// login that records the user in the session it was handed instead of a
// session with a new ID.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/fixation.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package fixation
