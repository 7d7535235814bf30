package hardcodedsecret_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sessionlint/sessionlint/analyzers/hardcodedsecret"
)

func TestHardcodedSecret(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "testdata"))
	// Findings in configuration files carry no // want comments: the
	// wrapper takes them aside and the test checks them by position.
	var mu sync.Mutex
	var inConfig []string
	a := *hardcodedsecret.Analyzer
	a.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			p := pass.Fset.Position(d.Pos)
			if strings.HasSuffix(p.Filename, ".go") {
				report(d)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			inConfig = append(inConfig, fmt.Sprintf("%s:%d:%d: %s", filepath.Base(p.Filename), p.Line, p.Column, d.Message))
		}
		return hardcodedsecret.Analyzer.Run(pass)
	}
	analysistest.Run(t, testdata, &a, "hardcodedsecret/...")

	want := regexp.MustCompile(`^config\.yaml:4:18: the shipped configuration gives the secret key app\.encryptionKey the literal "\?E\(G…"`)
	if len(inConfig) != 1 || !want.MatchString(inConfig[0]) {
		t.Errorf("findings in configuration files = %q, want one matching %s", inConfig, want)
	}
}
