// Package syntax is the pure-Go syntax tree the JavaScript/TypeScript rules
// work on. The engine package (the only one that touches tree-sitter, and so
// cgo) parses a file and copies tree-sitter's concrete syntax tree into this
// form in one pass; rules then walk it without cgo calls.
//
// Node kinds and field names are tree-sitter's (tree-sitter-javascript
// v0.25.0, tree-sitter-typescript v0.23.2).
package syntax

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"
)

// Lang is the grammar a file is parsed with.
type Lang uint8

const (
	JavaScript Lang = iota // .js .mjs .cjs .jsx (the grammar includes JSX)
	TypeScript             // .ts .mts .cts
	TSX                    // .tsx
	Data                   // configuration read by ParseJSON, ParseYAML, ParseEnv
)

func (l Lang) String() string {
	return [...]string{"javascript", "typescript", "tsx", "data"}[l]
}

// LangOf returns the grammar for a file name, and whether the file is
// JavaScript or TypeScript at all.
func LangOf(name string) (Lang, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".js", ".mjs", ".cjs", ".jsx":
		return JavaScript, true
	case ".ts", ".mts", ".cts":
		return TypeScript, true
	case ".tsx":
		return TSX, true
	}
	return 0, false
}

// A Node is one node of the concrete syntax tree.
type Node struct {
	Kind     string // tree-sitter node kind, e.g. "call_expression"
	Field    string // field name in the parent, e.g. "function"; "" if none
	Named    bool   // a named node (not punctuation or a keyword)
	Start    int    // byte offset of the first byte
	End      int    // byte offset after the last byte
	Parent   *Node
	Children []*Node
	Index    int // preorder index in Tree.Nodes
}

// A Tree is a parsed file.
type Tree struct {
	Path    string
	Lang    Lang
	Src     []byte
	Root    *Node
	Nodes   []Node  // all nodes in preorder
	Matches []Match // matches of the engine's queries, in document order
	lines   []int   // byte offset of each line start
	errors  bool
	deep    *Node // the first wrapper nested deeper than MaxUnwrap, if any
}

// NewTree returns a tree over nodes (in preorder, with parents set by
// index: parent[i] < i, -1 for the root), children linked here.
func NewTree(path string, lang Lang, src []byte, nodes []Node, parent []int32, hasErrors bool) *Tree {
	t := &Tree{Path: path, Lang: lang, Src: src, Nodes: nodes, errors: hasErrors}
	if len(nodes) == 0 {
		return t
	}
	counts := make([]int32, len(nodes))
	for i := 1; i < len(nodes); i++ {
		counts[parent[i]]++
	}
	all := make([]*Node, len(nodes))
	off := 0
	for i := range nodes {
		nodes[i].Index = i
		n := int(counts[i])
		nodes[i].Children = all[off : off : off+n]
		off += n
	}
	wraps := make([]int32, len(nodes)) // run of directly nested wrappers ending at each node
	for i := 1; i < len(nodes); i++ {
		p := &nodes[parent[i]]
		nodes[i].Parent = p
		p.Children = append(p.Children, &nodes[i])
		if isWrapper(nodes[i].Kind) {
			wraps[i] = wraps[parent[i]] + 1
			if wraps[i] > MaxUnwrap && t.deep == nil {
				t.deep = &nodes[i]
			}
		}
	}
	t.Root = &nodes[0]
	return t
}

// HasErrors reports whether the parser had to recover from syntax errors.
func (t *Tree) HasErrors() bool { return t.errors }

// FirstError returns the first node the parser could not make sense of
// (an ERROR or missing node), or nil.
func (t *Tree) FirstError() *Node {
	for i := range t.Nodes {
		if t.Nodes[i].Kind == "ERROR" {
			return &t.Nodes[i]
		}
	}
	return nil
}

// TooDeep returns the first parenthesis or TypeScript wrapper nested in
// more than MaxUnwrap others, which Unwrap cannot see through, or nil.
func (t *Tree) TooDeep() *Node { return t.deep }

// MaxUnwrap is how many nested wrappers Unwrap strips.
const MaxUnwrap = 64

func isWrapper(kind string) bool {
	switch kind {
	case "parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression", "type_assertion", "sequence_expression":
		return true
	}
	return false
}

// Text returns the source text of n.
func (t *Tree) Text(n *Node) string {
	if n == nil || n.Start < 0 || n.End > len(t.Src) || n.Start > n.End {
		return ""
	}
	return string(t.Src[n.Start:n.End])
}

