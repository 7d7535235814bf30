package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/internal/finding"
	"github.com/sessionlint/sessionlint/internal/govet"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// goBuffer is an open Go buffer, as snapshotted for one analysis.
type goBuffer struct {
	version int
	text    []byte
}

// analyseGo vets the package in dir, with the open buffers that differ from
// the files on disk passed to the go command as an overlay, and publishes
// diagnostics for every file of the package: the files with findings, and
// empty lists for files that had findings before or are open.
//
// When the package cannot be analysed (a file does not parse or
// type-check) the last diagnostics stay, the errors that name a file of
// the package are shown on it as diagnostics, and all of them are logged
// once. When ctx is cancelled (a newer change to the package) nothing is
// published.
func (s *server) analyseGo(ctx context.Context, dir string) {
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
	cfg := s.configFor(dir)
	ov, err := newOverlay(bufs)
	if err != nil {
		s.tellOnce(dir, "cannot pass unsaved Go buffers to go vet, analysing the saved files: "+err.Error())
	}
	defer ov.remove()

	run, cancel := context.WithTimeout(ctx, s.opts.GoTimeout)
	defer cancel()
	flags := slices.Clone(cfg.VetFlags)
	if ov.dir != "" && len(ov.toTemp) > 0 {
		flags = append(flags, "-overlay="+filepath.Join(ov.dir, "overlay.json"))
	}
	res := s.opts.RunVet(run, govet.Config{Tool: s.opts.Tool, Flags: flags}, units)
	if ctx.Err() != nil {
		return // a newer change, or the server stops
	}
	if run.Err() != nil {
		s.tellOnce(dir, "go vet timed out analysing "+dir)
		return
	}

	// Paths in go vet's output may name the overlay's copies, this run's
	// or, replayed from go vet's cache, an earlier run's.
	resolved, _ := filepath.EvalSymlinks(dir)
	realPath := func(p string) string {
		p = overlayReal(p)
		if resolved != "" && resolved != dir && filepath.Dir(p) == resolved {
			p = filepath.Join(dir, filepath.Base(p))
		}
		return p
	}
	texts := map[string][]byte{}
	text := func(path string) ([]byte, bool) {
		if b, open := bufs[path]; open {
			return b.text, true
		}
		if t, ok := texts[path]; ok {
			return t, t != nil
		}
		t, err := os.ReadFile(path)
		if err != nil {
			t = nil
		}
		texts[path] = t
		return t, t != nil
	}
	mappers := map[string]*mapper{}
	content := func(path string) (*mapper, int, bool) {
		version := -1
		if b, open := bufs[path]; open {
			version = b.version
		}
		if m := mappers[path]; m != nil {
			return m, version, true
		}
		t, ok := text(path)
		if !ok {
			return nil, 0, false
		}
		m := newMapper(t)
		mappers[path] = m
		return m, version, true
	}

	// Problems: logged, and shown on the files of the package they name.
	var msgs []string
	problems := map[string][]Diagnostic{}
	for _, p := range res.Problems {
		msg := overlayRealText(p.Message)
		msgs = append(msgs, overlayRealText(p.Path)+": "+msg)
		for _, e := range positions(msg) {
			file := realPath(e.file)
			if filepath.Dir(file) != dir {
				continue
			}
			m, _, ok := content(file)
			if !ok {
				continue
			}
			start := m.lineCol(e.line, max(e.col, 1))
			d := Diagnostic{Range: Range{Start: start, End: m.lineCol(e.line, max(e.col, 1)+1)}, Severity: SeverityError, Source: source, Message: e.msg}
			if !slices.ContainsFunc(problems[file], func(o Diagnostic) bool { return sameDiag(o, d) }) {
				problems[file] = append(problems[file], d)
			}
		}
	}
	s.tellOnce(dir, strings.Join(msgs, "\n"))
	failed := len(res.Problems) > 0 || res.Analysed == 0

	byFile := map[string][]item{}
	if !failed {
		formatted := newGofmt(text)
		for _, d := range res.Diagnostics {
			if strings.HasPrefix(d.Category, "suppressed:") {
				continue
			}
			f := finding.Finding{
				Rule: d.Analyzer, File: realPath(d.File), Line: d.Line, Column: d.Column, EndLine: d.EndLine, EndColumn: d.EndCol,
				Message: d.Message, Directive: d.Category == "directive",
			}
			for _, fix := range d.Fixes {
				fix.Edits = slices.Clone(fix.Edits)
				for i := range fix.Edits {
					fix.Edits[i].File = realPath(fix.Edits[i].File)
				}
				f.Fixes = append(f.Fixes, formatted.fix(fix))
			}
			m, _, ok := content(f.File)
			if !ok {
				continue
			}
			if it, ok := s.toItem(f, cfg, m, content); ok && !slices.ContainsFunc(byFile[f.File], func(o item) bool { return sameDiag(o.diag, it.diag) }) {
				byFile[f.File] = append(byFile[f.File], it)
			}
		}
	}

	// Files to publish for: those with anything shown from the last run,
	// those with findings or problems now, and the open buffers of the
	// package. A failed run keeps each file's findings.
	s.mu.Lock()
	files := slices.Clone(s.goFiles[dir])
	kept := map[string][]item{}
	for _, f := range files {
		kept[f] = s.items[f]
	}
	s.mu.Unlock()
	for f := range byFile {
		files = append(files, f)
	}
	for f := range problems {
		files = append(files, f)
	}
	for path := range bufs {
		if filepath.Dir(path) == dir {
			files = append(files, path)
		}
	}
	slices.Sort(files)
	var shown []string
	for _, path := range slices.Compact(files) {
		var version *int
		if b, open := bufs[path]; open {
			version = &b.version
		}
		items := byFile[path]
		if failed {
			items = kept[path]
		}
		if len(items) > 0 || len(problems[path]) > 0 {
			shown = append(shown, path)
		}
		s.publish(path, s.uriOf(path), version, items, problems[path])
	}
	s.mu.Lock()
	s.goFiles[dir] = shown
	s.mu.Unlock()
}

