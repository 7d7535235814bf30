package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/lazyre"
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
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
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
		RuleIndex           *int               `json:"ruleIndex,omitempty"`
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
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           *sarifRegion     `json:"region,omitempty"`
	}
	// sarifRegion is a text region in lines and columns (1-based).
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	// sarifByteRegion is a region in bytes, as fixes give it; an insertion
	// has length 0, and offset 0 is the start of the file: both are kept.
	sarifByteRegion struct {
		ByteOffset int `json:"byteOffset"`
		ByteLength int `json:"byteLength"`
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
		DeletedRegion   sarifByteRegion `json:"deletedRegion"`
		InsertedContent sarifText       `json:"insertedContent"`
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
// every catalog rule with its CWE tags and security-severity, and every
// finding, suppressed ones included with a suppressions entry. Problems
// (what could not be analysed) are tool execution notifications, located
// at the file and line their message names, if any.
//
// Paths are made relative to the repository root, the nearest folder at or
// above r.Root that holds .git (r.Root itself when there is none), which
// %SRCROOT% names: code scanning maps them to the repository's files
// whatever folder the job ran sessionlint in.
func SARIF(w io.Writer, r Report) error {
	loc := locator{root: r.Root, src: SourceRoot(r.Root)}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           r.Tool,
			InformationURI: "https://github.com/sessionlint/sessionlint",
			Version:        r.Version,
		}},
		Results: []sarifResult{},
	}
	if loc.src != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLoc{srcRoot: {URI: fileURI(loc.src, true)}}
	}
	index := make(map[string]int)
	for i, rule := range catalog.Rules {
		index[rule.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(rule))
	}
	for _, f := range r.Findings {
		res := sarifResult{
			RuleID:              f.Rule,
			Level:               Level(catalog.Severity(f.Severity)),
			Message:             sarifText{Text: f.Message},
			Locations:           []sarifLocation{loc.location(f.File, f.Line, f.Column, f.EndLine, f.EndColumn)},
			PartialFingerprints: map[string]string{"sessionlint/v1": f.Fingerprint},
		}
		if i, ok := index[f.Rule]; ok {
			res.RuleIndex = &i
		}
		for _, fix := range f.Fixes {
			res.Fixes = append(res.Fixes, loc.fix(fix))
		}
		if f.Suppression != nil {
			res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Suppression.Reason}}
		}
		run.Results = append(run.Results, res)
	}
	inv := sarifInvocation{ExecutionSuccessful: true, ToolExecutionNotifications: []sarifNotification{}}
	notify := func(level, prefix string, p finding.Problem) {
		n := sarifNotification{Level: level, Message: sarifText{Text: prefix + problemText(p)}}
		if l, ok := loc.problem(p); ok {
			n.Locations = []sarifLocation{l}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	for _, p := range r.Problems {
		notify("error", "", p)
	}
	for _, p := range r.Partial {
		prefix := "analysed with partial type information: "
		if isScript(p.Path) {
			prefix = "analysed in part: "
		}
		notify("warning", prefix, p)
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

const srcRoot = "%SRCROOT%"

// isScript reports whether path names a JavaScript or TypeScript file,
// which the JavaScript/TypeScript pass analyses in part for other reasons
// than Go's partial type information.
func isScript(path string) bool {
	switch filepath.Ext(path) {
	case ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx":
		return true
	}
	return false
}

// SourceRoot returns the root of the repository that dir is in: the
// nearest folder at or above dir holding .git (a folder, or a file in a
// worktree or submodule), or dir itself when there is none.
func SourceRoot(dir string) string {
	if dir == "" {
		return ""
	}
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

func sarifRuleOf(rule catalog.Rule) sarifRule {
	tags := []string{"security"}
	for _, cwe := range rule.CWE {
		tags = append(tags, fmt.Sprintf("external/cwe/cwe-%d", cwe))
	}
	docs := rule.Docs()
	return sarifRule{
		ID:                   rule.ID,
		Name:                 rule.Name,
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

// A locator turns the report's paths (relative to root, or absolute) into
// SARIF artifact locations relative to src, the repository root.
type locator struct{ root, src string }

func (l locator) location(file string, line, col, endLine, endCol int) sarifLocation {
	phys := sarifPhysical{ArtifactLocation: l.artifact(file)}
	if line >= 1 {
		reg := &sarifRegion{StartLine: line, StartColumn: max(col, 0)}
		if endLine >= line && (endLine > line || endCol > col) {
			reg.EndLine, reg.EndColumn = endLine, endCol
		}
		phys.Region = reg
	}
	return sarifLocation{PhysicalLocation: phys}
}

// abs returns the absolute form of a report path ("" if it has none).
func (l locator) abs(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	if l.root == "" {
		return ""
	}
	return filepath.Join(l.root, filepath.FromSlash(path))
}

func (l locator) artifact(path string) sarifArtifactLoc {
	abs := l.abs(path)
	if abs == "" {
		return sarifArtifactLoc{URI: relURI(path), URIBaseID: srcRoot}
	}
	if rel, err := filepath.Rel(l.src, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return sarifArtifactLoc{URI: relURI(rel), URIBaseID: srcRoot}
	}
	return sarifArtifactLoc{URI: fileURI(abs, false)}
}

func relURI(path string) string {
	return (&url.URL{Path: filepath.ToSlash(path)}).String()
}

func fileURI(path string, dir bool) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/dir → /C:/dir
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

func (l locator) fix(fix finding.Fix) sarifFix {
	out := sarifFix{Description: sarifText{Text: fix.Message}}
	byFile := make(map[string]int)
	for _, e := range fix.Edits {
		i, ok := byFile[e.File]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[e.File] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{ArtifactLocation: l.artifact(e.File)})
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, sarifReplacement{
			DeletedRegion:   sarifByteRegion{ByteOffset: e.Start, ByteLength: e.End - e.Start},
			InsertedContent: sarifText{Text: e.New},
		})
	}
	return out
}

// problemText is a problem's notification message: what could not be
// analysed (a path, or an import path) and why.
func problemText(p finding.Problem) string {
	switch {
	case p.Path == "":
		return p.Message
	case p.Message == "":
		return p.Path
	}
	return p.Path + ": " + p.Message
}

// position matches "file:line:col: " or "file:line: " at the start of a
// line of a problem's message, as the go command prints errors.
var position = lazyre.New(`(?m)^(.+?):(\d+)(?::(\d+))?: `)

// problem locates a problem: at the first file and line its message names
// that exist, else at its path when that is a file or folder. Import paths
// and patterns that match nothing have no location.
func (l locator) problem(p finding.Problem) (sarifLocation, bool) {
	for _, m := range position.FindAllStringSubmatch(p.Message, -1) {
		abs := l.abs(m[1])
		if info, err := os.Stat(abs); abs == "" || err != nil || info.IsDir() {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return l.location(m[1], line, col, 0, 0), true
	}
	if abs := l.abs(p.Path); p.Path != "" && abs != "" {
		if _, err := os.Stat(abs); err == nil {
			return sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: l.artifact(p.Path)}}, true
		}
	}
	return sarifLocation{}, false
}
