// Package analyzers is sessionlint's rule registry: one row per rule with its
// public ID, CWE, severity and documentation, and the Go analyzer that
// implements it. The command, the vet tool, SARIF metadata, rules.md and the
// golangci-lint plugin all read this table.
package analyzers

import (
	"embed"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers/cookieflags"
	"github.com/sessionlint/sessionlint/analyzers/csrf"
	"github.com/sessionlint/sessionlint/analyzers/fixation"
	"github.com/sessionlint/sessionlint/analyzers/hardcodedsecret"
	"github.com/sessionlint/sessionlint/analyzers/internal/code"
	"github.com/sessionlint/sessionlint/analyzers/internal/suppress"
	"github.com/sessionlint/sessionlint/analyzers/logout"
	"github.com/sessionlint/sessionlint/analyzers/memstore"
	"github.com/sessionlint/sessionlint/analyzers/noexpiry"
	"github.com/sessionlint/sessionlint/analyzers/plainpassword"
	"github.com/sessionlint/sessionlint/analyzers/predictableid"
	"github.com/sessionlint/sessionlint/analyzers/sensitivedata"
	"github.com/sessionlint/sessionlint/analyzers/sessioninurl"
)

// Severity ranks how urgent a rule's findings are.
type Severity string

const (
	High   Severity = "high"
	Medium Severity = "medium"
	Low    Severity = "low"
)

// Rank orders severities: low 1, medium 2, high 3, unknown 0.
func (s Severity) Rank() int {
	return map[Severity]int{Low: 1, Medium: 2, High: 3}[s]
}

// SecurityScore is the CVSS-like number GitHub code scanning reads from
// SARIF's security-severity property.
func (s Severity) SecurityScore() string {
	return map[Severity]string{Low: "3.0", Medium: "5.5", High: "8.0"}[s]
}

// A Rule is one row of the registry.
type Rule struct {
	ID       string             // public, stable: analyzer Name, SARIF ruleId, config key
	Title    string             // one line: what the rule flags
	CWE      []int              // MITRE CWE IDs
	ASVS     []string           // OWASP ASVS 4.0.3 requirements
	Severity Severity           // default severity
	Go       *analysis.Analyzer // nil for rules with no Go form
	JS       bool               // the JavaScript/TypeScript pass implements it
}

// Rules is the registry, in the order of the rule catalog.
var Rules = []Rule{
	{ID: "predictableid", Title: "Session IDs and secret tokens that can be guessed", CWE: []int{330, 331, 338}, ASVS: []string{"V3.2.2", "V3.2.4"}, Severity: High, Go: predictableid.Analyzer, JS: true},
	{ID: "cookieflags", Title: "Session or auth cookies without Secure, HttpOnly or SameSite", CWE: []int{614, 1004, 1275}, ASVS: []string{"V3.4.1", "V3.4.2", "V3.4.3"}, Severity: Medium, Go: cookieflags.Analyzer, JS: true},
	{ID: "noexpiry", Title: "Sessions with no bounded lifetime", CWE: []int{613}, ASVS: []string{"V3.3.1", "V3.3.2"}, Severity: Medium, Go: noexpiry.Analyzer, JS: true},
	{ID: "fixation", Title: "No session ID regeneration when a user logs in", CWE: []int{384}, ASVS: []string{"V3.2.1"}, Severity: High, Go: fixation.Analyzer, JS: true},
	{ID: "plainpassword", Title: "Passwords stored in plaintext or with a fast hash", CWE: []int{256, 916}, ASVS: []string{"V2.4.1"}, Severity: High, Go: plainpassword.Analyzer, JS: true},
	{ID: "memstore", Title: "In-memory session store in production code", CWE: []int{400, 613}, ASVS: []string{"V3.3.1"}, Severity: Medium, Go: memstore.Analyzer, JS: true},
	{ID: "hardcodedsecret", Title: "Session or cookie signing and encryption keys written in code", CWE: []int{798, 321}, ASVS: []string{"V2.10.4", "V6.4.1"}, Severity: High, Go: hardcodedsecret.Analyzer, JS: true},
	{ID: "sessioninurl", Title: "Session IDs or auth tokens put into URLs", CWE: []int{598}, ASVS: []string{"V3.1.1"}, Severity: Medium, Go: sessioninurl.Analyzer, JS: true},
	{ID: "logout", Title: "Logout that leaves the session valid", CWE: []int{613}, ASVS: []string{"V3.3.1"}, Severity: Medium, Go: logout.Analyzer, JS: true},
	{ID: "sensitivedata", Title: "Passwords, card numbers or CVVs stored in the session", CWE: []int{312}, ASVS: []string{"V8.3.4"}, Severity: Medium, Go: sensitivedata.Analyzer, JS: true},
	{ID: "clientstorage", Title: "Auth tokens kept in localStorage or sessionStorage", CWE: []int{922}, ASVS: []string{"V3.2.3"}, Severity: Medium, JS: true},
	{ID: "csrf", Title: "Cookie-session apps with state-changing routes and no CSRF defence", CWE: []int{352}, ASVS: []string{"V4.2.2"}, Severity: High, Go: csrf.Analyzer, JS: true},
}

// Lookup returns the rule with the given ID.
func Lookup(id string) (Rule, bool) {
	i := slices.IndexFunc(Rules, func(r Rule) bool { return r.ID == id })
	if i < 0 {
		return Rule{}, false
	}
	return Rules[i], true
}

// Known reports whether id names a rule.
func Known(id string) bool {
	_, ok := Lookup(id)
	return ok
}

// Options select how Analyzers wraps the rules.
type Options struct {
	// KeepSuppressed keeps findings silenced by //sessionlint:ignore, with
	// their Category set to "suppressed:" and the reason, so that SARIF can
	// list them with a suppressions entry.
	KeepSuppressed bool
	// Select, when set, keeps only the rules it accepts. The first rule
	// kept also reports directives that name no known rule.
	Select func(Rule) bool
}

// Analyzers returns the Go analyzers of every rule, ready for a driver: each
// honours //sessionlint:ignore directives and accepts the extra-name flags
// (see VetFlags). The result is a fresh slice of fresh analyzers; the
// registry's own analyzers are left untouched.
func Analyzers(opts Options) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	selected := func(r Rule) bool { return r.Go != nil && (opts.Select == nil || opts.Select(r)) }
	first := ""
	for _, r := range Rules {
		if selected(r) && first == "" {
			first = r.ID
		}
	}
	for _, r := range Rules {
		if !selected(r) {
			continue
		}
		out = append(out, withNameFlags(suppress.Wrap(r.Go, suppress.Options{KnownRule: Known, FirstRule: first, Keep: opts.KeepSuppressed})))
	}
	return out
}

//go:embed */rule.md */rule_js.md
var ruleDocs embed.FS

// Docs returns the Markdown documentation of a rule, from analyzers/ID/rule.md.
func Docs(id string) string {
	data, err := ruleDocs.ReadFile(id + "/rule.md")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}

// JSDocs returns the JavaScript/TypeScript part of a rule's documentation,
// from analyzers/ID/rule_js.md, or "".
func JSDocs(id string) string {
	data, err := ruleDocs.ReadFile(id + "/rule_js.md")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}

// DocURL returns the link to a rule's section of rules.md.
func DocURL(id string) string { return code.DocURL(id) }
