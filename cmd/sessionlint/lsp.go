package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/lsp"
)

// runLSP serves the Language Server Protocol on stdin and stdout until the
// editor says exit: `sessionlint lsp [-enable ...] [-disable ...] [-severity ...]`.
func runLSP(args []string, stdin io.ReadCloser, stdout io.WriteCloser, stderr io.Writer) int {
	fs := flag.NewFlagSet("sessionlint lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	var enable, disable, severity string
	addRuleFlags(fs, &enable, &disable, &severity, &o.configFile)
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
	// The rules and the configuration as the command reads them; the
	// configuration is found from the working directory (editors start the
	// server in the project's root).
	err := o.setRules(enable, disable, severity)
	if err == nil {
		wd, _ := os.Getwd()
		err = o.load(wd)
	}
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint lsp:", err)
		return exitUsage
	}
	cfg := o.cfg
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
		Enabled:    func(path, id string) bool { return o.selects(id, false) && !cfg.Excluded(path) },
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
