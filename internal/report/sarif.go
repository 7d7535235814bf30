package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
)

// SARIF types, limited to what sessionlint emits (SARIF 2.1.0).
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                   `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds"`
		Results            []sarifResult               `json:"results"`
		Invocations        []sarifInvocation           `json:"invocations"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string          `json:"id"`
		Name                 string          `json:"name"`
		ShortDescription     sarifText       `json:"shortDescription"`
		FullDescription      sarifText       `json:"fullDescription"`
		HelpURI              string          `json:"helpUri"`
		Help                 sarifHelp       `json:"help"`
		DefaultConfiguration sarifConfig     `json:"defaultConfiguration"`
		Properties           sarifProperties `json:"properties"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifHelp struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifProperties struct {
		Tags             []string `json:"tags"`
		SecuritySeverity string   `json:"security-severity"`
		Precision        string   `json:"precision"`
		ProblemSeverity  string   `json:"problem.severity"`
	}
	sarifResult struct {
		RuleID              string             `json:"ruleId"`
		RuleIndex           int                `json:"ruleIndex"`
		Level               string             `json:"level"`
		Message             sarifText          `json:"message"`
		Locations           []sarifLocation    `json:"locations"`
		PartialFingerprints map[string]string  `json:"partialFingerprints"`
		Fixes               []sarifFix         `json:"fixes,omitempty"`
		Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           sarifRegion      `json:"region"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine,omitempty"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
		ByteOffset  int `json:"byteOffset,omitempty"`
		ByteLength  int `json:"byteLength"`
	}
	sarifFix struct {
		Description     sarifText             `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion `json:"deletedRegion"`
		InsertedContent sarifText   `json:"insertedContent"`
	}
	sarifSuppression struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
)

// Level maps a severity to a SARIF level.
func Level(s catalog.Severity) string {
	switch s {
	case catalog.High:
		return "error"
	case catalog.Medium:
		return "warning"
	}
	return "note"
}

// SARIF writes the report as a SARIF 2.1.0 log for GitHub code scanning:
// every registry rule with its CWE tags and security-severity, and every
// finding, suppressed ones included with a suppressions entry.
func SARIF(w io.Writer, r Report) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           r.Tool,
			InformationURI: "https://github.com/sessionlint/sessionlint",
			Version:        r.Version,
		}},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{"%SRCROOT%": {URI: fileURI(r.Root)}},
		Results:            []sarifResult{},
	}
	index := make(map[string]int)
	for i, rule := range catalog.Rules {
		index[rule.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(rule))
	}
	for _, f := range r.Findings {
		rule, _ := catalog.Lookup(f.Rule)
		res := sarifResult{
			RuleID:              f.Rule,
			RuleIndex:           index[f.Rule],
			Level:               Level(catalog.Severity(f.Severity)),
			Message:             sarifText{Text: f.Message},
			Locations:           []sarifLocation{location(f.File, f.Line, f.Column, f.EndLine, f.EndColumn)},
			PartialFingerprints: map[string]string{"sessionlint/v1": f.Fingerprint},
		}
		if rule.ID == "" {
			res.RuleIndex = 0
		}
		for _, fix := range f.Fixes {
			res.Fixes = append(res.Fixes, sarifFixOf(fix))
		}
		if f.Suppression != nil {
			res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Suppression.Reason}}
		}
		run.Results = append(run.Results, res)
	}
	inv := sarifInvocation{ExecutionSuccessful: true, ToolExecutionNotifications: []sarifNotification{}}
	notify := func(level, prefix string, p finding.Problem) {
		n := sarifNotification{Level: level, Message: sarifText{Text: prefix + p.Message}}
		if p.Path != "" {
			n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(p.Path)}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	for _, p := range r.Problems {
		notify("error", "", p)
	}
	for _, p := range r.Partial {
		notify("warning", "analysed with partial type information: ", p)
	}
	run.Invocations = []sarifInvocation{inv}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

func sarifRuleOf(rule catalog.Rule) sarifRule {
	tags := []string{"security"}
	for _, cwe := range rule.CWE {
		tags = append(tags, fmt.Sprintf("external/cwe/cwe-%d", cwe))
	}
	docs := rule.Docs()
	return sarifRule{
		ID:                   rule.ID,
		Name:                 rule.ID,
		ShortDescription:     sarifText{Text: rule.Title},
		FullDescription:      sarifText{Text: rule.Summary()},
		HelpURI:              catalog.DocURL(rule.ID),
		Help:                 sarifHelp{Text: rule.Title + ". See " + catalog.DocURL(rule.ID), Markdown: docs},
		DefaultConfiguration: sarifConfig{Level: Level(rule.Severity)},
		Properties: sarifProperties{
			Tags:             tags,
			SecuritySeverity: rule.Severity.SecurityScore(),
			Precision:        "high",
			ProblemSeverity:  Level(rule.Severity),
		},
	}
}

func location(file string, line, col, endLine, endCol int) sarifLocation {
	reg := sarifRegion{StartLine: line, StartColumn: col}
	if endLine >= line && (endLine > line || endCol > col) {
		reg.EndLine, reg.EndColumn = endLine, endCol
	}
	return sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: artifact(file), Region: reg}}
}

func artifact(path string) sarifArtifactLoc {
	if filepath.IsAbs(path) {
		return sarifArtifactLoc{URI: fileURI(path)}
	}
	return sarifArtifactLoc{URI: (&url.URL{Path: filepath.ToSlash(path)}).String(), URIBaseID: "%SRCROOT%"}
}

func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

func sarifFixOf(fix finding.Fix) sarifFix {
	out := sarifFix{Description: sarifText{Text: fix.Message}}
	byFile := make(map[string]int)
	for _, e := range fix.Edits {
		i, ok := byFile[e.File]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[e.File] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(e.File)})
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, sarifReplacement{
			DeletedRegion:   sarifRegion{ByteOffset: e.Start, ByteLength: e.End - e.Start},
			InsertedContent: sarifText{Text: e.New},
		})
	}
	return out
}
