//go:build cgo

package engine

/*
#cgo CFLAGS: -std=c11
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

// The few tree-sitter C functions the copy below calls, declared here with
// the layouts of TSNode and TSTreeCursor in tree-sitter 0.25 (the version
// github.com/tree-sitter/go-tree-sitter v0.25.0 compiles and links in).
// They must change together with that module's version.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } TSTreeCursor;
uint16_t ts_node_symbol(TSNode);
uint32_t ts_node_start_byte(TSNode);
uint32_t ts_node_end_byte(TSNode);
bool ts_node_is_named(TSNode);
bool ts_node_is_error(TSNode);
bool ts_node_is_missing(TSNode);
TSTreeCursor ts_tree_cursor_new(TSNode);
void ts_tree_cursor_delete(TSTreeCursor *);
TSNode ts_tree_cursor_current_node(const TSTreeCursor *);
uint16_t ts_tree_cursor_current_field_id(const TSTreeCursor *);
bool ts_tree_cursor_goto_first_child(TSTreeCursor *);
bool ts_tree_cursor_goto_next_sibling(TSTreeCursor *);
bool ts_tree_cursor_goto_parent(TSTreeCursor *);
void ts_set_allocator(void *(*)(size_t), void *(*)(size_t, size_t), void *(*)(void *, size_t), void (*)(void *));

// sl_libc_allocator undoes the bindings' init, which routes every
// allocation of the C library through a Go callback (a cgo round trip per
// malloc and free); their callbacks only call malloc and free anyway.
static void sl_libc_allocator(void) {
	ts_set_allocator(malloc, calloc, realloc, free);
}

typedef struct {
	uint16_t symbol;
	uint16_t field;
	uint32_t start;
	uint32_t end;
	int32_t  parent;
	uint8_t  named;
	uint8_t  error;
} sl_node;

// sl_flatten copies the tree below root into out in preorder and returns the
// number of nodes written (at most cap). It walks with one tree cursor and
// no recursion, so depth is not a concern.
static uint32_t sl_flatten(TSNode root, sl_node *out, uint32_t cap) {
	if (cap == 0) return 0;
	TSTreeCursor c = ts_tree_cursor_new(root);
	uint32_t n = 0;
	int32_t parent = -1;
	for (;;) {
		TSNode node = ts_tree_cursor_current_node(&c);
		sl_node *o = &out[n];
		o->symbol = ts_node_symbol(node);
		o->field = ts_tree_cursor_current_field_id(&c);
		o->start = ts_node_start_byte(node);
		o->end = ts_node_end_byte(node);
		o->parent = parent;
		o->named = ts_node_is_named(node);
		o->error = ts_node_is_error(node) || ts_node_is_missing(node);
		uint32_t self = n++;
		if (n >= cap) break;
		if (ts_tree_cursor_goto_first_child(&c)) {
			parent = (int32_t)self;
			continue;
		}
		for (;;) {
			if (ts_tree_cursor_goto_next_sibling(&c)) break;
			if (!ts_tree_cursor_goto_parent(&c) || parent < 0) {
				ts_tree_cursor_delete(&c);
				return n;
			}
			parent = out[parent].parent;
		}
	}
	ts_tree_cursor_delete(&c);
	return n;
}
*/
import "C"

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unsafe"

	ts "github.com/tree-sitter/go-tree-sitter"
	tsjs "github.com/tree-sitter/tree-sitter-javascript/bindings/go"
	tsts "github.com/tree-sitter/tree-sitter-typescript/bindings/go"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Available reports whether this build parses JavaScript/TypeScript.
const Available = true

// grammar is a Language with its kind and field name tables, made once.
type grammar struct {
	lang   *ts.Language
	kinds  []string // by symbol
	fields []string // by field ID
}

var (
	grammarsOnce sync.Once
	grammars     [3]*grammar
)

func init() {
	C.sl_libc_allocator()
}

func loadGrammars() *[3]*grammar {
	grammarsOnce.Do(func() {
		for i, ptr := range []unsafe.Pointer{tsjs.Language(), tsts.LanguageTypescript(), tsts.LanguageTSX()} {
			l := ts.NewLanguage(ptr)
			g := &grammar{lang: l}
			nk := l.NodeKindCount()
			g.kinds = make([]string, nk)
			for s := range nk {
				g.kinds[s] = l.NodeKindForId(uint16(s))
			}
			nf := l.FieldCount()
			g.fields = make([]string, nf+1)
			for f := uint32(1); f <= nf; f++ {
				g.fields[f] = l.FieldNameForId(uint16(f))
			}
			grammars[i] = g
		}
	})
	return &grammars
}

func (g *grammar) kind(sym uint16) string {
	if int(sym) < len(g.kinds) {
		return g.kinds[sym]
	}
	return "ERROR"
}

