package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/config"
	"github.com/sessionlint/sessionlint/internal/lsp"
)

// runLSP serves the Language Server Protocol on stdin and stdout until the
// editor says exit: `sessionlint lsp [-enable ...] [-disable ...] [-severity ...]`.
func runLSP(args []string, stdin io.ReadCloser, stdout io.WriteCloser, stderr io.Writer) int {
	fs := flag.NewFlagSet("sessionlint lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	enable := fs.String("enable", "", "comma-separated rules to report (default: all)")
	disable := fs.String("disable", "", "comma-separated rules not to report")
	severity := fs.String("severity", "low", "report only findings of this severity or higher: low, medium or high")
	configFile := fs.String("config", "", "read this configuration file instead of the nearest "+config.FileName+" at or above the working directory")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: sessionlint lsp [flags]\n\n"+
			"Runs a Language Server on standard input and output that reports sessionlint's\n"+
			"findings in Go and JavaScript/TypeScript files as the editor opens, edits and\n"+
			"saves them, with quick fixes.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitClean
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "sessionlint lsp: unexpected arguments %q\n", fs.Args())
		return exitUsage
	}
	cfg, err := lspConfig(*configFile)
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint lsp:", err)
		return exitUsage
	}
	enabled, err := lspRules(*enable, *disable, *severity, cfg)
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint lsp:", err)
		return exitUsage
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint lsp: cannot find own executable:", err)
		return exitUsage
	}
	checkJS, noJS, closeJS := lspJSChecker(cfg.Names)
	defer closeJS()
	err = lsp.Serve(context.Background(), stdin, stdout, lsp.Options{
		Tool:       self,
		CheckJS:    checkJS,
		NoJS:       noJS,
		Enabled:    enabled,
		VetFlags:   analyzers.VetFlags(cfg.Names),
		SeverityOf: cfg.SeverityOf,
		Version:    toolVersion(),
		Log:        stderr,
	})
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint lsp:", err)
		return 1
	}
	return exitClean
}

// lspConfig reads the configuration as the command does: -config, or the
// nearest file at or above the working directory (editors start the server
// in the project's root).
func lspConfig(path string) (*config.Config, error) {
	if path == "" {
		if wd, err := os.Getwd(); err == nil {
			path = config.Find(wd)
		}
	}
	if path == "" {
		return &config.Config{}, nil
	}
	return config.Load(path)
}

// lspRules builds the server's rule filter from the flags and the
// configuration (flags win, as on the command line).
func lspRules(enable, disable, severity string, cfg *config.Config) (func(path, rule string) bool, error) {
	on, err := ruleSet(enable, "-enable")
	if err != nil {
		return nil, err
	}
	off, err := ruleSet(disable, "-disable")
	if err != nil {
		return nil, err
	}
	minSev := analyzers.Severity(strings.ToLower(severity))
	if minSev.Rank() == 0 {
		return nil, fmt.Errorf("unknown -severity %q: use low, medium or high", severity)
	}
	if len(on) == 0 {
		on = nil
	}
	on, off = cfg.Select(on, off)
	if on == nil && len(off) == 0 && minSev == analyzers.Low && cfg.Path == "" {
		return nil, nil
	}
	return func(path, id string) bool {
		r, ok := analyzers.Lookup(id)
		return ok && (on == nil || on[id]) && !off[id] && cfg.SeverityOf(id, r.Severity).Rank() >= minSev.Rank() && !cfg.Excluded(path)
	}, nil
}
