package main

import (
	"encoding/json"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/lsp/lsptest"
)

// These tests drive `sessionlint lsp` as an editor does over a session:
// edits, saves, broken buffers, a workspace folder with its configuration.

// startLSPAt runs `sessionlint lsp` in the working directory wd and
// initializes it with folder as its workspace folder ("" for none).
func startLSPAt(t *testing.T, wd, folder string, args ...string) *lspServer {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"lsp"}, args...)...)
	cmd.Dir = wd
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &lspServer{cmd: cmd, stderr: &lsptest.LogBuffer{}}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s.c = lsptest.New(stdout, stdin)
	t.Cleanup(func() {
		stdin.Close()
		if cmd.ProcessState == nil {
			done := make(chan struct{})
			go func() { cmd.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				<-done
			}
		}
		if t.Failed() {
			t.Logf("server stderr:\n%s", s.stderr.String())
		}
	})
	params := map[string]any{"processId": os.Getpid(), "rootUri": nil, "capabilities": map[string]any{}}
	if folder != "" {
		params["rootUri"] = fileURI(folder)
		params["workspaceFolders"] = []map[string]string{{"uri": fileURI(folder), "name": filepath.Base(folder)}}
	}
	m, err := s.c.Call("initialize", params, lspWait)
	if err != nil || m.Error != nil {
		t.Fatalf("initialize: %v %+v\n%s", err, m.Error, s.stderr.String())
	}
	if err := s.c.Notify("initialized", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	return s
}

func save(t *testing.T, s *lspServer, path string) {
	t.Helper()
	if err := s.c.Notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(path)}}); err != nil {
		t.Fatal(err)
	}
}

// publishes counts the diagnostics published for a file so far.
func publishes(s *lspServer, path string) int {
	n := 0
	for _, m := range s.c.Notifications("textDocument/publishDiagnostics") {
		var d lsptest.Diagnostics
		if json.Unmarshal(m.Params, &d) == nil && d.URI == fileURI(path) {
			n++
		}
	}
	return n
}

