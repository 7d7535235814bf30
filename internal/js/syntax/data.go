package syntax

import (
	"bytes"
	"strings"

	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Configuration files (JSON, YAML and .env) are read into the same trees
// as JavaScript, in the node kinds of tree-sitter-javascript (program,
// object, pair, array, string with a string_fragment, number, true,
// false, null), so that values from a config file resolve, and are
// reported at their line, like values written in code. The readers are
// lenient: they read what a config file usually holds and turn what they
// cannot read into nothing rather than failing.

// StrictJSON returns JSON with comments and trailing commas (tsconfig.json,
// JSON5-ish config files) removed, for encoding/json.
func StrictJSON(src []byte) []byte {
	var out []byte
	inStr := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case inStr:
			out = append(out, c)
			if c == '\\' && i+1 < len(src) {
				i++
				out = append(out, src[i])
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr = true
			out = append(out, c)
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			out = append(out, '\n')
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			i += 2
			for i+1 < len(src) && !(src[i] == '*' && src[i+1] == '/') {
				i++
			}
			i++
		case c == ']' || c == '}':
			// Drop a trailing comma before the bracket.
			j := len(out) - 1
			for j >= 0 && (out[j] == ' ' || out[j] == '\n' || out[j] == '\t' || out[j] == '\r') {
				j--
			}
			if j >= 0 && out[j] == ',' {
				out = append(out[:j], out[j+1:]...)
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

type builder struct {
	src    []byte
	nodes  []Node
	parent []int32
}

func (b *builder) open(kind string, start, parent int, named bool) int {
	b.nodes = append(b.nodes, Node{Kind: kind, Start: start, End: start, Named: named})
	b.parent = append(b.parent, int32(parent))
	return len(b.nodes) - 1
}

func (b *builder) close(i, end int) { b.nodes[i].End = end }

func (b *builder) field(i int, name string) { b.nodes[i].Field = name }

func (b *builder) tree(path string) *Tree {
	if len(b.nodes) == 0 {
		return NewTree(path, Data, b.src, nil, nil, false)
	}
	return NewTree(path, Data, b.src, b.nodes, b.parent, false)
}

// ParseJSON reads a JSON (or JSON with comments) file.
func ParseJSON(path string, src []byte) *Tree {
	b := &builder{src: src}
	root := b.open("program", 0, -1, true)
	p := &jsonParser{b: b, src: src}
	p.skip()
	p.value(root)
	b.close(root, len(src))
	return b.tree(path)
}

type jsonParser struct {
	b   *builder
	src []byte
	i   int
}

func (p *jsonParser) skip() {
	for p.i < len(p.src) {
		switch c := p.src[p.i]; {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ',' || c == ':':
			p.i++
		case c == '/' && p.i+1 < len(p.src) && p.src[p.i+1] == '/':
			for p.i < len(p.src) && p.src[p.i] != '\n' {
				p.i++
			}
		case c == '/' && p.i+1 < len(p.src) && p.src[p.i+1] == '*':
			if j := bytes.Index(p.src[p.i+2:], []byte("*/")); j >= 0 {
				p.i += j + 4
			} else {
				p.i = len(p.src)
			}
		default:
			return
		}
	}
}

func (p *jsonParser) value(parent int) int {
	if p.i >= len(p.src) {
		return -1
	}
	switch c := p.src[p.i]; c {
	case '{':
		n := p.b.open("object", p.i, parent, true)
		p.i++
		for p.skip(); p.i < len(p.src) && p.src[p.i] != '}'; p.skip() {
			pair := p.b.open("pair", p.i, n, true)
			k := p.value(pair)
			if k < 0 {
				break
			}
			p.b.field(k, "key")
			p.skip()
			v := p.value(pair)
			if v >= 0 {
				p.b.field(v, "value")
			}
			p.b.close(pair, p.i)
		}
		p.i = min(p.i+1, len(p.src))
		p.b.close(n, p.i)
		return n
	case '[':
		n := p.b.open("array", p.i, parent, true)
		p.i++
		for p.skip(); p.i < len(p.src) && p.src[p.i] != ']'; p.skip() {
			if p.value(n) < 0 {
				break
			}
		}
		p.i = min(p.i+1, len(p.src))
		p.b.close(n, p.i)
		return n
	case '"', '\'':
		n := p.b.open("string", p.i, parent, true)
		start := p.i + 1
		p.i++
		for p.i < len(p.src) && p.src[p.i] != c {
			if p.src[p.i] == '\\' {
				p.i++
			}
			p.i++
		}
		frag := p.b.open("string_fragment", start, n, true)
		p.b.close(frag, min(p.i, len(p.src)))
		p.i = min(p.i+1, len(p.src))
		p.b.close(n, p.i)
		return n
	}
	start := p.i
	for p.i < len(p.src) && !strings.ContainsRune(" \t\r\n,:]}", rune(p.src[p.i])) {
		p.i++
	}
	if p.i == start {
		p.i++
		return -1
	}
	return p.b.scalar(string(p.src[start:p.i]), start, p.i, parent, false)
}

var numberRE = lazyre.New(`^[-+]?(\d[\d_]*\.?\d*([eE][-+]?\d+)?|0x[0-9a-fA-F]+)$`)

// scalar adds a bare scalar: true, false, null, a number, or (YAML plain
// scalars, or a bare key) a string.
func (b *builder) scalar(text string, start, end, parent int, key bool) int {
	kind := ""
	if !key {
		switch text {
		case "true", "True", "TRUE", "yes", "on":
			kind = "true"
		case "false", "False", "FALSE", "no", "off":
			kind = "false"
		case "null", "~", "Null", "NULL":
			kind = "null"
		default:
			if numberRE.MatchString(text) {
				kind = "number"
			}
		}
	}
	if kind != "" {
		n := b.open(kind, start, parent, true)
		b.close(n, end)
		return n
	}
	if key {
		n := b.open("property_identifier", start, parent, true)
		b.close(n, end)
		return n
	}
	n := b.open("string", start, parent, true)
	frag := b.open("string_fragment", start, n, true)
	b.close(frag, end)
	b.close(n, end)
	return n
}

// ParseYAML reads the block-style YAML of config files: nested mappings,
// sequences of scalars and quoted or plain scalars, with comments. Flow
// collections, anchors and multi-line scalars are read as strings or
// skipped.
func ParseYAML(path string, src []byte) *Tree {
	b := &builder{src: src}
	root := b.open("program", 0, -1, true)
	lines := yamlLines(src)
	y := &yamlParser{b: b, src: src, lines: lines}
	y.block(root, 0, -1)
	b.close(root, len(src))
	return b.tree(path)
}

type yamlLine struct {
	indent     int
	start, end int // content bytes, comment stripped
}

func yamlLines(src []byte) []yamlLine {
	var out []yamlLine
	off := 0
	for off < len(src) {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := src[off:end]
		indent := len(line) - len(bytes.TrimLeft(line, " "))
		content := off + indent
		stop := end
		inQ := byte(0)
		for j := content; j < end; j++ {
			c := src[j]
			switch {
			case inQ != 0 && c == inQ:
				inQ = 0
			case inQ == 0 && (c == '"' || c == '\''):
				inQ = c
			case inQ == 0 && c == '#' && (j == content || src[j-1] == ' ' || src[j-1] == '\t'):
				stop = j
				j = end
			}
		}
		for stop > content && (src[stop-1] == ' ' || src[stop-1] == '\t' || src[stop-1] == '\r') {
			stop--
		}
		if stop > content && !bytes.HasPrefix(src[content:stop], []byte("---")) {
			out = append(out, yamlLine{indent: indent, start: content, end: stop})
		}
		off = end + 1
	}
	return out
}

type yamlParser struct {
	b     *builder
	src   []byte
	lines []yamlLine
	i     int
}

// block reads the lines indented more than parentIndent into a mapping or
// a sequence under parent.
func (y *yamlParser) block(parent, at, parentIndent int) int {
	if y.i >= len(y.lines) || y.lines[y.i].indent <= parentIndent {
		return -1
	}
	indent := y.lines[y.i].indent
	first := y.lines[y.i]
	if bytes.HasPrefix(y.src[first.start:first.end], []byte("- ")) || string(y.src[first.start:first.end]) == "-" {
		n := y.b.open("array", first.start, parent, true)
		for y.i < len(y.lines) && y.lines[y.i].indent == indent && y.src[y.lines[y.i].start] == '-' {
			l := y.lines[y.i]
			y.i++
			item := l.start + 1
			for item < l.end && y.src[item] == ' ' {
				item++
			}
			if item < l.end {
				y.inline(n, item, l.end)
			} else {
				y.block(n, l.start, indent)
			}
		}
		y.b.close(n, y.lastEnd())
		return n
	}
	n := y.b.open("object", first.start, parent, true)
	for y.i < len(y.lines) && y.lines[y.i].indent == indent {
		l := y.lines[y.i]
		y.i++
		colon := yamlColon(y.src[l.start:l.end])
		if colon < 0 {
			continue
		}
		pair := y.b.open("pair", l.start, n, true)
		key := y.keyNode(pair, l.start, l.start+colon)
		y.b.field(key, "key")
		v := l.start + colon + 1
		for v < l.end && y.src[v] == ' ' {
			v++
		}
		var val int
		if v < l.end && y.src[v] != '|' && y.src[v] != '>' {
			val = y.inline(pair, v, l.end)
		} else {
			if v < l.end { // block scalar: skip its lines
				for y.i < len(y.lines) && y.lines[y.i].indent > indent {
					y.i++
				}
			}
			val = y.block(pair, l.start, indent)
		}
		if val >= 0 {
			y.b.field(val, "value")
		}
		y.b.close(pair, y.lastEnd())
	}
	y.b.close(n, y.lastEnd())
	return n
}

func (y *yamlParser) lastEnd() int {
	if y.i == 0 {
		return 0
	}
	return y.lines[y.i-1].end
}

func (y *yamlParser) keyNode(parent, start, end int) int {
	if q := y.src[start]; (q == '"' || q == '\'') && end-start >= 2 && y.src[end-1] == q {
		n := y.b.open("string", start, parent, true)
		frag := y.b.open("string_fragment", start+1, n, true)
		y.b.close(frag, end-1)
		y.b.close(n, end)
		return n
	}
	return y.b.scalar(string(y.src[start:end]), start, end, parent, true)
}

// inline reads a scalar (or a flow value, as a string) on one line.
func (y *yamlParser) inline(parent, start, end int) int {
	if q := y.src[start]; (q == '"' || q == '\'') && end-start >= 2 && y.src[end-1] == q {
		n := y.b.open("string", start, parent, true)
		frag := y.b.open("string_fragment", start+1, n, true)
		y.b.close(frag, end-1)
		y.b.close(n, end)
		return n
	}
	return y.b.scalar(string(y.src[start:end]), start, end, parent, false)
}

// yamlColon returns the offset of the colon that ends a mapping key, or -1.
func yamlColon(s []byte) int {
	inQ := byte(0)
	for i, c := range s {
		switch {
		case inQ != 0 && c == inQ:
			inQ = 0
		case inQ == 0 && (c == '"' || c == '\'') && i == 0:
			inQ = c
		case inQ == 0 && c == ':' && (i+1 == len(s) || s[i+1] == ' '):
			return i
		}
	}
	return -1
}

// ParseEnv reads a .env file (KEY=value lines) into an object.
func ParseEnv(path string, src []byte) *Tree {
	b := &builder{src: src}
	root := b.open("program", 0, -1, true)
	obj := b.open("object", 0, root, true)
	for _, l := range yamlLines(src) {
		line := src[l.start:l.end]
		line = bytes.TrimPrefix(line, []byte("export "))
		eq := bytes.IndexByte(line, '=')
		if eq <= 0 {
			continue
		}
		start := l.end - len(line)
		pair := b.open("pair", start, obj, true)
		k := b.scalar(string(bytes.TrimSpace(line[:eq])), start, start+eq, pair, true)
		b.field(k, "key")
		vs, ve := start+eq+1, l.end
		for vs < ve && src[vs] == ' ' {
			vs++
		}
		var v int
		if vs < ve && (src[vs] == '"' || src[vs] == '\'') && ve-vs >= 2 && src[ve-1] == src[vs] {
			v = b.open("string", vs, pair, true)
			frag := b.open("string_fragment", vs+1, v, true)
			b.close(frag, ve-1)
			b.close(v, ve)
		} else {
			v = b.open("string", vs, pair, true)
			frag := b.open("string_fragment", vs, v, true)
			b.close(frag, ve)
			b.close(v, ve)
		}
		b.field(v, "value")
		b.close(pair, l.end)
	}
	b.close(obj, len(src))
	b.close(root, len(src))
	return b.tree(path)
}
