// Package rules is sessionlint's JavaScript/TypeScript rule set: one
// package per rule below it (like the Go analyzers), each a Rule of package
// analysis. A rule's tree-sitter query selects candidate nodes; its check
// does what queries cannot with the resolver (package resolve), the
// library catalog (package jslib) and the app's request handling (package
// web). Facts that only the whole app can decide (a CSRF middleware in
// another file, the passport version, a Mongoose save hook) are collected
// per file and settled by Finish.
package rules

import (
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/rules/clientstorage"
	"github.com/sessionlint/sessionlint/internal/js/rules/cookieflags"
	"github.com/sessionlint/sessionlint/internal/js/rules/csrf"
	"github.com/sessionlint/sessionlint/internal/js/rules/fixation"
	"github.com/sessionlint/sessionlint/internal/js/rules/hardcodedsecret"
	"github.com/sessionlint/sessionlint/internal/js/rules/logout"
	"github.com/sessionlint/sessionlint/internal/js/rules/memstore"
	"github.com/sessionlint/sessionlint/internal/js/rules/noexpiry"
	"github.com/sessionlint/sessionlint/internal/js/rules/plainpassword"
	"github.com/sessionlint/sessionlint/internal/js/rules/predictableid"
	"github.com/sessionlint/sessionlint/internal/js/rules/sensitivedata"
	"github.com/sessionlint/sessionlint/internal/js/rules/sessioninurl"
	"github.com/sessionlint/sessionlint/internal/js/web"
)

// All is the JavaScript/TypeScript rule set, in the catalog's order.
var All = []*analysis.Rule{
	predictableid.Rule,
	cookieflags.Rule,
	noexpiry.Rule,
	fixation.Rule,
	plainpassword.Rule,
	memstore.Rule,
	hardcodedsecret.Rule,
	sessioninurl.Rule,
	logout.Rule,
	sensitivedata.Rule,
	clientstorage.Rule,
	csrf.Rule,
}

// A rule's Query holds one tree-sitter pattern per line. Rules share
// patterns (most start from the same calls and assignments), and the
// engine runs each distinct pattern once per file, so Queries returns the
// distinct patterns and QueryRules the rules using each.
func patterns(r *analysis.Rule) []string {
	var out []string
	for _, l := range strings.Split(r.Query, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Queries returns the distinct patterns of the rules' queries.
func Queries() []string {
	var qs []string
	for _, r := range All {
		for _, p := range patterns(r) {
			if !slices.Contains(qs, p) {
				qs = append(qs, p)
			}
		}
	}
	return qs
}

// QueryRules returns, for each index of Queries(), the rules using it.
func QueryRules() [][]*analysis.Rule {
	qs := Queries()
	out := make([][]*analysis.Rule, len(qs))
	for _, r := range All {
		for _, p := range patterns(r) {
			i := slices.Index(qs, p)
			if !slices.Contains(out[i], r) {
				out[i] = append(out[i], r)
			}
		}
	}
	return out
}

// Run runs every enabled rule whose query matched in f, in document order.
func Run(f *analysis.File, byQuery [][]*analysis.Rule, enabled func(id string) bool) {
	if f.Tree.Root == nil {
		return
	}
	web.Prepare(f)
	for _, m := range f.Tree.Matches {
		if m.Query < 0 || m.Query >= len(byQuery) {
			continue
		}
		for _, r := range byQuery[m.Query] {
			if enabled == nil || enabled(r.ID) {
				r.Check(f, m)
			}
		}
	}
}

// Finish settles an app's pending findings and adds the app-level ones.
func Finish(a *analysis.App, pending []analysis.Pending, enabled func(string) bool) []finding.Finding {
	return a.Finish(pending, All, enabled)
}

// Rule is a JavaScript/TypeScript rule (package analysis), and Names the
// project's extra names: the rule set's public face for the command and
// the documentation.
type (
	Rule  = analysis.Rule
	Names = analysis.Names
)
