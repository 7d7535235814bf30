package catalog

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// publicIDs are the rule IDs: public API, never renamed.
var publicIDs = []string{
	"predictableid", "cookieflags", "noexpiry", "fixation", "plainpassword", "memstore",
	"hardcodedsecret", "sessioninurl", "logout", "sensitivedata", "clientstorage", "csrf",
}

func TestCatalog(t *testing.T) {
	var ids []string
	for _, r := range Rules {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, publicIDs) {
		t.Fatalf("catalog IDs = %v, want %v", ids, publicIDs)
	}
	pascal := regexp.MustCompile(`^[A-Z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)*$`)
	names := map[string]bool{}
	for _, r := range Rules {
		if !pascal.MatchString(r.Name) || r.Name == r.ID || names[r.Name] {
			t.Errorf("%s: Name %q should be a PascalCase name of its own, not the ID", r.ID, r.Name)
		}
		names[r.Name] = true
		if r.Title == "" || len(r.CWE) == 0 || r.Severity.Rank() == 0 || len(r.ASVS) == 0 {
			t.Errorf("%s: title, CWE, ASVS and severity are required", r.ID)
		}
		if r.Docs() == "" {
			t.Errorf("%s: no docs/%s.md", r.ID, r.ID)
		}
		if doc := AnalyzerDoc(r.ID); !strings.HasPrefix(doc, r.ID+": ") || !strings.Contains(doc, "### What it flags") {
			t.Errorf("%s: AnalyzerDoc should start with %q and hold the rule's documentation: %.80q", r.ID, r.ID+": ", doc)
		}
		if s := r.Summary(); s == "" || strings.Contains(s, "\n") || strings.HasPrefix(s, "#") {
			t.Errorf("%s: Summary %q should be one line of prose", r.ID, s)
		}
	}
	if Known("nosuchrule") || !Known("csrf") {
		t.Error("Known")
	}
}

func TestDocsSplit(t *testing.T) {
	r, _ := Lookup("memstore")
	if !strings.HasPrefix(r.JSDocs(), jsHeading) || strings.Contains(r.GoDocs(), jsHeading) {
		t.Errorf("GoDocs and JSDocs should split at %q", jsHeading)
	}
	if r.GoDocs()+"\n\n"+r.JSDocs() != r.Docs() {
		t.Error("GoDocs and JSDocs together should be Docs")
	}
}
