package analyzers_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestStubsTypeCheck loads the stubcheck package, which imports every
// third-party stub under testdata/src and uses it as real code does: a stub
// that drifts from its uses, or from the other stubs, fails to type-check.
func TestStubsTypeCheck(t *testing.T) {
	testdata, _ := filepath.Abs("testdata")
	noop := &analysis.Analyzer{Name: "noop", Doc: "loads the package", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	analysistest.Run(t, testdata, noop, "stubcheck")
}