// Queries is a set of tree-sitter queries compiled once for each grammar.
// It is read-only after NewQueries and may be shared by parsers.
type Queries struct {
	srcs     []string
	byLang   [3]*ts.Query // the queries that are not single-node, nil if none
	patterns [3][]int     // pattern index in byLang → query index
	// Single-node queries ("(kind) @name" or "[(k1) (k2)] @name") are
	// matched while the tree is copied, by symbol, instead of by a query
	// cursor walking the whole tree again: same matches, a fraction of the
	// cost. bySymbol[lang][symbol] lists the queries whose kind it is.
	bySymbol [3][][]simpleMatch
	// forceCursor disables that fast path (for tests comparing the two).
	forceCursor bool
}

type simpleMatch struct {
	query   int
	capture string
}

// simpleQuery recognises single-node queries.
var simpleQuery = lazyre.New(`^\s*(?:\((\w+)\)|\[((?:\s*\(\w+\))+)\s*\])\s*@([\w.-]+)\s*$`)

var kindInBrackets = lazyre.New(`\((\w+)\)`)

func simpleKinds(src string) (kinds []string, capture string, ok bool) {
	m := simpleQuery.FindStringSubmatch(src)
	if m == nil {
		return nil, "", false
	}
	if m[1] != "" {
		return []string{m[1]}, m[3], true
	}
	for _, k := range kindInBrackets.FindAllStringSubmatch(m[2], -1) {
		kinds = append(kinds, k[1])
	}
	return kinds, m[3], true
}

// NewQueries compiles every query for JavaScript, TypeScript and TSX. An
// error names the query that failed and the grammar.
func NewQueries(srcs []string) (*Queries, error) { return newQueries(srcs, false) }

// NewQueriesCursor is NewQueries without the single-node fast path: every
// query runs on tree-sitter's query cursor. Tests use it to check that the
// fast path finds the same matches.
func NewQueriesCursor(srcs []string) (*Queries, error) { return newQueries(srcs, true) }

func newQueries(srcs []string, forceCursor bool) (*Queries, error) {
	gs := loadGrammars()
	q := &Queries{srcs: srcs, forceCursor: forceCursor}
	for li, g := range gs {
		var all strings.Builder
		var starts, indexes []int
		q.bySymbol[li] = make([][]simpleMatch, len(g.kinds))
		// Queries are compiled together, once: one by one only to name the
		// one in error (compiling is most of the engine's start-up).
		for i, src := range srcs {
			if kinds, capture, ok := simpleKinds(src); ok && !forceCursor {
				for _, k := range kinds {
					// A kind can name several symbols (aliases): take every
					// named symbol whose name it is.
					found := false
					for sym, name := range g.kinds {
						if name == k && g.lang.NodeKindIsNamed(uint16(sym)) {
							q.bySymbol[li][sym] = append(q.bySymbol[li][sym], simpleMatch{query: i, capture: capture})
							found = true
						}
					}
					if !found {
						q.Close()
						return nil, fmt.Errorf("query %d (%s): invalid node type %s", i, syntax.Lang(li), k)
					}
				}
				continue // not in the cursor's query
			}
			starts = append(starts, all.Len())
			indexes = append(indexes, i)
			all.WriteString(src)
			all.WriteString("\n")
		}
		if len(starts) == 0 {
			continue
		}
		combined, qerr := ts.NewQuery(g.lang, all.String())
		if qerr != nil {
			q.Close()
			for _, i := range indexes {
				one, err := ts.NewQuery(g.lang, srcs[i])
				if err != nil {
					return nil, fmt.Errorf("query %d (%s): %s", i, syntax.Lang(li), err.Error())
				}
				one.Close()
			}
			return nil, fmt.Errorf("combined queries (%s): %s", syntax.Lang(li), qerr.Error())
		}
		q.byLang[li] = combined
		n := combined.PatternCount()
		q.patterns[li] = make([]int, n)
		for p := range n {
			off := int(combined.StartByteForPattern(p))
			qi := 0
			for i, s := range starts {
				if s <= off {
					qi = indexes[i]
				}
			}
			q.patterns[li][p] = qi
		}
	}
	return q, nil
}

// Close frees the compiled queries.
func (q *Queries) Close() {
	if q == nil {
		return
	}
	for i, c := range q.byLang {
		if c != nil {
			c.Close()
			q.byLang[i] = nil
		}
	}
}

type parser struct {
	queries *Queries
	parsers [3]*ts.Parser
	cursor  *ts.QueryCursor
	buf     []C.sl_node
}

// NewParser returns a parser that attaches the matches of queries (which
// may be nil) to every tree it returns.
func NewParser(queries *Queries) (Parser, error) {
	gs := loadGrammars()
	p := &parser{queries: queries}
	for i, g := range gs {
		tp := ts.NewParser()
		if err := tp.SetLanguage(g.lang); err != nil {
			tp.Close()
			p.Close()
			return nil, err
		}
		p.parsers[i] = tp
	}
	p.cursor = ts.NewQueryCursor()
	p.cursor.SetTimeoutMicros(QueryTimeoutMicros)
	return p, nil
}

