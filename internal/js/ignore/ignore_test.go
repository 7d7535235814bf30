package ignore

import (
	"testing"

	"github.com/sessionlint/sessionlint/internal/finding"
)

func TestCoversAndMalformed(t *testing.T) {
	ds := []Directive{
		{Line: 1, Alone: true, Rules: []string{"cookieflags", "csrf"}, Reason: "admin port only"},
		{Line: 5, Alone: false, Rules: []string{"memstore"}, Reason: "tests"},
		{Line: 7, Alone: true, Rules: []string{"memstore"}},
		{Line: 9, Alone: true, Rules: []string{"nosuch"}, Reason: "x"},
		{Line: 11, Alone: true},
	}
	fs := []finding.Finding{{Rule: "csrf", Line: 2}, {Rule: "memstore", Line: 5}, {Rule: "memstore", Line: 6}, {Rule: "memstore", Line: 8}}
	Apply(fs, ds)
	for i, want := range []bool{true, true, false, false} {
		if (fs[i].Suppression != nil) != want {
			t.Errorf("finding %d suppressed=%v, want %v", i, fs[i].Suppression != nil, want)
		}
	}
	known := func(id string) bool { return id == "cookieflags" || id == "csrf" || id == "memstore" }
	bad := Malformed("a.js", ds, known, "predictableid")
	if len(bad) != 3 || bad[0].Rule != "memstore" || bad[1].Rule != "predictableid" || bad[2].Rule != "predictableid" {
		t.Errorf("malformed: %+v", bad)
	}
}
