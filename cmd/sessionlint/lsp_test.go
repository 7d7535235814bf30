package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/lsp/lsptest"
)

// lspWait is generous: go vet of a small package takes a second or two, more
// under -race on two cores.
const lspWait = 2 * time.Minute

type lspServer struct {
	c      *lsptest.Client
	cmd    *exec.Cmd
	stderr *lsptest.LogBuffer
}

// startLSP runs `sessionlint lsp` and initializes it.
func startLSP(t *testing.T, args ...string) *lspServer {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"lsp"}, args...)...)
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
	m, err := s.c.Call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": nil, "capabilities": map[string]any{}}, lspWait)
	if err != nil || m.Error != nil {
		t.Fatalf("initialize: %v %+v", err, m.Error)
	}
	if err := s.c.Notify("initialized", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	return s
}

// stop asks for shutdown and exit and checks the exit code is 0.
func (s *lspServer) stop(t *testing.T) {
	t.Helper()
	if m, err := s.c.Call("shutdown", nil, lspWait); err != nil || m.Error != nil {
		t.Fatalf("shutdown: %v %+v", err, m.Error)
	}
	if err := s.c.Notify("exit", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Wait(); err != nil {
		t.Fatalf("server exit: %v", err)
	}
}

func fileURI(path string) string { return "file://" + filepath.ToSlash(path) }

func open(t *testing.T, s *lspServer, path, lang, text string) {
	t.Helper()
	err := s.c.Notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": fileURI(path), "languageId": lang, "version": 1, "text": text}})
	if err != nil {
		t.Fatal(err)
	}
}

func change(t *testing.T, s *lspServer, path string, version int, text string) {
	t.Helper()
	err := s.c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": fileURI(path), "version": version},
		"contentChanges": []map[string]any{{"text": text}}})
	if err != nil {
		t.Fatal(err)
	}
}

func codes(d lsptest.Diagnostics) []string {
	var out []string
	for _, x := range d.Diagnostics {
		out = append(out, x.Code)
	}
	return out
}

func hasCode(d lsptest.Diagnostics, code string) bool {
	for _, x := range d.Diagnostics {
		if x.Code == code {
			return true
		}
	}
	return false
}

type codeAction struct {
	Title string `json:"title"`
	Kind  string `json:"kind"`
	Edit  struct {
		Changes map[string][]struct {
			Range struct {
				Start struct{ Line, Character int } `json:"start"`
				End   struct{ Line, Character int } `json:"end"`
			} `json:"range"`
			NewText string `json:"newText"`
		} `json:"changes"`
	} `json:"edit"`
}

func codeActions(t *testing.T, s *lspServer, path string, line int) []codeAction {
	t.Helper()
	m, err := s.c.Call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path)},
		"range":        map[string]any{"start": map[string]int{"line": line, "character": 0}, "end": map[string]int{"line": line, "character": 200}},
		"context":      map[string]any{"diagnostics": []any{}},
	}, lspWait)
	if err != nil || m.Error != nil {
		t.Fatalf("codeAction: %v %+v", err, m.Error)
	}
	var as []codeAction
	if err := json.Unmarshal(m.Result, &as); err != nil {
		t.Fatal(err)
	}
	return as
}

const lspMain = `package main

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "x", Path: "/"})
}

func main() { http.HandleFunc("/", handler) }
`

const lspOther = `package main

import "net/http"

func other(w http.ResponseWriter) {
	//sessionlint:ignore cookieflags the test says so
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "y"})
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: "z"})
}
`

