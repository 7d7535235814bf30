// Package partial analyses Go packages that go vet cannot build: a
// dependency that cannot be downloaded, a generated package that is not in
// the checkout, code for a newer Go, type errors. It loads them from source
// with golang.org/x/tools/go/packages, which keeps going past such errors,
// and runs the analyzers on what type information there is. Where an
// import is missing entirely, the analyzers still match calls through the
// package's import path (see typematch.Callee). The results are reported as
// partial, never as a clean analysis.
package partial

import (
	"context"
	"fmt"
	"go/token"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/govet"
)

// Fallback returns a govet.Fallback that runs analyzers (and the analyzers
// they require) on packages whatever their errors.
func Fallback(analyzers []*analysis.Analyzer) govet.Fallback {
	as := despiteErrors(analyzers)
	return func(ctx context.Context, req govet.FallbackRequest) govet.FallbackResult {
		return analyze(ctx, as, req)
	}
}

func analyze(ctx context.Context, as []*analysis.Analyzer, req govet.FallbackRequest) (res govet.FallbackResult) {
	cfg := &packages.Config{
		Mode:    packages.LoadAllSyntax | packages.NeedModule,
		Context: ctx,
		Dir:     req.Dir,
		// cgo would have the C toolchain compile code we only read; without
		// it, cgo files are left out and their symbols become type errors.
		Env:        append(slices.Clone(req.Env), "CGO_ENABLED=0"),
		BuildFlags: goFlags(req.Flags),
		Tests:      false,
	}
	if cfg.Env == nil || len(req.Env) == 0 {
		cfg.Env = append(os.Environ(), "CGO_ENABLED=0")
	}
	pkgs, err := packages.Load(cfg, req.Packages...)
	if err != nil {
		res.Problems = append(res.Problems, finding.Problem{Path: req.Dir, Message: "cannot load the packages from source: " + err.Error()})
		return res
	}
	var roots []*packages.Package
	for _, p := range pkgs {
		if len(p.Syntax) > 0 {
			roots = append(roots, p)
		}
	}
	if len(roots) == 0 {
		return res
	}
	graph, err := checker.Analyze(as, roots, &checker.Options{})
	if err != nil {
		res.Problems = append(res.Problems, finding.Problem{Path: req.Dir, Message: "cannot analyse the packages from source: " + err.Error()})
		return res
	}
	res.Analysed = make(map[string]string)
	for _, p := range roots {
		res.Analysed[p.PkgPath] = firstError(p)
	}
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			if _, ok := res.Analysed[act.Package.PkgPath]; ok && res.Analysed[act.Package.PkgPath] == "" {
				res.Analysed[act.Package.PkgPath] = act.Analyzer.Name + ": " + act.Err.Error()
			}
			continue
		}
		for _, d := range act.Diagnostics {
			res.Diagnostics = append(res.Diagnostics, convert(act.Package.Fset, act.Analyzer.Name, d))
		}
	}
	return res
}

// goFlags keeps the go command flags that decide how packages load.
func goFlags(flags []string) []string {
	var out []string
	for _, f := range flags {
		if strings.HasPrefix(f, "-mod") || strings.HasPrefix(f, "-overlay=") || strings.HasPrefix(f, "-tags=") {
			out = append(out, f)
		}
	}
	return out
}

func firstError(p *packages.Package) string {
	if len(p.Errors) > 0 {
		return p.Errors[0].Error()
	}
	for _, imp := range p.Imports {
		if len(imp.Errors) > 0 {
			return "dependency " + imp.PkgPath + ": " + imp.Errors[0].Error()
		}
	}
	if p.IllTyped {
		return "a dependency has errors"
	}
	return ""
}

func convert(fset *token.FileSet, analyzer string, d analysis.Diagnostic) govet.Diagnostic {
	start, end := fset.Position(d.Pos), fset.Position(d.End)
	if !d.End.IsValid() {
		end = start
	}
	out := govet.Diagnostic{Analyzer: analyzer, Category: d.Category, File: start.Filename, Line: start.Line, Column: start.Column,
		EndLine: end.Line, EndCol: end.Column, Message: d.Message}
	for _, f := range d.SuggestedFixes {
		fix := finding.Fix{Message: f.Message}
		for _, e := range f.TextEdits {
			ep := fset.Position(e.Pos)
			ee := ep
			if e.End.IsValid() {
				ee = fset.Position(e.End)
			}
			fix.Edits = append(fix.Edits, finding.Edit{File: ep.Filename, Start: ep.Offset, End: ee.Offset, New: string(e.NewText)})
		}
		out.Fixes = append(out.Fixes, fix)
	}
	return out
}

// despiteErrors returns copies of the analyzers, and of every analyzer they
// require, that run on packages with errors, and that turn a panic on
// unusual partial type information into an error for that package.
func despiteErrors(as []*analysis.Analyzer) []*analysis.Analyzer {
	copies := make(map[*analysis.Analyzer]*analysis.Analyzer)
	var cp func(a *analysis.Analyzer) *analysis.Analyzer
	cp = func(a *analysis.Analyzer) *analysis.Analyzer {
		if c, ok := copies[a]; ok {
			return c
		}
		c := *a
		copies[a] = &c
		c.RunDespiteErrors = true
		c.Requires = nil
		for _, r := range a.Requires {
			c.Requires = append(c.Requires, cp(r))
		}
		run := a.Run
		c.Run = func(pass *analysis.Pass) (res any, err error) {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("panic on partial type information: %v\n%s", p, debug.Stack())
				}
			}()
			// The analyzer reads its prerequisites' results under their
			// own names.
			for orig, c := range copies {
				if v, ok := pass.ResultOf[c]; ok {
					pass.ResultOf[orig] = v
				}
			}
			return run(pass)
		}
		return &c
	}
	var out []*analysis.Analyzer
	for _, a := range as {
		out = append(out, cp(a))
	}
	return out
}
