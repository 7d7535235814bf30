// Command sessionlint reports session-management weaknesses in Go code:
// predictable session IDs, cookies without Secure/HttpOnly/SameSite, missing
// session renewal at login, plaintext passwords and more (see rules.md).
//
// Usage:
//
//	sessionlint [flags] [patterns...]
//	sessionlint lsp [-enable rules] [-disable rules] [-severity level]
//	sessionlint explain RULE...
//
// Patterns are directories, "dir/..." trees or Go files; the default is
// "./...". Every go.mod below the targets is analysed as its own module.
// The same binary is a vet tool: go vet -vettool=$(which sessionlint) ./...
// and, as "sessionlint lsp", a Language Server for editors (stdio).
//
// Exit codes: 0 nothing found; 1 findings; 2 bad usage or nothing could be
// analysed; 3 no findings, but some packages could not be analysed; 130 and
// 143 stopped by SIGINT and SIGTERM.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/govet"
)

func main() {
	if isVetToolCall(os.Args[1:]) {
		runAsVetTool()
		return
	}
	if len(os.Args) > 1 && os.Args[1] == "lsp" {
		os.Exit(runLSP(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	if len(os.Args) > 1 && os.Args[1] == "explain" {
		os.Exit(runExplain(os.Args[2:], os.Stdout, os.Stderr))
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// isVetToolCall reports whether the go command is driving us as a vet tool:
// it asks for -flags and -V=full, then passes a unit's .cfg file.
func isVetToolCall(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "-V=full" || a == "--V=full" || (len(a) > 4 && a[len(a)-4:] == ".cfg") {
			return true
		}
	}
	return false
}

func runAsVetTool() {
	keep := os.Getenv(govet.KeepSuppressedEnv) == "1"
	reportMain := os.Getenv(govet.ReportMainEnv) == "1"
	for _, a := range os.Args[1:] {
		if a == "-V=full" || a == "--V=full" {
			printToolID(keep, reportMain)
			return
		}
	}
	if reportMain {
		for i, a := range os.Args {
			if strings.HasSuffix(a, ".cfg") {
				if cfg, cleanup := reportingConfig(a); cfg != "" {
					defer cleanup()
					os.Args[i] = cfg
				}
			}
		}
	}
	// The Marker tells the driver which packages were analysed, cached
	// results included.
	unitchecker.Main(append(analyzers.Analyzers(analyzers.Options{KeepSuppressed: keep}), govet.Marker)...)
}

// reportingConfig returns a copy of the vet configuration file path that
// reports on the package, if it belongs to a main module (a module path,
// no version) and go vet asked only for its facts; else "" (see
// govet.ReportMainEnv).
func reportingConfig(path string) (string, func()) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", nil
	}
	var cfg map[string]any
	if json.Unmarshal(data, &cfg) != nil {
		return "", nil
	}
	if cfg["VetxOnly"] != true || cfg["ModulePath"] == nil || cfg["ModulePath"] == "" || (cfg["ModuleVersion"] != nil && cfg["ModuleVersion"] != "") {
		return "", nil
	}
	cfg["VetxOnly"] = false
	out, err := json.Marshal(cfg)
	if err != nil {
		return "", nil
	}
	f, err := os.CreateTemp("", "sessionlint-*.cfg")
	if err != nil {
		return "", nil
	}
	_, err = f.Write(out)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", nil
	}
	return f.Name(), func() { os.Remove(f.Name()) }
}

// runExplain prints the documentation of the rules named: `sessionlint
// explain RULE...`.
func runExplain(ids []string, stdout, stderr io.Writer) int {
	if len(ids) == 0 {
		fmt.Fprintln(stderr, "usage: sessionlint explain RULE... (sessionlint -rules lists them)")
		return exitUsage
	}
	if err := explain(ids, stdout); err != nil {
		fmt.Fprintln(stderr, "sessionlint:", err)
		return exitUsage
	}
	return exitClean
}
