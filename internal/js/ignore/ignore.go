// Package ignore implements sessionlint's suppression directive for
// JavaScript and TypeScript, with the Go side's semantics
// (analyzers/internal/suppress):
//
//	// sessionlint:ignore RULE[,RULE] reason
//
// on the line of a finding, or alone on the line above it. A reason is
// required: a directive without one, or naming an unknown rule, is itself
// reported and suppresses nothing.
package ignore

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// Prefix introduces a directive.
const Prefix = "sessionlint:ignore"

// A Directive is one parsed ignore comment.
type Directive struct {
	Line, Column int
	Alone        bool // alone on its line: covers the next line
	Rules        []string
	Reason       string
}

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
		text = strings.TrimSpace(text)
		rest, ok := strings.CutPrefix(text, Prefix)
		if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
			continue
		}
		line, col := t.Position(n.Start)
		d := Directive{Line: line, Column: col}
		d.Alone = strings.TrimSpace(t.LineText(line)[:min(col-1, len(t.LineText(line)))]) == ""
		fields := strings.Fields(rest)
		if len(fields) > 0 {
			for r := range strings.SplitSeq(fields[0], ",") {
				if r = strings.TrimSpace(r); r != "" {
					d.Rules = append(d.Rules, r)
				}
			}
			d.Reason = strings.Join(fields[1:], " ")
		}
		out = append(out, d)
	}
	return out
}

// Covers reports whether d applies to a finding of rule on line.
func (d Directive) Covers(rule string, line int) bool {
	if d.Reason == "" {
		return false
	}
	if line != d.Line && !(d.Alone && line == d.Line+1) {
		return false
	}
	for _, r := range d.Rules {
		if r == rule {
			return true
		}
	}
	return false
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
		var okRules, unknown []string
		for _, r := range d.Rules {
			if known(r) {
				okRules = append(okRules, r)
			} else {
				unknown = append(unknown, r)
			}
		}
		rule := fallback
		if len(okRules) > 0 {
			rule = okRules[0]
		}
		msg := ""
		switch {
		case len(d.Rules) == 0:
			msg = "sessionlint:ignore directive names no rule, so it suppresses nothing; write // sessionlint:ignore RULE reason"
		case len(unknown) > 0:
			msg = "sessionlint:ignore directive names unknown rule " + strings.Join(unknown, ", ") + "; use a rule ID from rules.md"
		case d.Reason == "":
			msg = "sessionlint:ignore directive has no reason, so it suppresses nothing; add why the finding is accepted after the rule list"
		default:
			continue
		}
		out = append(out, finding.Finding{Rule: rule, File: path, Line: d.Line, Column: d.Column, Message: msg, Directive: true})
	}
	return out
}
