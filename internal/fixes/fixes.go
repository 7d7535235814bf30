// Package fixes applies suggested fixes to files, skipping fixes whose edits
// overlap ones already accepted, and renders the changes as unified diffs.
package fixes

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"os"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
)

// A Skipped fix could not be applied, with the reason.
type Skipped struct {
	Finding finding.Finding
	Reason  string
}

// A Change is the new content of one file.
type Change struct {
	File     string
	Old, New []byte
}

// Plan applies, in memory, the first fix of every active finding that has
// one. A fix is accepted whole or not at all: one whose edits overlap an
// accepted edit (other than by being identical to it) is skipped.
func Plan(fs []finding.Finding) ([]Change, []Skipped) {
	accepted := make(map[string][]finding.Edit)
	var skipped []Skipped
	for _, f := range fs {
		if f.Suppression != nil || len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		if reason := conflict(accepted, fix.Edits); reason != "" {
			skipped = append(skipped, Skipped{Finding: f, Reason: reason})
			continue
		}
		for _, e := range fix.Edits {
			if !slices.Contains(accepted[e.File], e) {
				accepted[e.File] = append(accepted[e.File], e)
			}
		}
	}
	var changes []Change
	for file, edits := range accepted {
		old, err := os.ReadFile(file)
		if err != nil {
			for _, f := range fs {
				if len(f.Fixes) > 0 && f.File == file {
					skipped = append(skipped, Skipped{Finding: f, Reason: err.Error()})
				}
			}
			continue
		}
		updated, err := apply(old, edits)
		if err != nil {
			skipped = append(skipped, Skipped{Finding: finding.Finding{File: file}, Reason: err.Error()})
			continue
		}
		if strings.HasSuffix(file, ".go") && gofmtClean(old) {
			// The analyzers' edits are right but not always aligned with
			// their neighbours: in a file gofmt leaves as it is, gofmt
			// touches only what they changed. Any other file (CRLF line
			// ends, code formatted by hand) gets the edits alone.
			if formatted, err := format.Source(updated); err == nil {
				updated = formatted
			}
		}
		changes = append(changes, Change{File: file, Old: old, New: updated})
	}
	slices.SortFunc(changes, func(a, b Change) int { return cmp.Compare(a.File, b.File) })
	return changes, skipped
}

// gofmtClean reports whether gofmt leaves src unchanged.
func gofmtClean(src []byte) bool {
	out, err := format.Source(src)
	return err == nil && bytes.Equal(out, src)
}

func conflict(accepted map[string][]finding.Edit, edits []finding.Edit) string {
	for i, e := range edits {
		for _, other := range edits[i+1:] {
			if e.File == other.File && overlaps(e, other) {
				return "its own edits overlap"
			}
		}
		for _, a := range accepted[e.File] {
			if a != e && overlaps(a, e) {
				return fmt.Sprintf("it overlaps another fix at byte %d of %s", a.Start, e.File)
			}
		}
	}
	return ""
}

// overlaps reports whether two edits touch the same bytes; two insertions at
// the same offset also conflict, since their order would be arbitrary.
func overlaps(a, b finding.Edit) bool {
	if a.Start == a.End && b.Start == b.End {
		return a.Start == b.Start
	}
	return a.Start < b.End && b.Start < a.End || (a.Start == a.End && b.Start < a.Start && a.Start < b.End) || (b.Start == b.End && a.Start < b.Start && b.Start < a.End)
}

func apply(src []byte, edits []finding.Edit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b finding.Edit) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End > len(src) || e.Start > e.End {
			return nil, fmt.Errorf("edit [%d,%d) is out of range for %s", e.Start, e.End, e.File)
		}
		out.Write(src[last:e.Start])
		out.WriteString(e.New)
		last = e.End
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// Write stores every change on disk, keeping each file's permissions.
func Write(changes []Change) error {
	for _, c := range changes {
		info, err := os.Stat(c.File)
		if err != nil {
			return err
		}
		if err := os.WriteFile(c.File, c.New, info.Mode().Perm()); err != nil {
			return err
		}
	}
	return nil
}
