// Package suppress applies sessionlint's inline suppression directive
// (see catalog.Directive) to the Go analyzers' diagnostics.
package suppress

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/catalog"
)

// CategoryPrefix marks a suppressed diagnostic that is kept (for SARIF's
// suppressions) rather than dropped; the reason follows the prefix.
const CategoryPrefix = "suppressed:"

// DirectiveCategory marks a report about a malformed directive.
const DirectiveCategory = "directive"

// Parse extracts the directives of a file. src is the file's content, used
// to tell a trailing comment from one alone on its line; it may be nil.
func Parse(fset *token.FileSet, file *ast.File, src []byte) []catalog.Directive {
	var out []catalog.Directive
	for _, group := range file.Comments {
		for _, c := range group.List {
			text, ok := strings.CutPrefix(c.Text, "//")
			if !ok {
				continue
			}
			rules, reason, ok := catalog.ParseDirective(text)
			if !ok {
				continue
			}
			p := fset.Position(c.Pos())
			out = append(out, catalog.Directive{
				Line: p.Line, Column: p.Column, Alone: aloneOnLine(fset, c.Pos(), src),
				Rules: rules, Reason: reason,
			})
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

// Options configure Wrap.
type Options struct {
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
		byFile := make(map[string][]catalog.Directive)
		for _, f := range pass.Files {
			name := pass.Fset.File(f.Pos()).Name()
			src, _ := pass.ReadFile(name)
			ds := Parse(pass.Fset, f, src)
			byFile[name] = ds
			for _, d := range ds {
				if rule, msg := d.Problem(catalog.Known, opts.FirstRule); msg != "" && rule == a.Name {
					pass.Report(analysis.Diagnostic{Pos: directivePos(pass.Fset, f, d), Category: DirectiveCategory, Message: msg})
				}
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

// directivePos returns the position of d's comment in f.
func directivePos(fset *token.FileSet, f *ast.File, d catalog.Directive) token.Pos {
	tf := fset.File(f.Pos())
	if d.Line < 1 || d.Line > tf.LineCount() {
		return f.Pos()
	}
	return tf.LineStart(d.Line) + token.Pos(d.Column-1)
}
