//go:build !cgo

package engine

// Available reports whether this build parses JavaScript/TypeScript.
const Available = false

// Queries is unavailable without cgo.
type Queries struct{}

// NewQueries fails without cgo.
func NewQueries([]string) (*Queries, error) { return nil, ErrNeedsCgo }

// Close does nothing.
func (*Queries) Close() {}

// NewParser fails without cgo.
func NewParser(*Queries) (Parser, error) { return nil, ErrNeedsCgo }
