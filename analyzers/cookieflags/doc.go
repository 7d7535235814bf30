// Package cookieflags defines an Analyzer that reports session and
// authentication cookies sent without Secure, HttpOnly or SameSite.
//
// The rule's documentation (what it flags, why, the libraries modelled, what
// stays silent) lives in the catalog, catalog/docs/cookieflags.md, and reaches
// Analyzer.Doc, rules.md, SARIF and editors from there.
package cookieflags