func TestLSPGo(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":   "module example.com/lspmod\n\ngo 1.26\n",
		"main.go":  lspMain,
		"other.go": lspOther,
	})
	s := startLSP(t)
	mainGo, otherGo := filepath.Join(dir, "main.go"), filepath.Join(dir, "other.go")
	open(t, s, mainGo, "go", lspMain)

	// The opened file and the rest of its package get diagnostics.
	d, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) > 0 })
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Diagnostics) != 1 || d.Diagnostics[0].Code != "cookieflags" {
		t.Fatalf("main.go: want one cookieflags diagnostic, got %v", codes(d))
	}
	got := d.Diagnostics[0]
	if got.Range.Start.Line != 5 || got.Range.Start.Character != 20 || got.Range.End.Line != 5 || got.Range.End.Character != 74 {
		t.Errorf("main.go range %+v, want 5:20-5:74", got.Range)
	}
	if got.Severity != 2 || got.Source != "sessionlint" || got.CodeDescription == nil || !strings.Contains(got.CodeDescription.Href, "cookieflags") {
		t.Errorf("main.go diagnostic: %+v", got)
	}
	od, err := s.c.WaitDiagnostics(fileURI(otherGo), lspWait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) > 0 })
	if err != nil {
		t.Fatal(err)
	}
	if len(od.Diagnostics) != 1 || od.Diagnostics[0].Range.Start.Line != 7 {
		t.Fatalf("other.go: want one diagnostic on line 8 (line 7 is ignored), got %+v", od.Diagnostics)
	}

	// The quick fix adds the flags.
	as := codeActions(t, s, mainGo, 5)
	if len(as) != 1 || as[0].Kind != "quickfix" {
		t.Fatalf("code actions: %+v", as)
	}
	edits := as[0].Edit.Changes[fileURI(mainGo)]
	if len(edits) != 1 {
		t.Fatalf("edits: %+v", as[0].Edit)
	}
	e := edits[0]
	if e.Range.Start.Line != 5 || e.Range.Start.Character != 73 || e.Range.End != e.Range.Start || !strings.Contains(e.NewText, "Secure: true") {
		t.Errorf("edit %+v", e)
	}
	lines := strings.Split(lspMain, "\n")
	lines[5] = lines[5][:73] + e.NewText + lines[5][73:]
	fixed := strings.Join(lines, "\n")

	// Unsaved changes are analysed (through go vet -overlay): fixing the
	// buffer clears its diagnostics; other.go keeps its own.
	change(t, s, mainGo, 2, fixed)
	if _, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) == 0 }); err != nil {
		t.Fatal("diagnostics not cleared after the fix:", err)
	}
	if as := codeActions(t, s, mainGo, 5); len(as) != 0 {
		t.Errorf("code actions after the fix: %+v", as)
	}
	if d, _ := s.c.WaitDiagnostics(fileURI(otherGo), time.Second, func(lsptest.Diagnostics) bool { return true }); len(d.Diagnostics) != 1 {
		t.Errorf("other.go after main.go's fix: %v", codes(d))
	}

	// A buffer that does not type-check is reported in the log and leaves
	// the server running.
	change(t, s, mainGo, 3, fixed+"\nfunc broken() { return 1 }\n")
	if err := s.c.WaitFor(lspWait, func(notes []lsptest.Message) bool {
		for _, n := range notes {
			if n.Method == "window/logMessage" && strings.Contains(string(n.Params), "too many return values") {
				return true
			}
		}
		return false
	}); err != nil {
		t.Fatal("type error not logged:", err)
	}
	// Garbage does not kill it either.
	s.c.WriteRaw([]byte("Content-Length: 3\r\n\r\n}}}garbage\r\n\r\n"))
	s.c.Send([]byte(`{"jsonrpc":"2.0","id":"x","method":"workspace/executeCommand","params":{}}`))
	if m, err := s.c.WaitReply(`"x"`, lspWait); err != nil || m.Error == nil {
		t.Fatalf("unknown method: %v %+v", err, m)
	}

	// Saving the weakness back brings the diagnostic back.
	change(t, s, mainGo, 4, lspMain)
	if _, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool {
		return len(d.Diagnostics) == 1 && d.Version != nil && *d.Version == 4
	}); err != nil {
		t.Fatal(err)
	}
	s.stop(t)
}

