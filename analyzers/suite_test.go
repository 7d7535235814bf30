package analyzers_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/catalog"
)

func TestSuiteMatchesCatalog(t *testing.T) {
	for _, a := range analyzers.Suite {
		if !catalog.Known(a.Name) {
			t.Errorf("analyzer %q names no catalog rule", a.Name)
			continue
		}
		if a.URL != catalog.DocURL(a.Name) || a.Doc != catalog.AnalyzerDoc(a.Name) {
			t.Errorf("%s: URL and Doc should come from the catalog", a.Name)
		}
	}
	if err := analysis.Validate(analyzers.Analyzers(analyzers.Options{})); err != nil {
		t.Fatal(err)
	}
}
