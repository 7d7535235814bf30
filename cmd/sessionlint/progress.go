package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/sessionlint/sessionlint/internal/govet"
)

// A progress line tells, on a terminal, how far the Go analysis is: the
// modules (or folders) and packages done of how many, and what is being
// analysed now. It is rewritten in place at most every tick and erased at
// the end, so that it never mixes with the report. Off a terminal there is
// none: logs and pipes get only the summary.
type progress struct {
	w     io.Writer
	rel   func(string) string
	every time.Duration

	mu                  sync.Mutex
	units, unitsDone    int
	pkgs, pkgsDone      int
	seen                map[string]bool // packages counted, per unit and package
	running             map[*govet.Unit]bool
	current, currentPkg string
	last                time.Time
	shown               bool
}

// newProgress returns the progress line for units on stderr, or nil when
// stderr is not a terminal.
func newProgress(stderr io.Writer, units []govet.Unit, rel func(string) string) *progress {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || len(units) == 0 {
		return nil
	}
	p := &progress{w: stderr, rel: rel, every: 100 * time.Millisecond, units: len(units),
		seen: map[string]bool{}, running: map[*govet.Unit]bool{}}
	for _, u := range units {
		p.pkgs += u.Folders
	}
	return p
}

// event takes a govet.Event (govet.Config.Progress).
func (p *progress) event(e govet.Event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case e.Done:
		p.unitsDone++
		delete(p.running, e.Unit)
	case e.Package != "":
		if key := e.Unit.Dir + "\x00" + e.Package; !p.seen[key] {
			p.seen[key] = true
			p.pkgsDone++
			p.pkgs = max(p.pkgs, p.pkgsDone)
		}
		p.current, p.currentPkg = e.Unit.Dir, e.Package
	default:
		p.running[e.Unit] = true
		p.current, p.currentPkg = e.Unit.Dir, ""
	}
	if e.Package == "" || time.Since(p.last) >= p.every {
		p.draw()
	}
}

func (p *progress) draw() {
	p.last = time.Now()
	where := p.rel(p.current)
	if where == "" {
		where = "."
	}
	if p.currentPkg != "" {
		where += " (" + p.currentPkg + ")"
	}
	line := fmt.Sprintf("sessionlint: Go modules %d/%d, packages %d/%d; analysing %s", p.unitsDone, p.units, p.pkgsDone, p.pkgs, filepath.ToSlash(where))
	if width, _, err := term.GetSize(int(p.w.(*os.File).Fd())); err == nil && width > 1 && len(line) >= width {
		line = line[:width-1]
	}
	fmt.Fprint(p.w, "\r\x1b[K"+line)
	p.shown = true
}

// done erases the line.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
