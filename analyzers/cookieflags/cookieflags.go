package cookieflags

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
	Name:     "cookieflags",
	Doc:      code.MustDoc(doc, "cookieflags"),
	URL:      code.DocURL("cookieflags"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, code.IndexAnalyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
