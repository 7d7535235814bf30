package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/config"
	"github.com/sessionlint/sessionlint/internal/lsp"
)

// runLSP serves the Language Server Protocol on stdin and stdout until the
// editor says exit: `sessionlint lsp [-enable ...] [-disable ...] [-severity ...] [-config FILE]`.
//
// The server starts whatever its flags and configuration say: an editor
// shows little more than an exit code of a server that quits before the
// handshake. Bad flags are shown to the user and the defaults serve; a bad
// configuration file is shown (and marked in the file) and the defaults
// serve until it is fixed.
func runLSP(args []string, stdin io.ReadCloser, stdout io.WriteCloser, stderr io.Writer) int {
	fs := flag.NewFlagSet("sessionlint lsp", flag.ContinueOnError)
	var flagErrs bytes.Buffer
	fs.SetOutput(&flagErrs)
	o := &options{}
	var enable, disable, severity string
	addRuleFlags(fs, &enable, &disable, &severity, &o.configFile)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: sessionlint lsp [flags]\n\n"+
			"Runs a Language Server on standard input and output that reports sessionlint's\n"+
			"findings in Go and JavaScript/TypeScript files as the editor opens, edits and\n"+
			"saves them, with quick fixes. The configuration is the nearest %s at or\n"+
			"above the editor's workspace folder.\n\nFlags:\n", config.FileName)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
	}
	var warnings []string
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		warnings = append(warnings, fmt.Sprintf("flags %q: %v; serving with the default settings", args, err))
		o = &options{}
		enable, disable, severity = "", "", "low"
	} else if fs.NArg() > 0 {
		warnings = append(warnings, fmt.Sprintf("unexpected arguments %q, ignored", fs.Args()))
	}
	if err := o.setRules(enable, disable, severity); err != nil {
		warnings = append(warnings, err.Error()+"; serving with the default rules")
		_ = o.setRules("", "", "low")
	}
	if o.configFile != "" {
		if abs, err := filepath.Abs(o.configFile); err == nil {
			o.configFile = abs
		}
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "sessionlint lsp:", w)
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint lsp: cannot find own executable:", err)
		return exitUsage
	}
	checkJS, noJS, closeJS := lspJSChecker()
	defer closeJS()
	err = lsp.Serve(context.Background(), stdin, stdout, lsp.Options{
		Tool:       self,
		CheckJS:    checkJS,
		NoJS:       noJS,
		Configure:  o.lspConfig,
		Warnings:   warnings,
		WatchFiles: []string{"**/" + config.FileName},
		Version:    toolVersion(),
		Log:        stderr,
	})
	if err != nil {
		fmt.Fprintln(stderr, "sessionlint lsp:", err)
		return 1
	}
	return exitClean
}

// lspConfig is the language server's configuration for a workspace folder:
// the flags combined with -config, or else with the nearest configuration
// file at or above dir, as `sessionlint ./...` run in dir would read them.
// A configuration file in error leaves the flags alone in force.
func (o *options) lspConfig(dir string) lsp.Config {
	var res lsp.Config
	path := o.configFile
	if path == "" {
		path = config.Find(dir)
	}
	cfg := &config.Config{}
	if path != "" {
		res.File = path
		if c, err := config.Load(path); err != nil {
			res.Err = err
			var ce *config.Error
			if errors.As(err, &ce) {
				res.ErrLine = ce.Line
			}
		} else {
			cfg = c
		}
	}
	oc := *o
	oc.cfg = cfg
	oc.enable, oc.disable = cfg.Select(o.enable, o.disable)
	res.Enabled = func(path, id string) bool { return oc.selects(id, false) && !cfg.Excluded(path) }
	res.SeverityOf = cfg.SeverityOf
	res.VetFlags = analyzers.VetFlags(cfg.Names)
	res.Names = cfg.Names
	return res
}
