package ruledocs

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/js/rules"
)

var update = flag.Bool("update", false, "rewrite rules.md from the catalog")

// TestRuleSetsAgree: the Go suite and the JS rule set implement only
// catalog rules, in the catalog's order, and every catalog rule has at
// least one form.
func TestRuleSetsAgree(t *testing.T) {
	var ids, goIDs, jsIDs []string
	for _, r := range catalog.Rules {
		ids = append(ids, r.ID)
		if !HasGo(r.ID) && !HasJS(r.ID) {
			t.Errorf("%s: neither a Go analyzer nor a JS rule implements it", r.ID)
		}
	}
	for _, a := range analyzers.Suite {
		goIDs = append(goIDs, a.Name)
	}
	for _, r := range rules.All {
		jsIDs = append(jsIDs, r.ID)
	}
	for lang, got := range map[string][]string{"Go suite": goIDs, "JS rule set": jsIDs} {
		var want []string
		for _, id := range ids {
			if slices.Contains(got, id) {
				want = append(want, id)
			}
		}
		for _, id := range got {
			if !catalog.Known(id) {
				t.Errorf("%s: rule %q is not in the catalog", lang, id)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s lists %v; want the catalog's order %v", lang, got, want)
		}
	}
	if HasGo("clientstorage") {
		t.Errorf("clientstorage is a browser rule and has no Go analyzer")
	}
}

func TestRuleDocsComplete(t *testing.T) {
	for _, r := range catalog.Rules {
		doc := r.GoDocs()
		sections := []string{"### What it flags", "### Why it matters", "### What stays silent", "### Bad", "### Good"}
		if HasGo(r.ID) {
			sections = append(sections, "### Libraries modelled")
		}
		for _, s := range sections {
			if !strings.Contains(doc, s) {
				t.Errorf("catalog/docs/%s.md lacks %q", r.ID, s)
			}
		}
		if HasJS(r.ID) {
			js := r.JSDocs()
			for _, s := range []string{"#### Bad", "#### Good"} {
				if !strings.Contains(js, s) {
					t.Errorf("catalog/docs/%s.md: its JavaScript and TypeScript part lacks %q", r.ID, s)
				}
			}
		}
	}
}

func TestRulesMarkdown(t *testing.T) {
	want := Markdown()
	if *update {
		if err := os.WriteFile("../../rules.md", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("../../rules.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("rules.md is out of date with the catalog; run: go test ./internal/ruledocs -run TestRulesMarkdown -update")
	}
}

func TestReadmeTable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), ReadmeTable()) {
		t.Fatalf("README.md's rule table is out of date with the catalog; it should read:\n%s", ReadmeTable())
	}
}
