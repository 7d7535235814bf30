package rules

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordSetMatchesContains checks the one-pass word search against a
// plain search for the words at word starts, on random sources built from
// the words' own pieces.
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
				for i := range len(src) {
					want = want || bytes.HasPrefix(src[i:], w) && wordStart(src, i)
				}
			}
			if got := set.in(src); got != want {
				t.Fatalf("in(%q) = %v, want %v", src, got, want)
			}
		}
	}
	if newWordSet(always).in([]byte("x")) || newWordSet(always).in(nil) {
		t.Error("short sources must not match")
	}
	for src, want := range map[string]bool{"_.assignIn(a, b)": false, "userSignIn()": true, "sign-in": false, "const signIn = 1": true, "x.login": true, "loginX": true, "blogin": false} {
		if got := alwaysSet.in([]byte(src)); got != want {
			t.Errorf("relevant words in %q: %v, want %v", src, got, want)
		}
	}
}

func TestRelevant(t *testing.T) {
	far := "function now() { return Date.now(); }\n" + strings.Repeat("// padding padding padding padding\n", 20) + "var formatTokens = {};\n"
	for src, want := range map[string]bool{
		"const resetCode = Math.floor(Math.random() * 1e6);":               true,
		"function generateToken() {\n  return Date.now().toString(36);\n}": true,
		"const key = `sk_live_${Math.random()}`;":                          true,
		"app.use(session({ secret }));":                                    true,
		"res.redirect('/x?token=' + t);":                                   true,
		"router.post('/transfer', handler);":                               true,
		far:                                                                false, // a date library: tokens far from Date.now
		"_.assignIn(target, source); const x = y.delete(k);":               false,
		"for (let i = 0; i < n; i++) { sum += values[i]; }":                false,
		// A token passed to a client that puts it in the URL (sessioninurl).
		"import { io } from 'socket.io-client';\nio(url, { query: { token: t } });": true,
		"AUTH_TOKEN":       true, // a storage key handed to the app's helper (clientstorage)
		"tokenizer.next()": false,
	} {
		if got := Relevant([]byte(src)); got != want {
			t.Errorf("Relevant(%.60q) = %v, want %v", src, got, want)
		}
	}
}
