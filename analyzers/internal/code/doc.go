// Package code holds the small matching helpers the sessionlint analyzers
// share: resolving callees and types by import path, reading constant
// values, following a value back through assignments and helper functions,
// and classifying names. x/tools keeps its own equivalents internal, so we
// keep ours here, in one place, so that the checks read like their rules.
package code
