// Package suppress implements sessionlint's inline suppression directive,
//
//	//sessionlint:ignore RULE[,RULE] reason
//
// written on the line of a finding or alone on the line above it. A reason is
// required: a directive without one, or one naming an unknown rule, is itself
// reported and suppresses nothing.
package suppress

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Prefix introduces a directive, with or without a space after "//".
const Prefix = "sessionlint:ignore"

// CategoryPrefix marks a suppressed diagnostic that is kept (for SARIF's
// suppressions) rather than dropped; the reason follows the prefix.
const CategoryPrefix = "suppressed:"

// DirectiveCategory marks a report about a malformed directive.
const DirectiveCategory = "directive"

// A Directive is one parsed ignore comment.
type Directive struct {
	Pos    token.Pos
	Line   int  // line of the comment
	Alone  bool // the comment is the only thing on its line: it covers the next line
	Rules  []string
	Reason string
}

// Parse extracts the directives of a file. src is the file's content, used
// to tell a trailing comment from one alone on its line; it may be nil.
func Parse(fset *token.FileSet, file *ast.File, src []byte) []Directive {
	var out []Directive
	for _, group := range file.Comments {
		for _, c := range group.List {
			text, ok := strings.CutPrefix(c.Text, "//")
			if !ok {
				continue
			}
			text = strings.TrimSpace(text)
			rest, ok := strings.CutPrefix(text, Prefix)
			if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
				continue
			}
			fields := strings.Fields(rest)
			d := Directive{Pos: c.Pos(), Line: fset.Position(c.Pos()).Line}
			d.Alone = aloneOnLine(fset, c.Pos(), src)
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
	}
	return out
}

func aloneOnLine(fset *token.FileSet, pos token.Pos, src []byte) bool {
	p := fset.Position(pos)
	if src == nil || p.Offset > len(src) {
		return p.Column == 1
	}
	lineStart := p.Offset - (p.Column - 1)
	if lineStart < 0 {
		return false
	}
	return strings.TrimSpace(string(src[lineStart:p.Offset])) == ""
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

// Options configure Wrap.
type Options struct {
	// KnownRule reports whether a rule ID exists.
	KnownRule func(id string) bool
	// FirstRule is the rule whose analyzer reports directives that name no
	// known rule, so that each malformed directive is reported once.
	FirstRule string
	// Keep keeps suppressed diagnostics, marked with CategoryPrefix+reason,
	// instead of dropping them.
	Keep bool
}

// Wrap returns a copy of a whose diagnostics honour ignore directives, and
// which reports malformed directives that name it first.
func Wrap(a *analysis.Analyzer, opts Options) *analysis.Analyzer {
	wrapped := *a
	wrapped.Run = func(pass *analysis.Pass) (any, error) {
		byFile := make(map[string][]Directive)
		for _, f := range pass.Files {
			name := pass.Fset.File(f.Pos()).Name()
			src, _ := pass.ReadFile(name)
			ds := Parse(pass.Fset, f, src)
			byFile[name] = ds
			for _, d := range ds {
				reportMalformed(pass, a.Name, d, opts)
			}
		}
		report := pass.Report
		pass.Report = func(diag analysis.Diagnostic) {
			posn := pass.Fset.Position(diag.Pos)
			for _, d := range byFile[posn.Filename] {
				if d.Covers(a.Name, posn.Line) {
					if !opts.Keep {
						return
					}
					diag.Category = CategoryPrefix + d.Reason
					break
				}
			}
			report(diag)
		}
		return a.Run(pass)
	}
	return &wrapped
}

func reportMalformed(pass *analysis.Pass, self string, d Directive, opts Options) {
	var known, unknown []string
	for _, r := range d.Rules {
		if opts.KnownRule(r) {
			known = append(known, r)
		} else {
			unknown = append(unknown, r)
		}
	}
	owner := opts.FirstRule
	if len(known) > 0 {
		owner = known[0]
	}
	if owner != self {
		return
	}
	switch {
	case len(d.Rules) == 0:
		report(pass, d, "sessionlint:ignore directive names no rule, so it suppresses nothing; write //sessionlint:ignore RULE reason")
	case len(unknown) > 0:
		report(pass, d, "sessionlint:ignore directive names unknown rule "+strings.Join(unknown, ", ")+"; use a rule ID from rules.md")
	case d.Reason == "":
		report(pass, d, "sessionlint:ignore directive has no reason, so it suppresses nothing; add why the finding is accepted after the rule list")
	}
}

func report(pass *analysis.Pass, d Directive, msg string) {
	pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: DirectiveCategory, Message: msg})
}