func (p *parser) Close() {
	for i, tp := range p.parsers {
		if tp != nil {
			tp.Close()
			p.parsers[i] = nil
		}
	}
	if p.cursor != nil {
		p.cursor.Close()
		p.cursor = nil
	}
}

// chunk bounds how much text one read callback hands to tree-sitter (the
// bindings copy each chunk into C).
const chunk = 64 << 10

func (p *parser) Parse(path string, lang syntax.Lang, src []byte) (*syntax.Tree, error) {
	if int(lang) >= len(p.parsers) {
		return nil, fmt.Errorf("unknown language %d", lang)
	}
	if len(src) >= 1<<31 {
		return nil, fmt.Errorf("file too large")
	}
	g := loadGrammars()[lang]
	tp := p.parsers[lang]
	n := len(src)
	//lint:ignore SA1019 the callback alternative leaks a handle per parse in v0.25.0 (see doc.go)
	tp.SetTimeoutMicros(ParseBudgetMicros(n))
	tree := tp.ParseWithOptions(func(i int, _ ts.Point) []byte {
		if i >= n || i < 0 {
			return nil
		}
		return src[i:min(n, i+chunk)]
	}, nil, nil)
	if tree == nil {
		tp.Reset()
		return nil, ErrTimeout
	}
	defer tree.Close()
	root := tree.RootNode()
	count := root.DescendantCount()
	if uint(cap(p.buf)) < count {
		p.buf = make([]C.sl_node, count)
	}
	buf := p.buf[:count]
	var got C.uint32_t
	if count > 0 {
		got = C.sl_flatten(*(*C.TSNode)(unsafe.Pointer(root)), &buf[0], C.uint32_t(count))
	}
	nodes := make([]syntax.Node, got)
	parents := make([]int32, got)
	hasErrors := root.HasError()
	for i := range nodes {
		c := &buf[i]
		nodes[i] = syntax.Node{
			Kind:  g.kind(uint16(c.symbol)),
			Named: c.named != 0,
			Start: int(c.start),
			End:   int(c.end),
		}
		if f := int(c.field); f > 0 && f < len(g.fields) {
			nodes[i].Field = g.fields[f]
		}
		parents[i] = int32(c.parent)
		if c.error != 0 && nodes[i].Kind != "ERROR" && c.named != 0 {
			nodes[i].Kind = "ERROR"
		}
	}
	// Drop the buffer if one huge file grew it.
	if cap(p.buf) > 1<<20 {
		p.buf = nil
	}
	t := syntax.NewTree(path, lang, src, nodes, parents, hasErrors)
	if q := p.queries; q != nil && t.Root != nil {
		if q.forceCursor {
			if q.byLang[lang] != nil {
				p.match(t, root, lang, src, func(int) bool { return true })
			}
		} else {
			bySym := q.bySymbol[lang]
			for i := range buf[:got] {
				if nodes[i].Kind == "ERROR" {
					continue
				}
				for _, sm := range bySym[buf[i].symbol] {
					t.Matches = append(t.Matches, syntax.Match{Query: sm.query, Captures: []syntax.Capture{{Name: sm.capture, Node: &nodes[i]}}})
				}
			}
			if q.byLang[lang] != nil {
				p.match(t, root, lang, src, func(int) bool { return true })
			}
		}
		sortMatches(t.Matches)
	}
	return t, nil
}

// sortMatches puts matches in document order: by the first capture's
// node, then by query.
func sortMatches(ms []syntax.Match) {
	first := func(m syntax.Match) int {
		if len(m.Captures) == 0 {
			return -1
		}
		return m.Captures[0].Node.Index
	}
	slices.SortStableFunc(ms, func(a, b syntax.Match) int {
		if d := first(a) - first(b); d != 0 {
			return d
		}
		return a.Query - b.Query
	})
}

func (p *parser) match(t *syntax.Tree, root *ts.Node, lang syntax.Lang, src []byte, want func(query int) bool) {
	q := p.queries.byLang[lang]
	g := loadGrammars()[lang]
	names := q.CaptureNames()
	matches := p.cursor.Matches(q, root, src)
	for m := matches.Next(); m != nil; m = matches.Next() {
		if int(m.PatternIndex) >= len(p.queries.patterns[lang]) {
			continue
		}
		sm := syntax.Match{Query: p.queries.patterns[lang][m.PatternIndex]}
		if !want(sm.Query) {
			continue
		}
		for _, c := range m.Captures {
			n := t.At(int(c.Node.StartByte()), int(c.Node.EndByte()), g.kind(c.Node.KindId()))
			if n == nil {
				continue
			}
			sm.Captures = append(sm.Captures, syntax.Capture{Name: names[c.Index], Node: n})
		}
		t.Matches = append(t.Matches, sm)
	}
	// Matches beyond the cursor's limit are dropped: the rules then see
	// fewer candidates, never wrong ones.
}
