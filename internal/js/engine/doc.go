// Package engine parses JavaScript and TypeScript with tree-sitter and runs
// the rules' tree-sitter queries. It is the only package of sessionlint that
// imports tree-sitter, and so the only one that needs cgo; it hands out
// pure-Go syntax trees (package syntax) so that rules never call into C.
//
// Resource rules of the bindings (github.com/tree-sitter/go-tree-sitter
// v0.25.0), which have no finalizers: every Parser, Tree, TreeCursor, Query
// and QueryCursor is closed here; each Language is created once; queries are
// compiled once per grammar by NewQueries and shared, read-only, by all
// parsers. A Parser is not safe for concurrent use: use one per worker.
//
// Notes on v0.25.0 that shaped this package:
//   - QueryMatches.Next applies #eq?, #match? and #any-of? itself (there is
//     no FilterPredicates in this version), so text predicates in queries work.
//   - QueryCaptures.Next leaks a C allocation per call, and the *WithOptions
//     variants of Parse and Matches leak a go-pointer handle per call, so we
//     use Matches and the (deprecated, still honoured) timeout setters.
//   - Parse copies the rest of the text into C on every read callback; we
//     feed bounded chunks so a file is never copied more than a few times.
//   - Copying the tree node by node through the Go API costs several cgo
//     calls per node; sl_flatten copies it in one C call instead. It reads
//     the bindings' Node as the C TSNode it wraps; engine.go declares that
//     layout and the handful of C functions it calls, for tree-sitter 0.25
//     as go-tree-sitter v0.25.0 links it: update both together.
//   - The bindings route every C allocation through a Go callback; init
//     restores malloc and free.
//   - Single-node queries ("(call_expression) @call") are matched while the
//     tree is copied rather than by a second walk with a query cursor (a
//     test checks both find the same matches); other queries use the
//     cursor.
package engine

import (
	"errors"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// A Parser parses files into syntax trees, with the matches of the compiled
// queries attached (Tree.Matches). It is not safe for concurrent use.
type Parser interface {
	Parse(path string, lang syntax.Lang, src []byte) (*syntax.Tree, error)
	Close()
}

// ErrNeedsCgo is returned by NewParser in a build without cgo.
var ErrNeedsCgo = errors.New("JavaScript/TypeScript analysis needs a build of sessionlint with cgo (CGO_ENABLED=1)")

// ErrTimeout is returned when a file takes too long to parse or query.
var ErrTimeout = errors.New("parsing took too long")

// Limits bound the work spent on one file. Tree-sitter parses real code at
// about 10 MB/s, but its error recovery can take seconds on a few hundred
// bytes of garbage; the parse budget grows with the file: 1 s plus 2 s per
// MiB (3 s for the largest file analysed, 30 times its usual parse time).
const (
	ParseTimeoutMicros        = 1_000_000 // 1 s, plus:
	ParseTimeoutMicrosPerByte = 2         // 2 s per MiB
	QueryTimeoutMicros        = 5_000_000 // 5 s
)

// ParseBudgetMicros is the parse time allowed for n bytes of source.
func ParseBudgetMicros(n int) uint64 {
	return ParseTimeoutMicros + ParseTimeoutMicrosPerByte*uint64(n)
}
