package sensitivedata

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
	Name:     "sensitivedata",
	Doc:      code.MustDoc(doc, "sensitivedata"),
	URL:      code.DocURL("sensitivedata"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, code.IndexAnalyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
