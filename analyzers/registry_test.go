package analyzers_test

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers"
)

var update = flag.Bool("update", false, "rewrite rules.md from the registry")

// publicIDs are the rule IDs of the catalog: public API, never renamed.
var publicIDs = []string{
	"predictableid", "cookieflags", "noexpiry", "fixation", "plainpassword", "memstore",
	"hardcodedsecret", "sessioninurl", "logout", "sensitivedata", "clientstorage", "csrf",
}

func TestRegistryMatchesCatalog(t *testing.T) {
	var ids []string
	for _, r := range analyzers.Rules {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, publicIDs) {
		t.Fatalf("registry IDs = %v, want the catalog's %v", ids, publicIDs)
	}
	for _, r := range analyzers.Rules {
		if r.Title == "" || len(r.CWE) == 0 || r.Severity.Rank() == 0 || len(r.ASVS) == 0 {
			t.Errorf("%s: title, CWE, ASVS and severity are required", r.ID)
		}
		if r.ID == "clientstorage" {
			if r.Go != nil {
				t.Errorf("clientstorage is a browser rule and has no Go analyzer")
			}
			continue
		}
		if r.Go == nil {
			t.Errorf("%s: no Go analyzer", r.ID)
			continue
		}
		if r.Go.Name != r.ID || r.Go.URL != analyzers.DocURL(r.ID) {
			t.Errorf("%s: analyzer Name %q, URL %q; want the rule ID and its rules.md anchor", r.ID, r.Go.Name, r.Go.URL)
		}
		if !strings.HasPrefix(r.Go.Doc, r.ID+": ") {
			t.Errorf("%s: Doc should start with %q", r.ID, r.ID+": ")
		}
	}
	if err := analysis.Validate(analyzers.Analyzers(analyzers.Options{})); err != nil {
		t.Fatal(err)
	}
}

func TestRuleDocsComplete(t *testing.T) {
	for _, r := range analyzers.Rules {
		doc := analyzers.Docs(r.ID)
		sections := []string{"### What it flags", "### Why it matters", "### What stays silent", "### Bad", "### Good"}
		if r.Go != nil {
			sections = append(sections, "### Libraries modelled")
		}
		for _, s := range sections {
			if !strings.Contains(doc, s) {
				t.Errorf("analyzers/%s/rule.md lacks %q", r.ID, s)
			}
		}
		if r.JS {
			js := analyzers.JSDocs(r.ID)
			for _, s := range []string{"#### Bad", "#### Good"} {
				if !strings.Contains(js, s) {
					t.Errorf("analyzers/%s/rule_js.md lacks %q", r.ID, s)
				}
			}
		}
	}
}

func TestRulesMarkdown(t *testing.T) {
	want := analyzers.Markdown()
	if *update {
		if err := os.WriteFile("../rules.md", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("../rules.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("rules.md is out of date with the registry; run: go test ./analyzers -run TestRulesMarkdown -update")
	}
}
