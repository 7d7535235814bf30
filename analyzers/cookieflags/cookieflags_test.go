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
	pkgs := []string{
		"cookieflags/nethttp", "cookieflags/nethttpok", "cookieflags/gorilla", "cookieflags/gorillaold",
		"cookieflags/gorillaok", "cookieflags/gorillaopts", "cookieflags/ginapp", "cookieflags/ginsess", "cookieflags/ginsamesite", "cookieflags/ginredis",
		"cookieflags/fiber2", "cookieflags/fiber3", "cookieflags/scsapp", "cookieflags/scsok",
		"cookieflags/echoapp", "cookieflags/beegoapp", "cookieflags/beegov1", "cookieflags/beegocookies", "cookieflags/ginjwt",
		"cookieflags/gorillastores", "cookieflags/gorillastoresok", "cookieflags/newsession", "cookieflags/simplesessions"}
	if p := os.Getenv("ONLY"); p != "" {
		pkgs = []string{p}
	}
	analysistest.Run(t, testdata, cookieflags.Analyzer, pkgs...)
}

func TestCookieFlagsFixes(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "testdata"))
	analysistest.RunWithSuggestedFixes(t, testdata, cookieflags.Analyzer, "cookieflags/fixes")
}