// sameDiag reports whether two diagnostics are the same report (vet
// reports a package's findings again for its test variant).
func sameDiag(a, b Diagnostic) bool {
	return a.Range == b.Range && a.Code == b.Code && a.Message == b.Message
}

// An errorAt is an error message that names a place: file:line:col: msg.
type errorAt struct {
	file      string
	line, col int
	msg       string
}

var errorLine = lazyre.New(`(?m)^(.+?\.go):(\d+)(?::(\d+))?: (.+)$`)

// positions returns the errors in a problem's message that name a Go file
// (absolute paths, as package govet gives them) and a line.
func positions(msg string) []errorAt {
	var out []errorAt
	for _, m := range errorLine.FindAllStringSubmatch(msg, -1) {
		if !filepath.IsAbs(m[1]) {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		out = append(out, errorAt{file: filepath.Clean(m[1]), line: line, col: col, msg: strings.TrimSpace(m[4])})
	}
	return out
}

// An overlay is the go command's -overlay file for a set of buffers: the
// buffers that differ from disk are written to a temporary folder, each at
// its real path below it (overlayDir), so that a path into any overlay
// folder, this one or one long deleted whose result go vet's cache
// replays, maps back to the real file.
type overlay struct {
	dir    string            // "" when nothing is overlaid
	toTemp map[string]string // real path → temporary copy
}

// overlayPrefix starts the name of an overlay folder, and overlayRoot is
// the folder below it that holds the copies at their real paths.
const (
	overlayPrefix = "sessionlint-lsp-"
	overlayRoot   = "root"
)

func newOverlay(bufs map[string]goBuffer) (*overlay, error) {
	ov := &overlay{toTemp: map[string]string{}}
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
	dir, err := os.MkdirTemp("", overlayPrefix)
	if err != nil {
		return ov, err
	}
	ov.dir = dir
	for _, path := range dirty {
		// The base name stays: analyzers tell test files by it.
		tmp := filepath.Join(dir, overlayRoot, encodePath(path))
		if err := os.MkdirAll(filepath.Dir(tmp), 0o700); err != nil {
			return ov, err
		}
		if err := os.WriteFile(tmp, bufs[path].text, 0o600); err != nil {
			return ov, err
		}
		ov.toTemp[path] = tmp
	}
	data, err := json.Marshal(struct{ Replace map[string]string }{ov.toTemp})
	if err != nil {
		return ov, err
	}
	return ov, os.WriteFile(filepath.Join(dir, "overlay.json"), data, 0o600)
}

// encodePath turns an absolute path into a relative one that keeps it
// whole: /a/b.go → a/b.go, C:\a\b.go → C\a\b.go, \\host\share\b.go →
// UNC\host\share\b.go.
func encodePath(path string) string {
	vol := filepath.VolumeName(path)
	rest := strings.TrimLeft(path[len(vol):], `/\`)
	switch {
	case vol == "":
		return rest
	case strings.HasSuffix(vol, ":"):
		return filepath.Join(strings.TrimSuffix(vol, ":"), rest)
	}
	return filepath.Join("UNC", strings.TrimLeft(vol, `/\`), rest)
}

// decodePath reverses encodePath.
func decodePath(rel string) string {
	if runtime.GOOS != "windows" {
		return string(filepath.Separator) + rel
	}
	first, rest, _ := strings.Cut(rel, string(filepath.Separator))
	if first == "UNC" {
		return `\\` + rest
	}
	return first + `:\` + rest
}

// overlayReal maps a path into an overlay folder back to the real file;
// other paths are returned as they are.
func overlayReal(p string) string {
	sep := string(filepath.Separator)
	i := strings.Index(p, sep+overlayPrefix)
	if i < 0 {
		return p
	}
	_, rest, ok := strings.Cut(p[i+1:], sep) // past sessionlint-lsp-XXXX
	if !ok {
		return p
	}
	rel, ok := strings.CutPrefix(rest, overlayRoot+sep)
	if !ok || rel == "" {
		return p
	}
	return decodePath(rel)
}

// overlayPath matches paths into overlay folders within messages.
var overlayPath = lazyre.New(`(?:[A-Za-z]:)?[^\s:"'` + "`" + `]*[/\\]` + overlayPrefix + `[^/\\\s]+[/\\]` + overlayRoot + `[/\\][^\s:"'` + "`" + `]+`)

// overlayRealText replaces the paths into overlay folders in a message.
func overlayRealText(s string) string {
	return overlayPath.ReplaceAllStringFunc(s, overlayReal)
}

func (ov *overlay) remove() {
	if ov.dir != "" {
		_ = os.RemoveAll(ov.dir)
	}
}
