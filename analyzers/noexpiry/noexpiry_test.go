package noexpiry_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/noexpiry"
)

func TestNoExpiry(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "testdata"))
	analysistest.Run(t, testdata, noexpiry.Analyzer, "noexpiry/...")
}
