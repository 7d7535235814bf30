package analyzers

import (
	"bytes"
	"fmt"
	"strings"
)

// Markdown renders rules.md, the user-facing documentation of every rule,
// from the registry and each rule's rule.md. A test keeps the committed
// rules.md equal to it.
func Markdown() []byte {
	var b bytes.Buffer
	b.WriteString("# sessionlint rules\n\n")
	b.WriteString("<!-- Generated from analyzers/registry.go and analyzers/*/rule.md by\n" +
		"     `go test ./analyzers -run TestRulesMarkdown -update`. Do not edit by hand. -->\n\n")
	b.WriteString("Every rule has a stable ID: it is the analyzer name, the SARIF `ruleId`, the name used by\n" +
		"`-enable`/`-disable` and the name in suppression comments. Severities map to SARIF levels\n" +
		"(high → error, medium → warning, low → note) and to GitHub's security-severity.\n\n")
	b.WriteString("To accept a finding, write a directive with a reason on the flagged line or alone on the line\n" +
		"above it. A directive without a reason, or naming an unknown rule, is reported and suppresses\n" +
		"nothing. Suppressed findings stay in JSON and SARIF output, marked as suppressed.\n\n" +
		"```go\n//sessionlint:ignore cookieflags the cookie only holds a UI preference\n```\n\n")
	b.WriteString("| Rule | What it flags | Severity | CWE | Go | JS/TS |\n|---|---|---|---|---|---|\n")
	for _, r := range Rules {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s | %s | %s |\n",
			r.ID, r.ID, r.Title, r.Severity, cweList(r.CWE), yesNo(r.Go != nil), planned(r.JS))
	}
	for _, r := range Rules {
		fmt.Fprintf(&b, "\n## %s\n\n", r.ID)
		fmt.Fprintf(&b, "**%s.** Severity %s · %s · OWASP ASVS %s · Go: %s · JS/TS: %s\n\n",
			r.Title, r.Severity, cweList(r.CWE), strings.Join(r.ASVS, ", "), yesNo(r.Go != nil), planned(r.JS))
		b.WriteString(Docs(r.ID))
		if js := JSDocs(r.ID); r.JS && js != "" {
			b.WriteString("\n\n" + js)
		}
		fmt.Fprintf(&b, "\n\n### Suppressing\n\n```go\n//sessionlint:ignore %s reason the finding is accepted\n```\n", r.ID)
	}
	return b.Bytes()
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
