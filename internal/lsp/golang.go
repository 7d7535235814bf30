package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/govet"
)

// goBuffer is an open Go buffer, as snapshotted for one analysis.
type goBuffer struct {
	version int
	text    []byte
}

// analyseGo vets the package in dir, with the open buffers that differ from
// the files on disk passed to the go command as an overlay, and publishes
// diagnostics for every file of the package: the files with findings, and
// empty lists for files that had findings before or are open. When the
// package cannot be analysed (it does not type-check, say) the previous
// diagnostics stay and the reason is logged once.
func (s *server) analyseGo(dir string) {
	bufs := map[string]goBuffer{}
	s.mu.Lock()
	for path, d := range s.docs {
		if kindOf(path) == kindGo {
			bufs[path] = goBuffer{version: d.version, text: d.text}
		}
	}
	s.mu.Unlock()

	units, _ := govet.Plan([]string{dir})
	if len(units) == 0 {
		s.tellOnce(dir, "cannot analyse "+dir+": no saved Go files there (Go files are analysed once saved)")
		return
	}
	ov, err := newOverlay(bufs)
	if err != nil {
		s.tellOnce(dir, "cannot pass unsaved Go buffers to go vet, analysing the saved files: "+err.Error())
	}
	defer ov.remove()

	ctx, cancel := context.WithTimeout(s.ctx, s.opts.GoTimeout)
	defer cancel()
	flags := slices.Clone(s.opts.VetFlags)
	if ov.dir != "" && len(ov.toTemp) > 0 {
		flags = append(flags, "-overlay="+filepath.Join(ov.dir, "overlay.json"))
	}
	res := s.opts.RunVet(ctx, govet.Config{Tool: s.opts.Tool, Flags: flags}, units)
	if s.ctx.Err() != nil {
		return
	}
	if ctx.Err() != nil {
		s.tellOnce(dir, "go vet timed out analysing "+dir)
		return
	}

	var msgs []string
	for _, p := range res.Problems {
		msgs = append(msgs, ov.realText(p.Path)+": "+ov.realText(p.Message))
	}
	s.tellOnce(dir, strings.Join(msgs, "\n"))
	if res.Analysed == 0 {
		return // keep what is shown
	}

	resolved, _ := filepath.EvalSymlinks(dir)
	realPath := func(p string) string {
		p = ov.realPath(p)
		if resolved != "" && resolved != dir && filepath.Dir(p) == resolved {
			p = filepath.Join(dir, filepath.Base(p))
		}
		return p
	}
	mappers := map[string]*mapper{}
	content := func(path string) (*mapper, int, bool) {
		version := -1
		b, open := bufs[path]
		if open {
			version = b.version
		}
		if m := mappers[path]; m != nil {
			return m, version, true
		}
		text := b.text
		if !open {
			var err error
			if text, err = os.ReadFile(path); err != nil {
				return nil, 0, false
			}
		}
		m := newMapper(text)
		mappers[path] = m
		return m, version, true
	}

	byFile := map[string][]item{}
	for _, d := range res.Diagnostics {
		if strings.HasPrefix(d.Category, "suppressed:") {
			continue
		}
		f := finding.Finding{
			Rule: d.Analyzer, File: realPath(d.File), Line: d.Line, Column: d.Column, EndLine: d.EndLine, EndColumn: d.EndCol,
			Message: d.Message, Directive: d.Category == "directive",
		}
		for _, fix := range d.Fixes {
			for i := range fix.Edits {
				fix.Edits[i].File = realPath(fix.Edits[i].File)
			}
			f.Fixes = append(f.Fixes, fix)
		}
		m, _, ok := content(f.File)
		if !ok {
			continue
		}
		if it, ok := s.toItem(f, m, content); ok && !slices.ContainsFunc(byFile[f.File], func(o item) bool { return sameDiag(o.diag, it.diag) }) {
			byFile[f.File] = append(byFile[f.File], it)
		}
	}

	// Files to publish for: those with findings now, those that had some
	// from the last run, and the open buffers of the package.
	s.mu.Lock()
	files := slices.Clone(s.goFiles[dir])
	var now []string
	for f := range byFile {
		now = append(now, f)
	}
	s.goFiles[dir] = now
	s.mu.Unlock()
	files = append(files, now...)
	for path := range bufs {
		if filepath.Dir(path) == dir {
			files = append(files, path)
		}
	}
	slices.Sort(files)
	for _, path := range slices.Compact(files) {
		var version *int
		if b, open := bufs[path]; open {
			version = &b.version
		}
		s.publish(path, s.uriOf(path), version, byFile[path])
	}
}

// sameDiag reports whether two diagnostics are the same report (vet
// reports a package's findings again for its test variant).
func sameDiag(a, b Diagnostic) bool {
	return a.Range == b.Range && a.Code == b.Code && a.Message == b.Message
}

// An overlay is the go command's -overlay file for a set of buffers: the
// buffers that differ from disk are written to a temporary folder.
type overlay struct {
	dir    string            // "" when nothing is overlaid
	toTemp map[string]string // real path → temporary copy
	toReal map[string]string // temporary copy → real path
}

func newOverlay(bufs map[string]goBuffer) (*overlay, error) {
	ov := &overlay{toTemp: map[string]string{}, toReal: map[string]string{}}
	var dirty []string
	for path, b := range bufs {
		if disk, err := os.ReadFile(path); err != nil || !bytes.Equal(disk, b.text) {
			dirty = append(dirty, path)
		}
	}
	if len(dirty) == 0 {
		return ov, nil
	}
	slices.Sort(dirty)
	dir, err := os.MkdirTemp("", "sessionlint-lsp-")
	if err != nil {
		return ov, err
	}
	ov.dir = dir
	for i, path := range dirty {
		// Keep the base name: analyzers tell test files by it.
		tmp := filepath.Join(dir, strconv.Itoa(i), filepath.Base(path))
		if err := os.MkdirAll(filepath.Dir(tmp), 0o700); err != nil {
			return ov, err
		}
		if err := os.WriteFile(tmp, bufs[path].text, 0o600); err != nil {
			return ov, err
		}
		ov.toTemp[path] = tmp
		ov.toReal[tmp] = path
	}
	data, err := json.Marshal(struct{ Replace map[string]string }{ov.toTemp})
	if err != nil {
		return ov, err
	}
	return ov, os.WriteFile(filepath.Join(dir, "overlay.json"), data, 0o600)
}

// realPath maps a temporary copy back to the buffer's path.
func (ov *overlay) realPath(p string) string {
	if r, ok := ov.toReal[p]; ok {
		return r
	}
	return p
}

// realText replaces temporary paths in a message.
func (ov *overlay) realText(s string) string {
	for tmp, real := range ov.toReal {
		s = strings.ReplaceAll(s, tmp, real)
	}
	return s
}

func (ov *overlay) remove() {
	if ov.dir != "" {
		_ = os.RemoveAll(ov.dir)
	}
}
