package hardcodedsecret_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/hardcodedsecret"
)

func TestHardcodedSecret(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "testdata"))
	analysistest.Run(t, testdata, hardcodedsecret.Analyzer, "hardcodedsecret/...")
}
