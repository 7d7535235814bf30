package rules

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestWordSetMatchesContains checks the one-pass word search against
// bytes.Contains on random sources built from the words' own pieces.
func TestWordSetMatchesContains(t *testing.T) {
	sets := [][][]byte{always, weakSources, idNames}
	r := rand.New(rand.NewPCG(1, 2))
	for _, ws := range sets {
		set := newWordSet(ws)
		for range 2000 {
			var src []byte
			for range r.IntN(12) {
				w := ws[r.IntN(len(ws))]
				// A random cut of a word, or a whole one now and then.
				if r.IntN(4) > 0 {
					w = w[:r.IntN(len(w))]
				}
				src = append(src, w...)
				src = append(src, " .(_"[r.IntN(4)])
			}
			want := false
			for _, w := range ws {
				want = want || bytes.Contains(src, w)
			}
			if got := set.in(src); got != want {
				t.Fatalf("in(%q) = %v, want %v", src, got, want)
			}
		}
	}
	if newWordSet(always).in([]byte("x")) || newWordSet(always).in(nil) {
		t.Error("short sources must not match")
	}
}
