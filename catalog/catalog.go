// Package catalog is sessionlint's rule catalog: one entry per rule with its
// public ID, title, CWE and ASVS references, default severity and
// documentation, plus the suppression directive syntax and the kinds of
// names a project can declare. Everything that shows a rule to a user reads
// it: the command, the vet tool, SARIF and JSON output, the language server,
// the golangci-lint plugin and rules.md.
//
// The package is a leaf: it imports nothing of sessionlint's and nothing of
// x/tools, so reading a severity never links an analyzer. Which rules have a
// Go or a JavaScript/TypeScript form is not recorded here; it follows from
// what the Go suite (package analyzers) and the JS rule set register.
package catalog

import (
	"embed"
	"slices"
	"strings"
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

// A Rule is one entry of the catalog.
type Rule struct {
	ID string // public, stable: analyzer Name, JS rule ID, SARIF ruleId, config key
	// Name is a descriptive PascalCase name for tools that show one beside
	// the ID, such as SARIF viewers (SARIF's rule name, which must differ
	// from the ID).
	Name     string
	Title    string   // one line: what the rule flags
	CWE      []int    // MITRE CWE IDs
	ASVS     []string // OWASP ASVS 4.0.3 requirements
	Severity Severity // default severity
}

// Rules is the catalog, in the order documentation lists the rules.
var Rules = []Rule{
	{ID: "predictableid", Name: "PredictableSessionID", Title: "Session IDs and secret tokens that can be guessed", CWE: []int{330, 331, 338}, ASVS: []string{"V3.2.2", "V3.2.4"}, Severity: High},
	{ID: "cookieflags", Name: "InsecureSessionCookie", Title: "Session or auth cookies without Secure, HttpOnly or SameSite", CWE: []int{614, 1004, 1275}, ASVS: []string{"V3.4.1", "V3.4.2", "V3.4.3"}, Severity: Medium},
	{ID: "noexpiry", Name: "SessionWithoutExpiry", Title: "Sessions with no bounded lifetime", CWE: []int{613}, ASVS: []string{"V3.3.1", "V3.3.2"}, Severity: Medium},
	{ID: "fixation", Name: "SessionFixation", Title: "No session ID regeneration when a user logs in", CWE: []int{384}, ASVS: []string{"V3.2.1"}, Severity: High},
	{ID: "plainpassword", Name: "PlaintextPassword", Title: "Passwords stored in plaintext or with a fast hash", CWE: []int{256, 916}, ASVS: []string{"V2.4.1"}, Severity: High},
	{ID: "memstore", Name: "InMemorySessionStore", Title: "In-memory session store in production code", CWE: []int{400, 613}, ASVS: []string{"V3.3.1"}, Severity: Medium},
	{ID: "hardcodedsecret", Name: "HardcodedSessionSecret", Title: "Session or cookie signing and encryption keys written in code", CWE: []int{798, 321}, ASVS: []string{"V2.10.4", "V6.4.1"}, Severity: High},
	{ID: "sessioninurl", Name: "SessionIDInURL", Title: "Session IDs or auth tokens put into URLs", CWE: []int{598}, ASVS: []string{"V3.1.1"}, Severity: Medium},
	{ID: "logout", Name: "IncompleteLogout", Title: "Logout that leaves the session valid", CWE: []int{613}, ASVS: []string{"V3.3.1"}, Severity: Medium},
	{ID: "sensitivedata", Name: "SensitiveDataInSession", Title: "Passwords, card numbers or CVVs stored in the session", CWE: []int{312}, ASVS: []string{"V8.3.4"}, Severity: Medium},
	{ID: "clientstorage", Name: "TokenInBrowserStorage", Title: "Auth tokens kept in localStorage or sessionStorage", CWE: []int{922}, ASVS: []string{"V3.2.3"}, Severity: Medium},
	{ID: "csrf", Name: "MissingCSRFProtection", Title: "Cookie-session apps with state-changing routes and no CSRF defence", CWE: []int{352}, ASVS: []string{"V4.2.2"}, Severity: High},
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

// DocBase is where rules.md is published; each rule has an anchor there.
const DocBase = "https://github.com/sessionlint/sessionlint/blob/main/rules.md"

// DocURL returns the link to a rule's section of rules.md.
func DocURL(id string) string { return DocBase + "#" + id }

//go:embed docs/*.md
var docs embed.FS

// jsHeading starts the JavaScript/TypeScript part of a rule's documentation.
const jsHeading = "### JavaScript and TypeScript"

// Docs returns a rule's whole documentation, in Markdown, from docs/ID.md:
// what it flags, why, the libraries modelled, what stays silent, bad and
// good code, and the JavaScript/TypeScript part.
func (r Rule) Docs() string {
	data, err := docs.ReadFile("docs/" + r.ID + ".md")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}

// GoDocs returns the part of Docs before the JavaScript/TypeScript part.
func (r Rule) GoDocs() string {
	before, _, _ := strings.Cut(r.Docs(), jsHeading)
	return strings.TrimSpace(before)
}

// JSDocs returns the JavaScript/TypeScript part of Docs, or "".
func (r Rule) JSDocs() string {
	_, after, ok := strings.Cut(r.Docs(), jsHeading)
	if !ok {
		return ""
	}
	return jsHeading + after
}

// Summary returns the first paragraph of what the rule flags, on one line:
// SARIF's full description.
func (r Rule) Summary() string {
	text := r.Docs()
	if _, after, ok := strings.Cut(text, "### What it flags"); ok {
		text = after
	}
	para, _, _ := strings.Cut(strings.TrimSpace(text), "\n\n")
	if para == "" {
		return r.Title + "."
	}
	return strings.Join(strings.Fields(para), " ")
}

// AnalyzerDoc returns the Doc of the Go analyzer of rule id, in the
// "name: summary" form go vet prints, followed by the rule's documentation.
// It panics for an unknown ID, so that a missing entry fails every test.
func AnalyzerDoc(id string) string {
	r, ok := Lookup(id)
	if !ok {
		panic("catalog: no rule " + id)
	}
	return r.ID + ": " + strings.ToLower(r.Title[:1]) + r.Title[1:] + "\n\n" + r.GoDocs()
}
