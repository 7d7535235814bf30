// Package readlog is the file system as the JavaScript/TypeScript pass
// reads it. While a Log is open, every read is noted with a fingerprint of
// what it returned (a hash of a file's content, a folder's listing, a
// file's size and time, or that it was missing), so that the command can
// reuse the pass's result on a later run for as long as every one of those
// reads would return the same. Without an open Log the functions are the
// os package's.
package readlog

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// An Entry is one read and the fingerprint of its answer.
type Entry struct {
	Op   string `json:"op"` // read, stat, lstat, readdir or glob
	Path string `json:"path"`
	Sum  string `json:"sum"`
}

// A Log gathers the reads made while it is open. One Log is open at a time
// in a process.
type Log struct {
	mu       sync.Mutex
	seen     map[[2]string]string
	unstable bool // a read answered differently the second time
}

var open atomic.Pointer[Log]

// Begin opens a Log, or returns nil when one is already open (a second
// run in the same process): that run is then simply not recorded.
func Begin() *Log {
	l := &Log{seen: make(map[[2]string]string)}
	if !open.CompareAndSwap(nil, l) {
		return nil
	}
	return l
}

// End closes the Log and returns its entries in a stable order; ok is
// false when there is nothing to trust: no Log, or a file that changed
// while the run read it.
func (l *Log) End() (entries []Entry, ok bool) {
	if l == nil {
		return nil, false
	}
	open.CompareAndSwap(l, nil)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.unstable {
		return nil, false
	}
	out := make([]Entry, 0, len(l.seen))
	for k, sum := range l.seen {
		out = append(out, Entry{Op: k[0], Path: k[1], Sum: sum})
	}
	slices.SortFunc(out, func(a, b Entry) int { return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Op, b.Op)) })
	return out, true
}

// Unchanged reports whether every entry's read still gives the same answer.
func Unchanged(entries []Entry) bool {
	for _, e := range entries {
		var sum string
		switch e.Op {
		case "read":
			data, err := os.ReadFile(e.Path)
			sum = readSum(data, err)
		case "stat":
			info, err := os.Stat(e.Path)
			sum = statSum(info, err)
		case "lstat":
			info, err := os.Lstat(e.Path)
			sum = statSum(info, err)
		case "readdir":
			list, err := os.ReadDir(e.Path)
			sum = dirSum(list, err)
		case "glob":
			m, err := filepath.Glob(e.Path)
			sum = globSum(m, err)
		default:
			return false
		}
		if sum != e.Sum {
			return false
		}
	}
	return true
}

func note(op, path string, sum func() string) {
	l := open.Load()
	if l == nil {
		return
	}
	s := sum()
	k := [2]string{op, path}
	l.mu.Lock()
	if old, ok := l.seen[k]; ok && old != s {
		l.unstable = true
	}
	l.seen[k] = s
	l.mu.Unlock()
}

// ReadFile is os.ReadFile.
func ReadFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	note("read", path, func() string { return readSum(data, err) })
	return data, err
}

// Stat is os.Stat.
func Stat(path string) (fs.FileInfo, error) {
	info, err := os.Stat(path)
	note("stat", path, func() string { return statSum(info, err) })
	return info, err
}

// Lstat is os.Lstat.
func Lstat(path string) (fs.FileInfo, error) {
	info, err := os.Lstat(path)
	note("lstat", path, func() string { return statSum(info, err) })
	return info, err
}

// ReadDir is os.ReadDir.
func ReadDir(path string) ([]fs.DirEntry, error) {
	list, err := os.ReadDir(path)
	note("readdir", path, func() string { return dirSum(list, err) })
	return list, err
}

// Glob is filepath.Glob.
func Glob(pattern string) ([]string, error) {
	m, err := filepath.Glob(pattern)
	note("glob", pattern, func() string { return globSum(m, err) })
	return m, err
}

// WalkDir is filepath.WalkDir, with each folder's listing noted.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	return fs.WalkDir(dirFS(root), ".", func(name string, d fs.DirEntry, err error) error {
		path := root
		if name != "." {
			path = filepath.Join(root, filepath.FromSlash(name))
		}
		return fn(path, d, err)
	})
}

// dirFS serves fs.WalkDir from the real file system through the noting
// functions. Like filepath.WalkDir, it does not follow a symbolic link at
// the root.
type dirFS string

func (d dirFS) path(name string) string {
	if name == "." {
		return string(d)
	}
	return filepath.Join(string(d), filepath.FromSlash(name))
}

func (d dirFS) Open(name string) (fs.File, error) { return os.Open(d.path(name)) }

func (d dirFS) Stat(name string) (fs.FileInfo, error) { return Lstat(d.path(name)) }

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return ReadDir(d.path(name)) }

func errSum(err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return "absent"
	}
	return "error: " + err.Error()
}

func readSum(data []byte, err error) string {
	if err != nil {
		return errSum(err)
	}
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:16])
}

func statSum(info fs.FileInfo, err error) string {
	if err != nil {
		return errSum(err)
	}
	if info.IsDir() {
		return "dir " + info.Mode().String()
	}
	return fmt.Sprintf("%s %d %d", info.Mode(), info.Size(), info.ModTime().UnixNano())
}

func dirSum(list []fs.DirEntry, err error) string {
	if err != nil {
		return errSum(err)
	}
	h := sha256.New()
	for _, e := range list {
		fmt.Fprintf(h, "%s\x00%d\n", e.Name(), e.Type())
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func globSum(m []string, err error) string {
	if err != nil {
		return errSum(err)
	}
	return strings.Join(m, "\x00")
}
