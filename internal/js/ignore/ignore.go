// Package ignore implements sessionlint's suppression directive for
// JavaScript and TypeScript comments (semantics in catalog.Directive,
// shared with the Go analyzers):
//
//	// sessionlint:ignore RULE[,RULE] reason
//
// on the line of a finding, or alone on the line above it. A reason is
// required: a directive without one, or naming an unknown rule, is itself
// reported and suppresses nothing.
package ignore

import (
	"strings"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// A Directive is one parsed ignore comment.
type Directive = catalog.Directive

// Parse extracts the directives from the comments of a tree.
func Parse(t *syntax.Tree) []Directive {
	var out []Directive
	for i := range t.Nodes {
		n := &t.Nodes[i]
		if n.Kind != "comment" {
			continue
		}
		text := t.Text(n)
		switch {
		case strings.HasPrefix(text, "//"):
			text = text[2:]
		case strings.HasPrefix(text, "/*"):
			text = strings.TrimSuffix(text[2:], "*/")
		default:
			continue
		}
		rules, reason, ok := catalog.ParseDirective(text)
		if !ok {
			continue
		}
		line, col := t.Position(n.Start)
		d := Directive{Line: line, Column: col, Rules: rules, Reason: reason}
		d.Alone = strings.TrimSpace(t.LineText(line)[:min(col-1, len(t.LineText(line)))]) == ""
		out = append(out, d)
	}
	return out
}

// Apply marks the findings of one file that a directive covers.
func Apply(fs []finding.Finding, ds []Directive) {
	for i := range fs {
		for _, d := range ds {
			if d.Covers(fs[i].Rule, fs[i].Line) {
				fs[i].Suppression = &finding.Suppression{Reason: d.Reason}
				break
			}
		}
	}
}

// Malformed returns findings for directives that name no rule, an unknown
// rule, or no reason. Each is attributed to the first known rule it names,
// else to fallback (as the Go side attributes them to its first rule).
func Malformed(path string, ds []Directive, known func(string) bool, fallback string) []finding.Finding {
	var out []finding.Finding
	for _, d := range ds {
		if rule, msg := d.Problem(known, fallback); msg != "" {
			out = append(out, finding.Finding{Rule: rule, File: path, Line: d.Line, Column: d.Column, Message: msg, Directive: true})
		}
	}
	return out
}
