// Package report writes sessionlint's results as text, JSON or SARIF 2.1.0.
// Every writer receives the same Report; paths in it are already relative to
// the working directory (forward slashes).
package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/sessionlint/sessionlint/internal/finding"
)

// SchemaVersion is the version of the JSON output schema; it changes only
// when a field changes meaning or disappears (new fields may be added).
const SchemaVersion = 1

// A Report is the outcome of one run.
type Report struct {
	Tool     string            `json:"tool"`
	Version  string            `json:"version"`
	Root     string            `json:"root"` // absolute working directory; paths are relative to it
	Findings []finding.Finding `json:"findings"`
	Problems []finding.Problem `json:"errors"`
	// Partial lists what was analysed with less information than a full
	// build gives (Go packages with partial type information) or only in
	// part (JavaScript/TypeScript files with syntax errors or expressions
	// nested too deep to follow), and why.
	Partial []finding.Problem `json:"partial"`
}

// Counts summarises a report.
type Counts struct {
	Findings   int `json:"findings"`
	Suppressed int `json:"suppressed"`
	Errors     int `json:"errors"`
}

// Count returns how many findings are active and suppressed.
func (r Report) Count() Counts {
	c := Counts{Errors: len(r.Problems)}
	for _, f := range r.Findings {
		if f.Suppression != nil {
			c.Suppressed++
		} else {
			c.Findings++
		}
	}
	return c
}

// Text writes one line per active finding: path:line:col: rule: message.
func Text(w io.Writer, r Report) error {
	for _, f := range r.Findings {
		if f.Suppression != nil {
			continue
		}
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", f.File, f.Line, f.Column, f.Rule, f.Message); err != nil {
			return err
		}
	}
	return nil
}

// jsonReport is the documented JSON schema (see README, "JSON output").
type jsonReport struct {
	SchemaVersion int               `json:"schemaVersion"`
	Tool          string            `json:"tool"`
	Version       string            `json:"version"`
	Root          string            `json:"root"`
	Summary       Counts            `json:"summary"`
	Findings      []finding.Finding `json:"findings"`
	Errors        []finding.Problem `json:"errors"`
	Partial       []finding.Problem `json:"partial"`
}

// JSON writes the whole report, suppressed findings included (marked by
// their "suppression" object).
func JSON(w io.Writer, r Report) error {
	out := jsonReport{
		SchemaVersion: SchemaVersion, Tool: r.Tool, Version: r.Version, Root: r.Root,
		Summary: r.Count(), Findings: r.Findings, Errors: r.Problems, Partial: r.Partial,
	}
	if out.Findings == nil {
		out.Findings = []finding.Finding{}
	}
	if out.Errors == nil {
		out.Errors = []finding.Problem{}
	}
	if out.Partial == nil {
		out.Partial = []finding.Problem{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
