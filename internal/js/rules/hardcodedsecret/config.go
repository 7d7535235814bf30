package hardcodedsecret

import (
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Configuration that ships with the app: the files a config loader reads
// (node-config's config/default.yaml), a committed file the app reads
// itself (yaml.load(fs.readFileSync('defaults.yml')), an env file it loads
// (process.loadEnvFile('.env.example')) and a convict schema's defaults.
// A key whose path names a session, cookie, JWT or CSRF signing secret
// (session.secret, secrets.cookie, auth.cookiePassword, SESSION_SECRET)
// with a literal value is a key that ships with the code, whichever part
// of the app reads it.

type configScanned struct{}

// configSources scans the configuration a call makes the app read.
func configSources(f *analysis.File, call *syntax.Node) {
	if f.Once(configScanned{}) {
		for _, g := range f.ConfigFiles() {
			scanData(f, g)
		}
	}
	if call.Kind != "call_expression" {
		return
	}
	fn := syntax.Unwrap(call.ChildByField("function"))
	as := resolve.Args(call)
	if fn == nil || len(as) == 0 {
		return
	}
	text := f.Text(fn)
	switch {
	case strings.HasSuffix(text, "readFileSync") || strings.HasSuffix(text, "readFile") || text == "require" ||
		contains(jslib.EnvLoaderGlobals, text):
		if g := f.DataFile(as[0]); g != nil {
			scanData(f, g)
		}
		return
	}
	b, ok := f.Callee(call)
	if !ok {
		return
	}
	for _, l := range jslib.ConfigLoaders(jslib.EnvFile) {
		if b == l.Ref { // dotenv.config({ path: '.env.example' })
			if g := f.DataFile(f.Get(f.Object(as[0]), "path").Value); g != nil {
				scanData(f, g)
			}
		}
	}
	for _, l := range jslib.ConfigLoaders(jslib.SchemaDefaults) {
		if b == l.Ref { // convict({ session: { secret: { default: 'x' } } })
			if obj := f.Value(as[0]); obj != nil && obj.Kind == "object" {
				scanSchema(f, obj, "", l.Default, 0)
			}
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// scanData reports the secret keys of a configuration file.
func scanData(f *analysis.File, g *resolve.File) {
	if v := g.Exported(""); v != nil {
		scanObject(f, g, v, "", 0)
	}
}

func scanObject(f *analysis.File, g *resolve.File, n *syntax.Node, path string, depth int) {
	n = syntax.Unwrap(n)
	if n == nil || n.Kind != "object" || depth > 8 {
		return
	}
	for _, c := range n.Children {
		if c.Kind != "pair" {
			continue
		}
		key, ok := g.KeyName(c.ChildByField("key"))
		if !ok {
			continue
		}
		p := join(path, key)
		v := syntax.Unwrap(c.ChildByField("value"))
		switch {
		case v == nil:
		case v.Kind == "object":
			scanObject(f, g, v, p, depth+1)
		case secretKey(p):
			if s, ok := g.String(v); ok && placeholder(s) {
				f.Report("hardcodedsecret", v, configMessage(p))
			}
		}
	}
}

// scanSchema reports convict schema leaves ({ default: 'x' }) whose path
// names a signing secret.
func scanSchema(f *analysis.File, n *syntax.Node, path, def string, depth int) {
	if depth > 8 {
		return
	}
	for _, c := range n.Children {
		if c.Kind != "pair" {
			continue
		}
		key, ok := f.KeyName(c.ChildByField("key"))
		v := syntax.Unwrap(c.ChildByField("value"))
		if !ok || v == nil || v.Kind != "object" {
			continue
		}
		p := join(path, key)
		l := f.Get(f.Object(v), def)
		if !l.Found {
			scanSchema(f, v, p, def, depth+1)
			continue
		}
		if secretKey(p) {
			if s, ok := f.String(l.Value); ok && placeholder(s) {
				f.Report("hardcodedsecret", l.Value, configMessage(p))
			}
		}
	}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

var (
	secretWord  = lazyre.New(`(?i)(secret|password|passphrase|signing_?key|keys?$)`)
	purposeWord = lazyre.New(`(?i)(session|cookie|jwt|csrf|xsrf|iron|signing|(^|[._])(auth|app|token)[._]?(secret|key)s?$)`)
	otherWord   = lazyre.New(`(?i)(client|api_?key|private|public|aws|s3|smtp|mail|db|database|redis|mongo|postgres|mysql|oauth|github|google|facebook|twitter|stripe|recaptcha|encryption|hmac|admin|root|user)`)
)

// secretKey reports whether a configuration key path names a session,
// cookie, JWT or CSRF signing secret.
func secretKey(path string) bool {
	return secretWord.MatchString(path) && purposeWord.MatchString(path) && !otherWord.MatchString(path) && !cookieNameKey.MatchString(path)
}

// cookieNameKey matches session.key and cookie.key: koa-session's key
// option and the configs written for it name the cookie, not a secret.
var cookieNameKey = lazyre.New(`(?i)(^|[._])(session|cookie)s?[._]key$`)

// placeholder reports a value that is a literal key, not an empty value
// or a reference to the environment (${SESSION_SECRET}).
func placeholder(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !strings.HasPrefix(s, "${") && !strings.HasPrefix(s, "$") && !strings.HasPrefix(s, "process.env")
}

func configMessage(key string) string {
	return "configuration key " + key + " ships a literal signing secret, so a deployment that does not override it signs sessions or tokens with a key anyone with the code knows; remove the default and require the value from the environment or a secret manager"
}
