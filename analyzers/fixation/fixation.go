package fixation

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/sessionlint/sessionlint/analyzers/internal/code"
)

//go:embed doc.go
var doc string

// Analyzer reports ... (placeholder).
var Analyzer = &analysis.Analyzer{
	Name:     "fixation",
	Doc:      code.MustDoc(doc, "fixation"),
	URL:      code.DocURL("fixation"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, code.IndexAnalyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
