package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers/predictableid"
	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/govet"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// generatorOf returns where another package's function makes the value a
// predictableid diagnostic is about ("file:line:col"), or "".
func generatorOf(d govet.Diagnostic) string {
	g, _ := strings.CutPrefix(d.Category, predictableid.GeneratorCategory)
	if g == d.Category {
		return ""
	}
	return g
}

var viaRE = lazyre.New(` \(via [^)]*\)`)

// atGenerators reports a predictable value that a helper in another package
// of the same module makes once, where the helper makes it, instead of at
// each caller that uses it as a token (the rule's own package cannot see
// its callers). gens[i] is the generator of fs[i], or "". A generator
// outside the caller's module (a library) leaves the findings where they
// are.
func atGenerators(fs []finding.Finding, gens []string) []finding.Finding {
	groups := map[string][]int{}
	var order []string
	for i, g := range gens {
		if g == "" || fs[i].Suppression != nil {
			continue
		}
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], i)
	}
	drop := map[int]bool{}
	var out []finding.Finding
	// A generator its own package reports already (its value is a token
	// there too) needs no second finding.
	reported := map[string]bool{}
	for i, f := range fs {
		if gens[i] == "" {
			reported[fmt.Sprintf("%s:%s:%d", f.Rule, f.File, f.Line)] = true
		}
	}
	for _, g := range order {
		file, line, col, ok := splitPosition(g)
		idx := groups[g]
		first := fs[idx[0]]
		if !ok || !sameModule(file, first.File) {
			continue
		}
		var uses []string
		for _, i := range idx {
			drop[i] = true
			uses = append(uses, fmt.Sprintf("%s:%d", filepath.Base(fs[i].File), fs[i].Line))
		}
		slices.Sort(uses)
		uses = slices.Compact(uses)
		if reported[fmt.Sprintf("%s:%s:%d", first.Rule, file, line)] {
			continue
		}
		msg := viaRE.ReplaceAllString(first.Message, "")
		used := "used as such at " + uses[0]
		if len(uses) > 1 {
			used += fmt.Sprintf(" and %d more", len(uses)-1)
		}
		if i := strings.Index(msg, ", which is predictable"); i >= 0 {
			msg = msg[:i] + " (" + used + ")" + msg[i:]
		}
		out = append(out, finding.Finding{
			Rule: first.Rule, Severity: first.Severity, File: file, Line: line, Column: col,
			EndLine: line, Message: msg,
		})
	}
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// splitPosition parses "file:line:col".
func splitPosition(s string) (file string, line, col int, ok bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return "", 0, 0, false
	}
	j := strings.LastIndexByte(s[:i], ':')
	if j < 0 {
		return "", 0, 0, false
	}
	line, err1 := strconv.Atoi(s[j+1 : i])
	col, err2 := strconv.Atoi(s[i+1:])
	return s[:j], line, col, err1 == nil && err2 == nil && s[:j] != ""
}

// sameModule reports whether two files lie in the same Go module (the
// nearest go.mod above each is the same) and a is not vendored.
func sameModule(a, b string) bool {
	if strings.Contains(filepath.ToSlash(a), "/vendor/") {
		return false
	}
	ra, rb := modRoot(filepath.Dir(a)), modRoot(filepath.Dir(b))
	return ra != "" && ra == rb
}

func modRoot(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
