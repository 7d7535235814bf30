// Package finding is the diagnostic model shared by sessionlint's Go and
// JavaScript passes and by every output format.
package finding

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"slices"
	"strconv"
	"strings"
)

// A Finding is one reported weakness.
type Finding struct {
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	File      string `json:"file"` // absolute path while analysing; relative in output
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine,omitempty"`
	EndColumn int    `json:"endColumn,omitempty"`
	Message   string `json:"message"`
	// Fingerprint identifies the finding across unrelated edits: it hashes
	// the rule, the file and the normalised text of the flagged line, not the
	// line number.
	Fingerprint string `json:"fingerprint"`
	// Suppression is set when an ignore directive covers the finding.
	Suppression *Suppression `json:"suppression,omitempty"`
	Fixes       []Fix        `json:"fixes,omitempty"`
	// Directive marks a report about a malformed ignore directive, which
	// rule selection never filters out.
	Directive bool `json:"-"`
}

// A Suppression records why a finding was accepted.
type Suppression struct {
	Reason string `json:"reason"`
}

// A Fix is a suggested edit set, applied whole or not at all.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// An Edit replaces the bytes [Start, End) of File with New.
type Edit struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// A Problem is something that could not be analysed.
type Problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Sort orders findings by file, position and rule.
func Sort(fs []Finding) {
	slices.SortFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// Dedupe drops exact repeats (the same rule, place and message), which arise
// when a package is analysed both alone and as part of its test variant.
func Dedupe(fs []Finding) []Finding {
	Sort(fs)
	return slices.CompactFunc(fs, func(a, b Finding) bool {
		return a.Rule == b.Rule && a.File == b.File && a.Line == b.Line && a.Column == b.Column && a.Message == b.Message
	})
}

// Fingerprints sets each finding's Fingerprint from its rule, its file (as
// given by rel) and the whitespace-normalised text of its line; findings that
// would collide get an occurrence counter, in position order.
func Fingerprints(fs []Finding, rel func(string) string) {
	Sort(fs)
	lines := make(map[string][]string)
	seen := make(map[string]int)
	for i := range fs {
		f := &fs[i]
		ls, ok := lines[f.File]
		if !ok {
			data, _ := os.ReadFile(f.File)
			ls = strings.Split(string(data), "\n")
			lines[f.File] = ls
		}
		text := ""
		if f.Line >= 1 && f.Line <= len(ls) {
			text = strings.Join(strings.Fields(ls[f.Line-1]), " ")
		}
		key := f.Rule + "\x00" + rel(f.File) + "\x00" + text
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		f.Fingerprint = hex.EncodeToString(sum[:16])
	}
}
