package lsp

import (
	"sort"
	"unicode/utf8"
)

// A mapper converts the positions sessionlint reports (byte offsets, and
// 1-based lines with 1-based byte columns) into LSP positions (0-based
// lines, UTF-16 code units) within one text. Lines end at "\n", as the Go
// and JavaScript passes count them. Out-of-range input is clamped, and
// invalid UTF-8 counts one code unit per byte, so any input maps somewhere.
type mapper struct {
	text  []byte
	lines []int // byte offset of each line's start
}

func newMapper(text []byte) *mapper {
	m := &mapper{text: text, lines: []int{0}}
	for i, b := range text {
		if b == '\n' {
			m.lines = append(m.lines, i+1)
		}
	}
	return m
}

// lineEnd returns the offset just past line i's content (before its "\n").
func (m *mapper) lineEnd(i int) int {
	if i+1 < len(m.lines) {
		return m.lines[i+1] - 1
	}
	return len(m.text)
}

// offset returns the LSP position of byte offset off.
func (m *mapper) offset(off int) Position {
	off = max(0, min(off, len(m.text)))
	i := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
	return Position{Line: i, Character: utf16Len(m.text[m.lines[i]:off])}
}

// lineCol returns the LSP position of a 1-based line and byte column; a
// column past the end of the line means its end. Line 0 (unknown) maps to
// the start of the text.
func (m *mapper) lineCol(line, col int) Position {
	if line < 1 {
		return Position{}
	}
	if line > len(m.lines) {
		return m.offset(len(m.text))
	}
	start := m.lines[line-1]
	off := start + max(col-1, 0)
	return m.offset(min(off, m.lineEnd(line-1)))
}

// positionOffset returns the byte offset of an LSP position, clamped to
// the text and to the end of the position's line.
func (m *mapper) positionOffset(p Position) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(m.lines) {
		return len(m.text)
	}
	off, end := m.lines[p.Line], m.lineEnd(p.Line)
	for n := 0; off < end && n < p.Character; {
		r, size := utf8.DecodeRune(m.text[off:end])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		off += size
	}
	return off
}

// utf16Len counts the UTF-16 code units of b.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		b = b[size:]
	}
	return n
}

// findingRange returns the range of a finding reported at line:col to
// endLine:endCol (1-based, byte columns). With no end, or an empty range,
// it covers the rest of the start line so that editors draw something.
func (m *mapper) findingRange(line, col, endLine, endCol int) Range {
	start := m.lineCol(line, col)
	if endLine < line || endLine == line && endCol <= col {
		if line < 1 || line > len(m.lines) {
			return Range{Start: start, End: start}
		}
		return Range{Start: start, End: m.offset(m.lineEnd(line - 1))}
	}
	return Range{Start: start, End: m.lineCol(endLine, endCol)}
}
