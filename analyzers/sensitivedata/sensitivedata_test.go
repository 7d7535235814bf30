package sensitivedata_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/sensitivedata"
)

func TestSensitiveData(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "testdata"))
	analysistest.Run(t, testdata, sensitivedata.Analyzer, "sensitivedata/...")
}
