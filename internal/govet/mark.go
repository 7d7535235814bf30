package govet

import (
	"go/ast"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// Marker is an analyzer the vet tool adds to every run: it reports one
// diagnostic per package, so that go vet's output (cached results included)
// says which packages were analysed. Run filters the marks out.
var Marker = &analysis.Analyzer{
	Name:       "sessionlintpkg",
	Doc:        "marks each package sessionlint's vet tool analysed (internal)",
	Run:        mark,
	ResultType: reflect.TypeFor[struct{}](),
}

// markCategory tags the marks.
const markCategory = "sessionlint:analysed"

func mark(pass *analysis.Pass) (any, error) {
	var first *ast.File
	for _, f := range pass.Files {
		if first == nil || pass.Fset.File(f.Pos()).Name() < pass.Fset.File(first.Pos()).Name() {
			first = f
		}
	}
	if first != nil {
		pass.Report(analysis.Diagnostic{Pos: first.Package, Category: markCategory, Message: pass.Pkg.Path()})
	}
	return struct{}{}, nil
}