// waitPublishAfter waits for a publication for path beyond the first n and
// returns the latest once the server has been quiet for a moment.
func waitPublishAfter(t *testing.T, s *lspServer, path string, n int) lsptest.Diagnostics {
	t.Helper()
	deadline := time.Now().Add(lspWait)
	for publishes(s, path) <= n {
		if time.Now().After(deadline) {
			t.Fatalf("no diagnostics published for %s", filepath.Base(path))
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Let any later publication for the same change arrive.
	for last := publishes(s, path); ; {
		time.Sleep(1500 * time.Millisecond)
		if now := publishes(s, path); now == last {
			break
		} else {
			last = now
		}
	}
	d, err := s.c.WaitDiagnostics(fileURI(path), time.Second, func(lsptest.Diagnostics) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestLSPGoEditThenSave: an edit analysed through the overlay, then saved,
// keeps its diagnostics (go vet's cache replays the overlay run's result,
// whose paths point into the overlay folder, deleted since).
func TestLSPGoEditThenSave(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/lspmod\n\ngo 1.26\n", "main.go": lspMain})
	mainGo := filepath.Join(dir, "main.go")
	s := startLSP(t)
	open(t, s, mainGo, "go", lspMain)
	if _, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") }); err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(lspMain, "func main()", "// main serves.\nfunc main()", 1)
	change(t, s, mainGo, 2, edited)
	if _, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool {
		return d.Version != nil && *d.Version == 2 && hasCode(d, "cookieflags")
	}); err != nil {
		t.Fatal("the unsaved edit:", err)
	}
	if err := os.WriteFile(mainGo, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	n := publishes(s, mainGo)
	save(t, s, mainGo)
	if d := waitPublishAfter(t, s, mainGo, n); !hasCode(d, "cookieflags") {
		t.Errorf("after saving the edit the diagnostics are gone: %+v", d)
	}
	s.stop(t)
}

// TestLSPGoSyntaxError: a buffer that does not parse keeps the package's
// last diagnostics and shows the syntax error where it is.
func TestLSPGoSyntaxError(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/lspmod\n\ngo 1.26\n", "main.go": lspMain, "other.go": lspOther})
	mainGo, otherGo := filepath.Join(dir, "main.go"), filepath.Join(dir, "other.go")
	s := startLSP(t)
	open(t, s, mainGo, "go", lspMain)
	if _, err := s.c.WaitDiagnostics(fileURI(otherGo), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") }); err != nil {
		t.Fatal(err)
	}
	broken := lspMain + "\nfunc {\n"
	change(t, s, mainGo, 2, broken)
	d, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return d.Version != nil && *d.Version == 2 })
	if err != nil {
		t.Fatal("no diagnostics for the broken buffer:", err)
	}
	var syntax bool
	for _, x := range d.Diagnostics {
		if x.Severity == 1 && strings.Contains(x.Message, "expected") && x.Range.Start.Line == strings.Count(lspMain, "\n")+1 {
			syntax = true
		}
	}
	if !syntax || !hasCode(d, "cookieflags") {
		t.Errorf("want the syntax error (an error on line %d) beside the last cookieflags diagnostic, got %+v", strings.Count(lspMain, "\n")+2, d.Diagnostics)
	}
	time.Sleep(time.Second)
	if od, _ := s.c.WaitDiagnostics(fileURI(otherGo), time.Second, func(lsptest.Diagnostics) bool { return true }); !hasCode(od, "cookieflags") {
		t.Errorf("other.go lost its diagnostics over main.go's syntax error: %+v", od.Diagnostics)
	}
	// Fixed: the syntax error goes.
	change(t, s, mainGo, 3, lspMain)
	if _, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool {
		return d.Version != nil && *d.Version == 3 && len(d.Diagnostics) == 1 && hasCode(d, "cookieflags")
	}); err != nil {
		t.Fatal("after fixing the syntax error:", err)
	}
	s.stop(t)
}

// TestLSPBadConfigurationAndFlags: a broken .sessionlint.yml or a bad flag
// does not stop the server: it says what is wrong (showMessage, and a
// diagnostic on the configuration file) and serves with the defaults until
// the file is fixed.
func TestLSPBadConfigurationAndFlags(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":           "module example.com/lspmod\n\ngo 1.26\n",
		"main.go":          lspMain,
		".sessionlint.yml": "severity: {cookieflags: high}\ndisable: [nosuchrule]\n",
	})
	mainGo, cfg := filepath.Join(dir, "main.go"), filepath.Join(dir, ".sessionlint.yml")
	s := startLSPAt(t, dir, dir)
	open(t, s, mainGo, "go", lspMain)
	d, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") })
	if err != nil {
		t.Fatal("no diagnostics with a broken configuration:", err)
	}
	if d.Diagnostics[0].Severity != 2 {
		t.Errorf("a broken configuration should leave the defaults (cookieflags a warning), got severity %d", d.Diagnostics[0].Severity)
	}
	if !showed(s, "nosuchrule") {
		t.Error("the configuration's error was not shown (window/showMessage)")
	}
	cd, err := s.c.WaitDiagnostics(fileURI(cfg), lspWait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) > 0 })
	if err != nil {
		t.Fatal("no diagnostic on the configuration file:", err)
	}
	if cd.Diagnostics[0].Range.Start.Line != 1 || cd.Diagnostics[0].Severity != 1 || !strings.Contains(cd.Diagnostics[0].Message, "nosuchrule") {
		t.Errorf("configuration diagnostic %+v, want an error on line 2", cd.Diagnostics)
	}
	// Fixed: it applies from the next analysis on, and its diagnostic goes.
	if err := os.WriteFile(cfg, []byte("severity: {cookieflags: high}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	save(t, s, mainGo)
	if _, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool {
		return len(d.Diagnostics) == 1 && d.Diagnostics[0].Severity == 1
	}); err != nil {
		t.Fatal("the fixed configuration was not applied:", err)
	}
	if _, err := s.c.WaitDiagnostics(fileURI(cfg), lspWait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 0 }); err != nil {
		t.Fatal("the configuration's diagnostic was not cleared:", err)
	}
	s.stop(t)

	// A bad flag: the same.
	s = startLSPAt(t, dir, dir, "-enable", "nosuchrule", "-severity", "urgent")
	open(t, s, mainGo, "go", lspMain)
	if _, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") }); err != nil {
		t.Fatal("no diagnostics with a bad flag:", err)
	}
	if !showed(s, "nosuchrule") {
		t.Error("the bad flag was not shown (window/showMessage)")
	}
	s.stop(t)
}