func TestLSPGoOutsideModuleAndBadFiles(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"loose/main.go":  lspMain,
		"mod/go.mod":     "module example.com/m\n\ngo 1.26\n",
		"mod/binary.go":  "\x00\x01\x02\xff",
		"mod/notes.txt":  "hello",
		"mod/new/new.go": "package new\n",
	})
	s := startLSP(t, "-disable", "memstore")
	// A file outside any module is analysed on its own (GOPATH mode).
	loose := filepath.Join(dir, "loose", "main.go")
	open(t, s, loose, "go", lspMain)
	if _, err := s.c.WaitDiagnostics(fileURI(loose), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") }); err != nil {
		t.Fatal(err)
	}
	// Binary content, other languages, unsaved files and a huge buffer:
	// the server logs and goes on.
	open(t, s, filepath.Join(dir, "mod", "binary.go"), "go", "\x00\x01\x02\xff")
	open(t, s, filepath.Join(dir, "mod", "notes.txt"), "plaintext", "hello")
	open(t, s, filepath.Join(dir, "mod", "unsaved", "u.go"), "go", "package unsaved\n")
	open(t, s, filepath.Join(dir, "mod", "new", "new.go"), "go", "package new\n"+strings.Repeat("// filler\n", 200000))
	if _, err := s.c.WaitDiagnostics(fileURI(filepath.Join(dir, "mod", "new", "new.go")), lspWait, func(lsptest.Diagnostics) bool { return true }); err != nil {
		t.Fatal(err)
	}
	if as := codeActions(t, s, loose, 5); len(as) != 1 {
		t.Errorf("code actions on the loose file: %+v", as)
	}
	s.stop(t)
}

func TestLSPUsage(t *testing.T) {
	if r := sessionlint(t, t.TempDir(), "lsp", "-h"); r.code != exitClean || !strings.Contains(r.stderr, "usage: sessionlint lsp") {
		t.Errorf("lsp -h: %d %q", r.code, r.stderr)
	}
	// A bad flag does not stop the server (TestLSPBadConfigurationAndFlags
	// shows what the editor sees); it is logged. Input that ends without
	// shutdown: exit code 1.
	cmd := exec.Command(bin, "lsp", "-enable", "nosuchrule")
	cmd.Stdin = strings.NewReader(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", 5, "{nope"))
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), "unknown rule") {
		t.Errorf("bad -enable, then exit without shutdown: %v\n%s", err, out)
	}
}

// TestLSPConfig: the server reads the configuration file, here one that
// raises cookieflags to high, which editors show as an error.
func TestLSPConfig(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"go.mod":           "module example.com/lspmod\n\ngo 1.26\n",
		"main.go":          lspMain,
		".sessionlint.yml": "severity: {cookieflags: high}\n",
	})
	s := startLSP(t, "-config", filepath.Join(dir, ".sessionlint.yml"))
	mainGo := filepath.Join(dir, "main.go")
	open(t, s, mainGo, "go", lspMain)
	d, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return len(d.Diagnostics) > 0 })
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Diagnostics) != 1 || d.Diagnostics[0].Code != "cookieflags" || d.Diagnostics[0].Severity != 1 {
		t.Fatalf("want one cookieflags error (severity 1), got %+v", d.Diagnostics)
	}
	s.stop(t)

	// A bad configuration file does not stop the server: it is shown, and
	// the defaults serve (see TestLSPBadConfigurationAndFlags).
	bad := writeTree(t, map[string]string{".sessionlint.yml": "disable: [nosuchrule]\n"})
	s = startLSP(t, "-config", filepath.Join(bad, ".sessionlint.yml"))
	open(t, s, mainGo, "go", lspMain)
	if _, err := s.c.WaitDiagnostics(fileURI(mainGo), lspWait, func(d lsptest.Diagnostics) bool { return hasCode(d, "cookieflags") }); err != nil {
		t.Fatal(err)
	}
	if !showed(s, ".sessionlint.yml:1") {
		t.Errorf("bad configuration: want a message naming the file and line, got %d messages", len(s.c.Notifications("window/showMessage")))
	}
	s.stop(t)
}
