package cookieflags_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/cookieflags"
)

func TestCookieFlags(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "testdata"))
	pkgs := []string{"cookieflags/..."}
	if p := os.Getenv("ONLY"); p != "" {
		pkgs = []string{p}
	}
	analysistest.Run(t, testdata, cookieflags.Analyzer, pkgs...)
}

func TestCookieFlagsFixes(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "testdata"))
	analysistest.RunWithSuggestedFixes(t, testdata, cookieflags.Analyzer, "cookieflags/fixes")
}
