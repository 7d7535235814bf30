package readlog

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// record runs the reads a pass might make over root and returns the log.
func record(t *testing.T, root string) []Entry {
	t.Helper()
	l := Begin()
	if l == nil {
		t.Fatal("a Log is already open")
	}
	_ = WalkDir(root, func(path string, d fs.DirEntry, err error) error { return nil })
	_, _ = ReadFile(filepath.Join(root, "app.js"))
	_, _ = Stat(filepath.Join(root, "package.json")) // absent
	_, _ = Glob(filepath.Join(root, "packages", "*"))
	entries, ok := l.End()
	if !ok {
		t.Fatal("End: not ok")
	}
	return entries
}

func TestUnchangedSeesEveryKindOfChange(t *testing.T) {
	changes := map[string]func(root string){
		"content":      func(root string) { write(t, filepath.Join(root, "app.js"), "let b = 2\n") },
		"same size":    func(root string) { write(t, filepath.Join(root, "app.js"), "let a = 2\n") },
		"new file":     func(root string) { write(t, filepath.Join(root, "lib", "new.js"), "") },
		"removed file": func(root string) { os.Remove(filepath.Join(root, "lib", "util.js")) },
		"file appears": func(root string) { write(t, filepath.Join(root, "package.json"), "{}") },
		"glob match":   func(root string) { write(t, filepath.Join(root, "packages", "b", "x.js"), "") },
		"file to folder": func(root string) {
			os.Remove(filepath.Join(root, "app.js"))
			os.Mkdir(filepath.Join(root, "app.js"), 0o755)
		},
		"nested new file": func(root string) { write(t, filepath.Join(root, "lib", "deep", "x.js"), "") },
	}
	for name, change := range changes {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			write(t, filepath.Join(root, "app.js"), "let a = 1\n")
			write(t, filepath.Join(root, "lib", "util.js"), "module.exports = 1\n")
			write(t, filepath.Join(root, "lib", "deep", "y.js"), "")
			write(t, filepath.Join(root, "packages", "a", "index.js"), "")
			entries := record(t, root)
			if !Unchanged(entries) {
				t.Fatal("Unchanged is false before any change")
			}
			// A touch that changes nothing read (a newer time on a file
			// only read, not stat'ed) keeps the entries valid.
			later := time.Now().Add(time.Hour)
			if err := os.Chtimes(filepath.Join(root, "app.js"), later, later); err != nil {
				t.Fatal(err)
			}
			if !Unchanged(entries) {
				t.Fatal("Unchanged is false after a touch of a file whose content was read")
			}
			change(root)
			if Unchanged(entries) {
				t.Errorf("Unchanged is true after the change")
			}
		})
	}
}

func TestWalkDirIsFilepathWalkDir(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"a.js", "b/c.js", "b/d/e.js", "node_modules/x/y.js", "z.txt"} {
		write(t, filepath.Join(root, filepath.FromSlash(p)), "")
	}
	if err := os.Symlink(filepath.Join(root, "b"), filepath.Join(root, "link")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	walk := func(w func(string, fs.WalkDirFunc) error) []string {
		var seen []string
		_ = w(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			seen = append(seen, path+" "+d.Type().String())
			if d.IsDir() && d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		})
		return seen
	}
	want := walk(filepath.WalkDir)
	if got := walk(WalkDir); !slices.Equal(got, want) {
		t.Errorf("WalkDir visited\n%q\nfilepath.WalkDir visited\n%q", got, want)
	}
}

func TestOneLogAtATime(t *testing.T) {
	l := Begin()
	if l == nil {
		t.Fatal("no Log")
	}
	if second := Begin(); second != nil {
		t.Error("a second Log opened while the first was open")
	}
	if _, ok := l.End(); !ok {
		t.Error("End: not ok")
	}
	if again := Begin(); again == nil {
		t.Error("no Log after the first ended")
	} else {
		again.End()
	}
	var none *Log
	if _, ok := none.End(); ok {
		t.Error("a nil Log's End is ok")
	}
}

func TestFileChangedDuringRunIsNotTrusted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.js")
	write(t, path, "a")
	l := Begin()
	_, _ = ReadFile(path)
	write(t, path, "b")
	_, _ = ReadFile(path)
	if _, ok := l.End(); ok {
		t.Error("End is ok although the file read twice gave two answers")
	}
}
