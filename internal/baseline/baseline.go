// Package baseline records a project's accepted findings in a file and
// hides them from later runs, so that a project can adopt sessionlint and
// see only the weaknesses it adds from then on.
//
// A baseline is JSON:
//
//	{
//	  "tool": "sessionlint",
//	  "version": "v1.2.0",
//	  "format": 1,
//	  "findings": [
//	    {
//	      "fingerprint": "3f0c…",
//	      "rule": "cookieflags",
//	      "file": "web/login.go",
//	      "line": 42,
//	      "message": "…"
//	    }
//	  ]
//	}
//
// Only fingerprints match; rule, file, line and message are there for
// people reading the file. A fingerprint hashes the rule, the file (relative
// to the baseline's folder) and the whitespace-normalised text of the
// flagged line, not its number, so it survives line shifts and edits
// elsewhere, and the baseline works from any working directory. Identical
// findings in one file are counted: with two recorded, a third is reported.
// Findings silenced by an ignore directive are not recorded. Entries are
// sorted by file, line and rule, so the file changes only where the
// findings do.
package baseline

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
)

// Format is the version of the file format written.
const Format = 1

// A File is a baseline.
type File struct {
	Tool     string  `json:"tool"`
	Version  string  `json:"version"`
	Format   int     `json:"format"`
	Findings []Entry `json:"findings"`
}

// An Entry is one recorded finding.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Line        int    `json:"line"`
	Message     string `json:"message"`
}

// A Baseline is a loaded baseline, ready to filter findings.
type Baseline struct {
	dir    string         // the file's folder, absolute
	counts map[string]int // fingerprint → findings recorded
}

// Write records the findings that are not suppressed in a baseline at path.
// The findings' files must be absolute (as while analysing); fs is sorted.
// It returns the number of findings recorded.
func Write(path, version string, fs []finding.Finding) (int, error) {
	dir, err := folder(path)
	if err != nil {
		return 0, err
	}
	keys := fingerprints(fs, dir)
	b := File{Tool: "sessionlint", Version: version, Format: Format, Findings: []Entry{}}
	for i, f := range fs {
		if f.Suppression != nil {
			continue
		}
		b.Findings = append(b.Findings, Entry{Fingerprint: keys[i], Rule: f.Rule, File: relativeTo(dir)(f.File), Line: f.Line, Message: f.Message})
	}
	slices.SortFunc(b.Findings, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return 0, err
	}
	return len(b.Findings), os.WriteFile(path, buf.Bytes(), 0o644)
}

// Load reads a baseline. A missing, unreadable or malformed file is an
// error.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s is not a sessionlint baseline: %v", path, err)
	}
	switch {
	case f.Tool != "sessionlint":
		return nil, fmt.Errorf("%s is not a sessionlint baseline (tool %q)", path, f.Tool)
	case f.Format != Format:
		return nil, fmt.Errorf("%s: unsupported baseline format %d (this sessionlint reads format %d; write it again with -write-baseline)", path, f.Format, Format)
	}
	dir, err := folder(path)
	if err != nil {
		return nil, err
	}
	b := &Baseline{dir: dir, counts: make(map[string]int)}
	for i, e := range f.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: finding %d has no fingerprint", path, i+1)
		}
		b.counts[e.Fingerprint]++
	}
	return b, nil
}

// Len returns the number of findings the baseline records.
func (b *Baseline) Len() int {
	n := 0
	for _, c := range b.counts {
		n += c
	}
	return n
}

// Filter returns the findings the baseline does not hold, keeping
// suppressed ones, and how many it hid. The findings' files must be
// absolute; fs is sorted.
func (b *Baseline) Filter(fs []finding.Finding) (kept []finding.Finding, hidden int) {
	keys := fingerprints(fs, b.dir)
	left := maps.Clone(b.counts)
	for i, f := range fs {
		if f.Suppression == nil && left[keys[i]] > 0 {
			left[keys[i]]--
			hidden++
			continue
		}
		kept = append(kept, f)
	}
	return kept, hidden
}

// fingerprints returns the findings' fingerprints with files relative to
// dir, in the order of fs, which it sorts. finding.Fingerprints sorts its
// argument the same way, so a sorted copy lines up with fs.
func fingerprints(fs []finding.Finding, dir string) []string {
	finding.Sort(fs)
	cp := slices.Clone(fs)
	finding.Fingerprints(cp, relativeTo(dir))
	keys := make([]string, len(cp))
	for i := range cp {
		keys[i] = cp[i].Fingerprint
	}
	return keys
}

func folder(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.Dir(abs), nil
}

// relativeTo returns a function that makes paths relative to dir, with
// forward slashes, leaving paths outside dir absolute.
func relativeTo(dir string) func(string) string {
	return func(p string) string {
		r, err := filepath.Rel(dir, p)
		if err != nil || !filepath.IsAbs(p) || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(p)
		}
		return filepath.ToSlash(r)
	}
}
