//go:build cgo

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// An Express app whose login, logout, identity key and cookie use names
// no built-in pattern knows.
const namesExpressApp = `const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis');
const app = express();
app.use(session({ store: new RedisStore(), secret: process.env.S, cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 } }));

function enterApp(req, res) {
  req.session.acctRef = req.body.who;
  res.redirect('/');
}

function leave(req, res) {
  delete req.session.acctRef;
  res.redirect('/');
}

function track(req, res) {
  res.cookie('acme_ck', req.query.v);
}

module.exports = { enterApp, leave, track };
`

func TestConfigNamesReachJSRules(t *testing.T) {
	dir := writeTree(t, map[string]string{"app.js": namesExpressApp})
	if r := sessionlint(t, dir); r.code != 0 {
		t.Fatalf("without names: exit %d\n%s", r.code, r.stdout)
	}
	cfg := "names:\n  session-cookies: [acme_ck]\n  identity-keys: [acctRef]\n  login-handlers: [enterApp]\n  logout-handlers: [leave]\n"
	if err := os.WriteFile(filepath.Join(dir, ".sessionlint.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	r := sessionlint(t, dir, "-format", "json")
	want := []string{"app.js:13 logout", "app.js:18 cookieflags", "app.js:8 fixation"}
	if got := jsonFindings(t, r.stdout); r.code != 1 || !slices.Equal(got, want) {
		t.Fatalf("with names: exit %d, findings %q, want %q\n%s", r.code, got, want, r.stderr)
	}
}

func TestConfigJSExcludeAndSizeLimit(t *testing.T) {
	big := "localStorage.setItem('jwt', t);\n" + strings.Repeat("const x = 1;\n", 100000) // 1.3 MB
	dir := writeTree(t, map[string]string{
		"big.js":           big,
		"legacy/a.js":      "localStorage.setItem('jwt', t);\n",
		"web/b.js":         "localStorage.setItem('jwt', t);\n",
		".sessionlint.yml": "exclude: [legacy]\n",
	})
	r := sessionlint(t, dir, "-format", "json")
	if got := jsonFindings(t, r.stdout); !slices.Equal(got, []string{"web/b.js:1 clientstorage"}) ||
		!strings.Contains(r.stderr, "read 1 excluded JavaScript/TypeScript file(s) for what they tell about their app, reporting nothing in them") ||
		!strings.Contains(r.stderr, "skipped 1 JavaScript/TypeScript file(s): larger than 1 MiB") {
		t.Fatalf("findings %q\n%s", got, r.stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, ".sessionlint.yml"), []byte("exclude: [legacy]\njs:\n  max-file-size: 2MiB\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = sessionlint(t, dir, "-format", "json")
	if got := jsonFindings(t, r.stdout); !slices.Equal(got, []string{"big.js:1 clientstorage", "web/b.js:1 clientstorage"}) {
		t.Fatalf("with a 2 MiB limit: findings %q\n%s", got, r.stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, ".sessionlint.yml"), []byte("js: {max-file-size: 16}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := sessionlint(t, dir); r.code != 2 || !strings.Contains(r.stderr, "skipped 3 JavaScript/TypeScript file(s): larger than 16 bytes") {
		t.Errorf("with a 16-byte limit: exit %d\n%s", r.code, r.stderr)
	}
}

// TestConfigExcludeKeepsFacts: excluding the routes folder drops findings
// in it, not what it tells about the app: the session setup in app.js still
// lacks a CSRF defence for the POST route the excluded file registers.
func TestConfigExcludeKeepsFacts(t *testing.T) {
	if !jsSupported {
		t.Skip("JavaScript/TypeScript analysis needs cgo")
	}
	dir := writeTree(t, map[string]string{
		"app.js": `const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const users = require('./routes/users');
const app = express();
app.use(session({ store: new RedisStore({}), secret: process.env.SECRET, resave: false, saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'none', maxAge: 3600000 } }));
app.use('/users', users);
app.listen(3000);
`,
		"routes/users.js": `const express = require('express');
const router = express.Router();
router.post('/transfer', (req, res) => { localStorage.setItem('jwt', req.body.t); res.send('ok'); });
module.exports = router;
`,
		".sessionlint.yml": "exclude: [\"routes/**\"]\n",
	})
	r := sessionlint(t, dir, "-format", "json")
	if got := jsonFindings(t, r.stdout); r.code != 1 || !slices.Equal(got, []string{"app.js:6 csrf"}) {
		t.Fatalf("exit %d, findings %q; want the csrf finding in app.js and none in the excluded routes/users.js\n%s", r.code, got, r.stderr)
	}
}
