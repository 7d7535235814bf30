// Package ruledocs renders the user-facing documentation of the rules,
// rules.md and the README's rule table, from the catalog and from what the
// Go suite and the JavaScript/TypeScript rule set register. It is the one
// place that sees both languages' rule sets, so its test also keeps them in
// step with the catalog.
package ruledocs

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/js/rules"
)

// HasGo reports whether rule id has a Go analyzer.
func HasGo(id string) bool { return analyzers.Has(id) }

// HasJS reports whether rule id has a JavaScript/TypeScript rule.
func HasJS(id string) bool {
	return slices.ContainsFunc(rules.All, func(r *rules.Rule) bool { return r.ID == id })
}

// Markdown renders rules.md, the user-facing documentation of every rule,
// from the catalog. A test keeps the committed rules.md equal to it.
func Markdown() []byte {
	var b bytes.Buffer
	b.WriteString("# sessionlint rules\n\n")
	b.WriteString("<!-- Generated from the catalog (catalog/catalog.go and catalog/docs/*.md) by\n" +
		"     `go test ./internal/ruledocs -run TestRulesMarkdown -update`. Do not edit by hand. -->\n\n")
	b.WriteString("Every rule has a stable ID: it is the analyzer name, the SARIF `ruleId`, the name used by\n" +
		"`-enable`/`-disable` and the name in suppression comments. Severities map to SARIF levels\n" +
		"(high → error, medium → warning, low → note) and to GitHub's security-severity.\n\n")
	b.WriteString("To accept a finding, write a directive with a reason on the flagged line or alone on the line\n" +
		"above it. A directive without a reason, or naming an unknown rule, is reported and suppresses\n" +
		"nothing. Suppressed findings stay in JSON and SARIF output, marked as suppressed.\n\n" +
		"```go\n//" + catalog.DirectivePrefix + " cookieflags the cookie only holds a UI preference\n```\n\n")
	b.WriteString("| Rule | What it flags | Severity | CWE | Go | JS/TS |\n|---|---|---|---|---|---|\n")
	for _, r := range catalog.Rules {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s | %s | %s |\n",
			r.ID, r.ID, r.Title, r.Severity, cweList(r.CWE), yesNo(HasGo(r.ID)), planned(HasJS(r.ID)))
	}
	for _, r := range catalog.Rules {
		fmt.Fprintf(&b, "\n## %s\n\n", r.ID)
		fmt.Fprintf(&b, "**%s.** Severity %s · %s · OWASP ASVS %s · Go: %s · JS/TS: %s\n\n",
			r.Title, r.Severity, cweList(r.CWE), strings.Join(r.ASVS, ", "), yesNo(HasGo(r.ID)), planned(HasJS(r.ID)))
		b.WriteString(r.GoDocs())
		if js := r.JSDocs(); HasJS(r.ID) && js != "" {
			b.WriteString("\n\n" + js)
		}
		fmt.Fprintf(&b, "\n\n### Suppressing\n\n```go\n//%s %s reason the finding is accepted\n```\n", catalog.DirectivePrefix, r.ID)
	}
	return b.Bytes()
}

// ReadmeTable renders the README's table of rules.
func ReadmeTable() string {
	var b strings.Builder
	b.WriteString("| Rule | What it flags | CWE |\n|---|---|---|\n")
	for _, r := range catalog.Rules {
		var cwes []string
		for _, c := range r.CWE {
			cwes = append(cwes, fmt.Sprint(c))
		}
		title := r.Title
		if !HasGo(r.ID) && HasJS(r.ID) {
			title += " (JS/TS only)"
		}
		fmt.Fprintf(&b, "| [`%s`](rules.md#%s) | %s | %s |\n", r.ID, r.ID, title, strings.Join(cwes, ", "))
	}
	return b.String()
}

func cweList(cwes []int) string {
	var parts []string
	for _, c := range cwes {
		parts = append(parts, fmt.Sprintf("[CWE-%d](https://cwe.mitre.org/data/definitions/%d.html)", c, c))
	}
	return strings.Join(parts, ", ")
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func planned(b bool) string {
	if b {
		return "yes"
	}
	return "planned"
}
