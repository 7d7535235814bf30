package rules

import (
	"regexp"
	"slices"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// PredictableID flags session IDs and secret tokens that come from a
// non-cryptographic or guessable source: Math.random(), Date.now(),
// new Date().getTime(), performance.now(), uuid v1, or crypto.randomBytes
// with fewer than 16 bytes (and crypto.pseudoRandomBytes); crypto.randomInt
// is a cryptographic source and is not reported. Sinks: the
// express-session genid option, functions named like token or session-ID
// generators, variables and properties named like tokens, session writes
// and auth cookies. crypto.randomBytes(>= 16), crypto.randomUUID(), uuid v4,
// nanoid and uid-safe are accepted; any strong source in the expression
// makes it strong. Hashes and encodings (createHash().update(x).digest(),
// md5(x), Buffer.from(x).toString('base64'), btoa) are looked through: they
// keep a guessable input guessable; an HMAC with a key is not. Generator
// names must name a secret (generateSessionId, makeToken, createNonce): a
// bare id (generateId, makeId) is a DOM or record ID.
var PredictableID = &Rule{
	ID:    "predictableid",
	Query: callQuery + "\n" + assignQuery + "\n" + declQuery + "\n" + fnQuery,
	Check: checkPredictableID,
}

var (
	tokenName    = regexp.MustCompile(`(?i)(session_?id|^sid$|sess_?id|token|api_?key|secret|nonce|csrf|reset_?code|verification_?code|otp|auth_?code|^state$|oauth_?state|invite_?code)`)
	notTokenName = regexp.MustCompile(`(?i)(expir|ttl|timeout|time|date|_at$|At$|count|length|len$|size|index|idx|delay|interval|age|type|name|url|path|header|key_?id|limit|version|created|updated|valid|token_?key|cancel|cache|request|trace|span|correlation|debug|render)`)
	// A bare "id" (generateId, makeId, newId) names DOM, database or
	// correlation IDs far more often than secrets: only session IDs count.
	generatorFn = regexp.MustCompile(`(?i)^(gen|generate|create|make|new|random|issue|build|mint)_?\w*(session_?id|sess_?id|sid|token|api_?key|secret|nonce|state|otp|code)s?$|^genid$`)
	// hashFn names digest and encoding helpers whose output is as guessable
	// as their input: md5(x), sha1(x), CryptoJS.SHA256(x), hex_md5(x).
	hashFn     = regexp.MustCompile(`^(md5|sha1|sha224|sha256|sha384|sha512|sha3_256|sha3_512|MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160|hex_md5|hex_sha1|hex_sha256|b64_md5|b64_sha1|createHash|hash|digest|hex|base64|encodeBase64|toBase64|base64url|stringify)$`)
	transforms = regexp.MustCompile(`^(toString|substring|substr|slice|replace|replaceAll|padStart|padEnd|toUpperCase|toLowerCase|concat|join|digest|update|trim|split|String|Number|parseInt|floor|round|ceil|abs|trunc|from|encode|btoa|encodeURIComponent|toFixed|map)$`)
)

// The name tests run on every declaration, assignment and function of a
// file, so cheap checks on the lower-cased name come before the regexps.
var (
	tokenHints     = []string{"sid", "sess", "token", "key", "secret", "nonce", "csrf", "code", "otp", "state"}
	generatorVerbs = []string{"gen", "create", "make", "new", "random", "issue", "build", "mint"}
)

func isTokenName(name string) bool {
	lower := strings.ToLower(name)
	if !slices.ContainsFunc(tokenHints, func(h string) bool { return strings.Contains(lower, h) }) {
		return false
	}
	return tokenName.MatchString(name) && !notTokenName.MatchString(name)
}

func isGeneratorName(name string) bool {
	lower := strings.ToLower(name)
	if !slices.ContainsFunc(generatorVerbs, func(v string) bool { return strings.HasPrefix(lower, v) }) {
		return false
	}
	return generatorFn.MatchString(name)
}

func checkPredictableID(f *File, m syntax.Match) {
	if f.Test {
		return
	}
	if call := m.Capture("call"); call != nil {
		if u := f.sessionUse(call); u != nil && u.lib == libExpressSession {
			l := f.get(u.opts, "genid")
			if !l.Found {
				return
			}
			fn := f.value(l.Value, 0)
			if fn != nil && syntax.IsFunction(fn) {
				for _, r := range returnValues(fn) {
					if src := f.weakSource(r, 0); src != nil {
						f.report("predictableid", src, "express-session genid builds session IDs from "+weakDesc(f, src)+", so attackers can guess live session IDs; remove genid (the default uses 24 random bytes) or return crypto.randomUUID()")
					}
				}
			}
			return
		}
		// res.cookie('sid', weak)
		fn := syntax.Unwrap(call.ChildByField("function"))
		if fn != nil && fn.Kind == "member_expression" && f.text(fn.ChildByField("property")) == "cookie" {
			as := args(call)
			if len(as) >= 2 {
				if name, ok := f.stringValue(as[0], 0); ok && (authCookieName.MatchString(name) || f.names().sessionCookie(name)) && !notTokenName.MatchString(name) {
					if src := f.weakSource(as[1], 0); src != nil {
						f.report("predictableid", src, "cookie '"+name+"' value comes from "+weakDesc(f, src)+", so it can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
					}
				}
			}
		}
		return
	}
	var name string
	var value *syntax.Node
	switch {
	case m.Capture("decl") != nil:
		d := m.Capture("decl")
		if n := d.ChildByField("name"); n == nil || n.Kind != "identifier" {
			return
		}
		name, value = f.text(d.ChildByField("name")), d.ChildByField("value")
	case m.Capture("assign") != nil:
		a := m.Capture("assign")
		l := syntax.Unwrap(a.ChildByField("left"))
		switch l.Kind {
		case "member_expression":
			name = f.text(l.ChildByField("property"))
		case "identifier":
			name = f.text(l)
		}
		value = a.ChildByField("right")
	case m.Capture("fn") != nil:
		fn := m.Capture("fn")
		fname := f.text(fn.ChildByField("name"))
		if fname == "" || !isGeneratorName(fname) {
			return
		}
		for _, r := range returnValues(fn) {
			if src := f.weakSource(r, 0); src != nil {
				f.report("predictableid", src, fname+" makes tokens from "+weakDesc(f, src)+", so they can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
			}
		}
		return
	}
	if name == "" || !isTokenName(name) && !f.tokenPrefixed(value) {
		return
	}
	if v := syntax.Unwrap(value); v != nil && syntax.IsFunction(v) {
		// generateToken = () => ..., and a function assigned to a token
		// name: exports.verificationToken = function (email) {...}.
		if !isGeneratorName(name) && !(m.Capture("assign") != nil && isTokenName(name)) {
			return
		}
		for _, r := range returnValues(v) {
			if src := f.weakSource(r, 0); src != nil {
				f.report("predictableid", src, name+" makes tokens from "+weakDesc(f, src)+", so they can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
			}
		}
		return
	}
	if src := f.weakSource(value, 0); src != nil {
		f.report("predictableid", src, name+" comes from "+weakDesc(f, src)+", so it can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
	}
}

// tokenPrefix is how API keys and tokens announce themselves:
// `sk_live_${...}`, 'tok_' + ... (not "key-", which React list keys use).
var tokenPrefix = regexp.MustCompile(`(?i)^(sk|pk|rk|tok|token|apikey|api_key|secret)[_-]`)

// tokenPrefixed reports whether a value is a template or concatenation
// that starts with a token prefix, which names it a secret whatever the
// variable is called (const key = `sk_live_${...}`).
func (f *File) tokenPrefixed(n *syntax.Node) bool {
	n = syntax.Unwrap(n)
	for n != nil && n.Kind == "binary_expression" {
		n = syntax.Unwrap(n.ChildByField("left"))
	}
	if n == nil {
		return false
	}
	switch n.Kind {
	case "template_string":
		for _, c := range n.Children {
			if c.Kind == "string_fragment" {
				return tokenPrefix.MatchString(f.text(c))
			}
			if c.Kind == "template_substitution" {
				return false
			}
		}
	case "string":
		s, _ := f.stringValue(n, 0)
		return tokenPrefix.MatchString(s)
	}
	return false
}

// weakDesc describes a weak source: what it is and why it is weak.
func weakDesc(f *File, n *syntax.Node) string {
	name := weakName(f, n)
	switch {
	case strings.Contains(name, "randomBytes") || strings.Contains(name, "randomFill"):
		return name + ", fewer than 16 random bytes"
	case strings.Contains(name, "Math.random"):
		return name + ", which is not cryptographically random"
	case n.Kind == "update_expression":
		return "a counter (" + name + "), which is sequential"
	}
	return name + ", which is predictable"
}

func weakName(f *File, n *syntax.Node) string {
	t := f.text(n)
	if len(t) > 40 {
		t = t[:40] + "…"
	}
	return t
}

// weakSource returns the weak randomness source an expression is built
// from, or nil when it has none or also has a strong one.
func (f *File) weakSource(n *syntax.Node, depth int) *syntax.Node {
	var weak *syntax.Node
	strong := false
	f.scanRandomness(n, depth, &weak, &strong)
	if strong {
		return nil
	}
	return weak
}

func (f *File) scanRandomness(n *syntax.Node, depth int, weak **syntax.Node, strong *bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > maxDepth || *strong {
		return
	}
	switch n.Kind {
	case "identifier":
		if v := f.valueOfIdent(n, depth+1); v != nil {
			f.scanRandomness(v, depth+1, weak, strong)
		}
		return
	case "call_expression", "new_expression":
		kind := f.randomness(n)
		if kind == yes {
			*strong = true
			return
		}
		if kind == no {
			if *weak == nil {
				*weak = n
			}
			return
		}
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil {
			fn = n.ChildByField("constructor")
		}
		if f.isKeyedHash(n) {
			// createHmac(alg, key).update(ts).digest(): without the key
			// the output cannot be computed, whatever the input.
			return
		}
		method := ""
		if fn != nil && fn.Kind == "member_expression" {
			method = f.text(fn.ChildByField("property"))
			f.scanRandomness(fn.ChildByField("object"), depth+1, weak, strong)
		} else if fn != nil && fn.Kind == "identifier" {
			method = f.text(fn)
			if body := f.localFunction(fn, depth); body != nil {
				for _, r := range returnValues(body) {
					f.scanRandomness(r, depth+1, weak, strong)
				}
				return
			}
		}
		if fn != nil && f.text(fn) == "Date" && n.Kind == "new_expression" && len(args(n)) == 0 {
			if *weak == nil {
				*weak = n
			}
			return
		}
		// Hashing or encoding a guessable value leaves it guessable:
		// md5(user + Date.now()) is as weak as Date.now().
		if transforms.MatchString(method) || hashFn.MatchString(method) || f.isHashLib(n) {
			for _, a := range args(n) {
				f.scanRandomness(a, depth+1, weak, strong)
			}
		}
		return
	case "member_expression":
		f.scanRandomness(n.ChildByField("object"), depth+1, weak, strong)
		return
	case "update_expression": // counter++
		if *weak == nil {
			*weak = n
		}
		return
	case "binary_expression", "template_string", "template_substitution", "unary_expression", "array", "parenthesized_expression", "await_expression":
		for _, c := range n.Children {
			if c.Named {
				f.scanRandomness(c, depth+1, weak, strong)
			}
		}
	}
}

// randomness classifies a call: yes for a cryptographic source of at least
// 128 bits, no for a weak one, unknown for anything else.
func (f *File) randomness(call *syntax.Node) tri {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil {
		fn = call.ChildByField("constructor")
	}
	text := f.text(fn)
	switch text {
	case "Math.random", "Date.now", "performance.now", "process.hrtime", "process.hrtime.bigint":
		return no
	case "crypto.getRandomValues", "window.crypto.getRandomValues", "crypto.randomUUID", "self.crypto.randomUUID":
		return yes
	}
	b, ok := f.calleeRef(call)
	if !ok {
		if fn != nil && fn.Kind == "member_expression" {
			p := f.text(fn.ChildByField("property"))
			if (p == "getTime" || p == "valueOf") && syntax.Unwrap(fn.ChildByField("object")).Kind == "new_expression" {
				return no
			}
		}
		return unknown
	}
	switch b.module {
	case "crypto":
		switch b.path {
		case "randomUUID", "webcrypto.randomUUID", "getRandomValues", "webcrypto.getRandomValues", "generateKeySync":
			return yes
		case "pseudoRandomBytes", "prng", "rng":
			return no
		case "randomBytes", "randomFillSync":
			as := args(call)
			if len(as) == 0 {
				return unknown
			}
			if v, ok := f.numberValue(as[0], 0); ok {
				if v < 16 {
					return no
				}
				return yes
			}
			return yes
		case "randomInt":
			// A CSPRNG: a 6-digit OTP from it is short by design (attempt
			// limits and expiry protect it), not predictable. It neither
			// weakens nor vouches for an expression.
			return unknown
		}
	case "uuid":
		switch b.path {
		case "v4", "", "v7":
			if b.path == "" {
				return unknown
			}
			return yes
		case "v1", "v6":
			return no
		}
	case "nanoid", "uid-safe", "uid2", "crypto-random-string", "@paralleldrive/cuid2", "rand-token", "secure-random", "hat":
		return yes
	case "node-uuid":
		if b.path == "v1" {
			return no
		}
		return yes
	case "shortid", "cuid":
		return no
	}
	return unknown
}

// hashLibs are npm digest packages: a call to one (md5(x),
// CryptoJS.SHA256(x), sha256.hex(x)) is as guessable as its input.
var hashLibs = map[string]bool{
	"md5": true, "blueimp-md5": true, "js-md5": true, "sha1": true, "js-sha1": true, "js-sha256": true,
	"js-sha512": true, "js-sha3": true, "crypto-js": true, "object-hash": true, "hash.js": true,
	"md5-hex": true, "hasha": true, "base-64": true, "js-base64": true,
}

func (f *File) isHashLib(call *syntax.Node) bool {
	b, ok := f.calleeRef(call)
	return ok && hashLibs[b.module] && !strings.Contains(b.path, "Hmac") && !strings.Contains(b.path, "hmac")
}

// isKeyedHash reports a call in a crypto.createHmac(...) chain, or a
// CryptoJS.HmacSHA256(msg, key) call.
func (f *File) isKeyedHash(n *syntax.Node) bool {
	for i := 0; n != nil && i < 8; i++ {
		n = syntax.Unwrap(n)
		if n.Kind != "call_expression" {
			return false
		}
		if b, ok := f.calleeRef(n); ok {
			switch {
			case b.module == "crypto" && b.path == "createHmac":
				return true
			case hashLibs[b.module] && (strings.Contains(b.path, "Hmac") || strings.Contains(b.path, "hmac")):
				return true
			}
		}
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			return false
		}
		if p := f.text(fn.ChildByField("property")); p == "createHmac" || strings.HasPrefix(p, "Hmac") {
			return true
		}
		n = fn.ChildByField("object")
	}
	return false
}
