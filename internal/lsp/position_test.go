package lsp

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"
	"time"
)

func TestMapper(t *testing.T) {
	text := []byte("ab\n😀x\r\n\xffé\nlast")
	m := newMapper(text)
	for _, tc := range []struct {
		off  int
		want Position
	}{
		{0, Position{0, 0}},
		{2, Position{0, 2}},
		{3, Position{1, 0}},
		{7, Position{1, 2}},  // after the emoji: two UTF-16 units
		{5, Position{1, 2}},  // inside the emoji: a byte of a cut rune counts one
		{8, Position{1, 3}},  // before "\r"
		{11, Position{2, 1}}, // after an invalid byte
		{13, Position{2, 2}}, // after "é"
		{-4, Position{0, 0}},
		{999, Position{3, 4}},
	} {
		if got := m.offset(tc.off); got != tc.want {
			t.Errorf("offset(%d) = %v, want %v", tc.off, got, tc.want)
		}
	}
	if got := m.lineCol(2, 5); got != (Position{1, 2}) {
		t.Errorf("lineCol(2, 5) = %v", got)
	}
	if got := m.lineCol(1, 99); got != (Position{0, 2}) {
		t.Errorf("lineCol past the end of the line = %v", got)
	}
	if got := m.lineCol(0, 0); got != (Position{}) {
		t.Errorf("lineCol(0, 0) = %v", got)
	}
	if got := m.lineCol(99, 1); got != (Position{3, 4}) {
		t.Errorf("lineCol past the end = %v", got)
	}
	if r := m.findingRange(4, 1, 0, 0); r.Start != (Position{3, 0}) || r.End != (Position{3, 4}) {
		t.Errorf("range with no end = %v", r)
	}
	for _, tc := range []struct {
		p    Position
		want int
	}{
		{Position{1, 2}, 7}, {Position{1, 1}, 7}, {Position{1, 99}, 9}, {Position{9, 0}, len(text)}, {Position{-1, 0}, 0}, {Position{2, 2}, 13},
	} {
		if got := m.positionOffset(tc.p); got != tc.want {
			t.Errorf("positionOffset(%v) = %d, want %d", tc.p, got, tc.want)
		}
	}
}

func TestURIs(t *testing.T) {
	for _, p := range []string{"/tmp/a b/c#d.go", "/x/ü.ts"} {
		if got := uriPath(pathURI(p)); got != p {
			t.Errorf("round trip of %q: %q (via %q)", p, got, pathURI(p))
		}
	}
	for _, u := range []string{"untitled:Untitled-1", "file://%zz", "", "file:relative", "https://x/y.go"} {
		if got := uriPath(u); got != "" {
			t.Errorf("uriPath(%q) = %q, want \"\"", u, got)
		}
	}
}

// FuzzServe feeds arbitrary bytes to a server after a valid initialize:
// whatever comes, Serve must return once the input ends.
func FuzzServe(f *testing.F) {
	f.Add([]byte("Content-Length: 5\r\n\r\n{{{{{"))
	f.Add([]byte("Content-Length: 52\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\",\"x\":[]}"))
	f.Add([]byte("Content-Length: 10\r\n\r\n[1,2,3,4]\n"))
	f.Add([]byte("Content-Length: 120\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///x/a.js\",\"text\":\"\\u0000\"}}}"))
	body := `{"jsonrpc":"2.0","id":0,"method":"initialize","params":{}}`
	init := []byte(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := io.NopCloser(io.MultiReader(bytes.NewReader(init), bytes.NewReader(data)))
		done := make(chan error, 1)
		go func() {
			done <- Serve(context.Background(), in, nopWriteCloser{io.Discard}, Options{CheckJS: fakeJS, JSDelay: time.Millisecond})
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Serve did not return at the end of its input")
		}
	})
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