func showed(s *lspServer, text string) bool {
	for _, m := range s.c.Notifications("window/showMessage") {
		if strings.Contains(string(m.Params), text) {
			return true
		}
	}
	return false
}

// TestLSPConfigFromWorkspaceFolder: the configuration is the workspace
// folder's, wherever the editor started the server.
func TestLSPConfigFromWorkspaceFolder(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":           "module example.com/lspmod\n\ngo 1.26\n",
		"main.go":          lspMain,
		".sessionlint.yml": "severity: {cookieflags: high}\n",
	})
	mainGo := filepath.Join(dir, "main.go")
	s := startLSPAt(t, t.TempDir(), dir)
	open(t, s, mainGo, "go", lspMain)
	d, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") })
	if err != nil {
		t.Fatal(err)
	}
	if d.Diagnostics[0].Severity != 1 {
		t.Errorf("the workspace folder's configuration makes cookieflags an error, got severity %d", d.Diagnostics[0].Severity)
	}
	s.stop(t)
}

const lspAligned = `package main

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:  "session_id",
		Value: "x",
		Path:  "/",
	})
}

func main() { http.HandleFunc("/", handler) }
`

// TestLSPGoQuickFixIsFormatted: applying a Go quick fix leaves the file as
// gofmt formats it (the inserted fields aligned with the others).
func TestLSPGoQuickFixIsFormatted(t *testing.T) {
	dir := writeTree(t, map[string]string{"go.mod": "module example.com/lspmod\n\ngo 1.26\n", "main.go": lspAligned})
	mainGo := filepath.Join(dir, "main.go")
	s := startLSP(t)
	open(t, s, mainGo, "go", lspAligned)
	d, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") })
	if err != nil {
		t.Fatal(err)
	}
	as := codeActions(t, s, mainGo, d.Diagnostics[0].Range.Start.Line)
	if len(as) != 1 {
		t.Fatalf("code actions: %+v", as)
	}
	fixed := applyEdits(t, lspAligned, as[0].Edit.Changes[fileURI(mainGo)])
	want, err := format.Source([]byte(fixed))
	if err != nil {
		t.Fatalf("the fixed file does not parse: %v\n%s", err, fixed)
	}
	if fixed != string(want) {
		t.Errorf("the quick fix leaves the file unformatted:\n%s\ngofmt:\n%s", fixed, want)
	}
	if !strings.Contains(fixed, "Secure:") {
		t.Errorf("the quick fix does not set Secure:\n%s", fixed)
	}
	s.stop(t)
}

// applyEdits applies LSP text edits to ASCII text.
func applyEdits(t *testing.T, text string, edits []struct {
	Range struct {
		Start struct{ Line, Character int } `json:"start"`
		End   struct{ Line, Character int } `json:"end"`
	} `json:"range"`
	NewText string `json:"newText"`
}) string {
	t.Helper()
	lineStart := []int{0}
	for i, c := range text {
		if c == '\n' {
			lineStart = append(lineStart, i+1)
		}
	}
	off := func(line, char int) int { return lineStart[line] + char }
	sort.Slice(edits, func(i, j int) bool {
		return off(edits[i].Range.Start.Line, edits[i].Range.Start.Character) > off(edits[j].Range.Start.Line, edits[j].Range.Start.Character)
	})
	for _, e := range edits {
		start, end := off(e.Range.Start.Line, e.Range.Start.Character), off(e.Range.End.Line, e.Range.End.Character)
		text = text[:start] + e.NewText + text[end:]
	}
	return text
}
