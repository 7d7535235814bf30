package analysis

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// InsertProps returns an edit adding props (already rendered "key: value")
// to an object literal, keeping its layout, in whichever file holds it.
//
// On a malformed literal (one the parser closed with a missing brace) it
// returns an invalid edit, which Report drops with its fix.
func (f *File) InsertProps(obj *syntax.Node, props ...string) finding.Edit {
	t := f.Owner(obj).Tree
	edit := func(start, end int, text string) finding.Edit {
		return finding.Edit{File: t.Path, Start: start, End: end, New: text}
	}
	if obj.End-obj.Start < 2 || t.Src[obj.Start] != '{' || t.Src[obj.End-1] != '}' {
		return finding.Edit{File: t.Path, Start: 1, End: 0}
	}
	named := obj.NamedChildren()
	if len(named) == 0 {
		// {} or { }
		return edit(obj.Start+1, obj.End-1, " "+strings.Join(props, ", ")+" ")
	}
	last := named[len(named)-1]
	end := last.End
	trailing := false
	for _, c := range obj.Children {
		if c.Start >= last.End && c.Kind == "," {
			end, trailing = c.End, true
		}
	}
	lastLine, _ := t.Position(last.Start)
	openLine, _ := t.Position(obj.Start)
	if lastLine != openLine {
		indent := leadingSpace(t.LineText(lastLine))
		var b strings.Builder
		if !trailing {
			b.WriteString(",")
		}
		for i, p := range props {
			b.WriteString("\n" + indent + p)
			if trailing || i < len(props)-1 {
				b.WriteString(",")
			}
		}
		return edit(end, end, b.String())
	}
	if trailing {
		return edit(end, end, " "+strings.Join(props, ", ")+",")
	}
	return edit(end, end, ", "+strings.Join(props, ", "))
}

func leadingSpace(s string) string {
	return s[:len(s)-len(strings.TrimLeft(s, " \t"))]
}