// Position returns the 1-based line and byte column of a byte offset.
func (t *Tree) Position(off int) (line, col int) {
	if t.lines == nil {
		t.lines = append(t.lines, 0)
		for i, b := range t.Src {
			if b == '\n' {
				t.lines = append(t.lines, i+1)
			}
		}
	}
	i := sort.Search(len(t.lines), func(i int) bool { return t.lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, off - t.lines[i] + 1
}

// LineText returns the text of a 1-based line without its newline.
func (t *Tree) LineText(line int) string {
	t.Position(0)
	if line < 1 || line > len(t.lines) {
		return ""
	}
	start := t.lines[line-1]
	end := len(t.Src)
	if line < len(t.lines) {
		end = t.lines[line] - 1
	}
	return string(bytes.TrimRight(t.Src[start:end], "\r"))
}

// At returns the node of the given kind spanning exactly [start, end), the
// outermost if several do, or nil.
func (t *Tree) At(start, end int, kind string) *Node {
	i := sort.Search(len(t.Nodes), func(i int) bool { return t.Nodes[i].Start >= start })
	for ; i < len(t.Nodes) && t.Nodes[i].Start == start; i++ {
		n := &t.Nodes[i]
		if n.End == end && (kind == "" || n.Kind == kind) {
			return n
		}
	}
	return nil
}

// ChildByField returns the first child in the named field, or nil.
func (n *Node) ChildByField(field string) *Node {
	if n == nil {
		return nil
	}
	for _, c := range n.Children {
		if c.Field == field {
			return c
		}
	}
	return nil
}

// NamedChildren returns the named children of n, comments excluded.
func (n *Node) NamedChildren() []*Node {
	if n == nil {
		return nil
	}
	var out []*Node
	for _, c := range n.Children {
		if c.Named && c.Kind != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// Walk calls f for n and its descendants in preorder; f returning false
// skips a node's children. It does not recurse, so deep trees are safe.
func Walk(n *Node, f func(*Node) bool) {
	if n == nil {
		return
	}
	stack := []*Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !f(c) {
			continue
		}
		for i := len(c.Children) - 1; i >= 0; i-- {
			stack = append(stack, c.Children[i])
		}
	}
}

// Contains reports whether n contains m (or is m).
func (n *Node) Contains(m *Node) bool {
	return n != nil && m != nil && n.Start <= m.Start && m.End <= n.End && n.Index <= m.Index
}

// Unwrap strips TypeScript wrappers (x!, x as T, x satisfies T, <T>x) and
// parentheses.
func Unwrap(n *Node) *Node {
	for i := 0; n != nil && i < MaxUnwrap; i++ {
		switch n.Kind {
		case "parenthesized_expression", "non_null_expression", "as_expression",
			"satisfies_expression", "type_assertion":
			var inner *Node
			for _, c := range n.Children {
				if c.Named && c.Kind != "comment" && !strings.HasSuffix(c.Kind, "type") && c.Kind != "type_arguments" &&
					c.Kind != "type_identifier" && c.Kind != "predefined_type" && c.Kind != "generic_type" {
					inner = c
					break
				}
			}
			if inner == nil {
				return n
			}
			n = inner
		case "sequence_expression":
			// (0, _session.default)(opts), as Babel and tsc compile
			// imported calls: the value is the last expression.
			var last *Node
			for _, c := range n.Children {
				if c.Named && c.Kind != "comment" {
					last = c
				}
			}
			if last == nil {
				return n
			}
			n = last
		default:
			return n
		}
	}
	return n
}

// Ancestor returns the nearest proper ancestor of n whose kind is one of
// kinds, or nil.
func Ancestor(n *Node, kinds ...string) *Node {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, k := range kinds {
			if p.Kind == k {
				return p
			}
		}
	}
	return nil
}

// IsFunction reports whether n is a function of any form.
func IsFunction(n *Node) bool {
	switch n.Kind {
	case "function_declaration", "function_expression", "arrow_function", "method_definition",
		"generator_function_declaration", "generator_function", "function":
		return true
	}
	return false
}

// EnclosingFunction returns the nearest function containing n, or nil.
func EnclosingFunction(n *Node) *Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if IsFunction(p) {
			return p
		}
	}
	return nil
}

// A Match is one match of a rule's tree-sitter query in a tree.
type Match struct {
	Query    int // index of the query in the set the engine compiled
	Captures []Capture
}

// A Capture is a node captured by name in a query match.
type Capture struct {
	Name string
	Node *Node
}

// Capture returns the first node captured under name, or nil.
func (m Match) Capture(name string) *Node {
	for _, c := range m.Captures {
		if c.Name == name {
			return c.Node
		}
	}
	return nil
}
