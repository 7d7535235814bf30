package lsp

import (
	"bytes"
	"go/format"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
)

// A gofmt rewrites Go fixes so that applying one leaves the file as gofmt
// formats it: the analyzers' edits insert code that is right but not
// aligned with its neighbours (the fields of a composite literal, say).
type gofmt struct {
	text  func(path string) ([]byte, bool)
	clean map[string]bool // whether gofmt leaves a file unchanged
}

func newGofmt(text func(path string) ([]byte, bool)) *gofmt {
	return &gofmt{text: text, clean: map[string]bool{}}
}

// fix returns the fix with the edits of each Go file that gofmt leaves
// unchanged, and would change once they are applied, replaced by one edit:
// the lines from the first to the last that the fix, then gofmt, change.
// Other files keep the fix's own edits: those already formatted, those that
// gofmt would change anyway (a quick fix never reformats code it is not
// about) and those the fix leaves unparsable.
func (g *gofmt) fix(fix finding.Fix) finding.Fix {
	var files []string
	for _, e := range fix.Edits {
		if !slices.Contains(files, e.File) {
			files = append(files, e.File)
		}
	}
	var edits []finding.Edit
	for _, file := range files {
		var own []finding.Edit
		for _, e := range fix.Edits {
			if e.File == file {
				own = append(own, e)
			}
		}
		if e, ok := g.formatted(file, own); ok {
			edits = append(edits, e)
		} else {
			edits = append(edits, own...)
		}
	}
	fix.Edits = edits
	return fix
}

// formatted returns one edit that applies edits to file and formats the
// result, if file is gofmt-clean Go that the edits leave unformatted.
func (g *gofmt) formatted(file string, edits []finding.Edit) (finding.Edit, bool) {
	if !strings.HasSuffix(file, ".go") {
		return finding.Edit{}, false
	}
	src, ok := g.text(file)
	if !ok {
		return finding.Edit{}, false
	}
	clean, known := g.clean[file]
	if !known {
		out, err := format.Source(src)
		clean = err == nil && bytes.Equal(out, src)
		g.clean[file] = clean
	}
	if !clean {
		return finding.Edit{}, false
	}
	fixed, ok := applyEdits(src, edits)
	if !ok {
		return finding.Edit{}, false
	}
	out, err := format.Source(fixed)
	if err != nil || bytes.Equal(out, fixed) {
		return finding.Edit{}, false // unparsable, or formatted already
	}
	start, end, newEnd := changedLines(src, out)
	return finding.Edit{File: file, Start: start, End: end, New: string(out[start:newEnd])}, true
}

// applyEdits applies non-overlapping edits to src.
func applyEdits(src []byte, edits []finding.Edit) ([]byte, bool) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b finding.Edit) int { return a.Start - b.Start })
	var out []byte
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End < e.Start || e.End > len(src) {
			return nil, false
		}
		out = append(append(out, src[last:e.Start]...), e.New...)
		last = e.End
	}
	return append(out, src[last:]...), true
}

// changedLines returns the byte range [start, end) of a that differs from
// b, widened to whole lines, and where that range ends in b.
func changedLines(a, b []byte) (start, end, bEnd int) {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	start = bytes.LastIndexByte(a[:n], '\n') + 1
	m := 0
	for m < len(a)-start && m < len(b)-start && a[len(a)-1-m] == b[len(b)-1-m] {
		m++
	}
	// Widen the end to a line start: back up to just after a newline
	// within the common suffix.
	end, bEnd = len(a)-m, len(b)-m
	if i := bytes.IndexByte(a[end:], '\n'); i >= 0 && end > start && a[end-1] != '\n' {
		end += i + 1
		bEnd += i + 1
	}
	return start, end, bEnd
}
