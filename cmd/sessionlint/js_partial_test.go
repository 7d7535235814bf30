package main

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJSFilesAnalysedInPart: a file with a syntax error, and one whose
// session options sit inside 100 parentheses (deeper than the rules look),
// are analysed in part, and the run says so per file, in the summary, in
// JSON and in SARIF; 200 KB of random bytes named .js is not analysed at
// all.
func TestJSFilesAnalysedInPart(t *testing.T) {
	if !jsSupported {
		t.Skip("JavaScript/TypeScript analysis needs cgo")
	}
	random := make([]byte, 200_000)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(r.UintN(256))
	}
	random[1000] = 0
	dir := writeTree(t, map[string]string{
		"deep.js": "const session = require('express-session');\nconst app = require('express')();\n" +
			"app.use(session(" + strings.Repeat("(", 100) + "{ secret: process.env.S, cookie: { httpOnly: false } }" + strings.Repeat(")", 100) + "));\n",
		"broken.js": "const session = require('express-session');\nconst app = require('express')();\napp.use(session({ secret: process.env.S ) });\n",
		"random.js": string(random),
	})
	res := sessionlint(t, dir)
	for _, want := range []string{
		"sessionlint: analysed deep.js in part: expression nested in more than 64 parentheses or type assertions at 3:",
		"sessionlint: analysed broken.js in part: syntax error at 3:",
		"sessionlint: could not analyse random.js: binary content",
		"2 JavaScript/TypeScript file(s) analysed, 2 in part; 1 problem(s)",
	} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	if t.Failed() {
		t.Fatalf("exit %d\nstderr: %s", res.code, res.stderr)
	}

	var out struct {
		Errors  []struct{ Path, Message string } `json:"errors"`
		Partial []struct{ Path, Message string } `json:"partial"`
	}
	if err := json.Unmarshal([]byte(sessionlint(t, dir, "-format", "json").stdout), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Partial) != 2 || out.Partial[0].Path != "broken.js" || out.Partial[1].Path != "deep.js" ||
		len(out.Errors) != 1 || out.Errors[0].Path != "random.js" {
		t.Errorf("JSON: partial %+v, errors %+v; want broken.js and deep.js in part, random.js not analysed", out.Partial, out.Errors)
	}

	sarif := sessionlint(t, dir, "-format", "sarif").stdout
	for _, want := range []string{`"text": "analysed in part: deep.js: expression nested`, `"text": "analysed in part: broken.js: syntax error at 3:`, `"text": "random.js: binary content`} {
		if !strings.Contains(sarif, want) {
			t.Errorf("SARIF lacks the notification %s", want)
		}
	}
}

// TestJSBinaryTestFileLeftOut: binary content in a test file is no problem
// when tests are left out, and is one with -tests.
func TestJSBinaryTestFileLeftOut(t *testing.T) {
	if !jsSupported {
		t.Skip("JavaScript/TypeScript analysis needs cgo")
	}
	dir := writeTree(t, map[string]string{
		"app.js":          "const session = require('express-session');\nmodule.exports = session;\n",
		"utils.spec.ts":   "const session = 1;\x00\x01\x02",
		"test/fixture.js": "session\x00",
		"package.json":    `{"name":"a","dependencies":{"express-session":"1"}}`,
	})
	res := sessionlint(t, dir)
	if strings.Contains(res.stderr, "binary content") || res.code == 3 || res.code == 2 {
		t.Errorf("a binary test file counted as a problem (exit %d): %s", res.code, res.stderr)
	}
	res = sessionlint(t, dir, "-tests")
	if !strings.Contains(res.stderr, "utils.spec.ts: binary content") {
		t.Errorf("with -tests, the binary test file is not reported: %s", res.stderr)
	}
}
