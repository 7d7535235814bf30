package predictableid

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/analysis"
	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/resolve"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/js/web"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// PredictableID flags session IDs and secret tokens that come from a
// non-cryptographic or guessable source: Math.random(), Date.now(),
// new Date().getTime(), performance.now(), uuid v1, or crypto.randomBytes
// with fewer than 16 bytes (and crypto.pseudoRandomBytes); crypto.randomInt
// is a cryptographic source and is not reported. Sinks: the
// express-session genid option, functions named like token or session-ID
// generators, variables and properties named like tokens, session writes
// and auth cookies, and the state a custom OAuth state store (a class
// with the catalog's store and verify methods) hands its callback.
// crypto.randomBytes(>= 16), crypto.randomUUID(), uuid v4,
// nanoid and uid-safe are accepted; any strong source in the expression
// makes it strong. Hashes and encodings (createHash().update(x).digest(),
// md5(x), Buffer.from(x).toString('base64'), btoa) are looked through: they
// keep a guessable input guessable; an HMAC with a key is not. Generator
// names must name a secret (generateSessionId, makeToken, createNonce): a
// bare id (generateId, makeId) is a DOM or record ID.
var Rule = &analysis.Rule{
	ID:    "predictableid",
	Query: analysis.CallQuery + "\n" + analysis.AssignQuery + "\n" + appendQuery + "\n" + analysis.DeclQuery + "\n" + analysis.FnQuery + "\n" + analysis.PairQuery,
	Check: check,
}

// appendQuery selects x += y: a token built one piece at a time.
const appendQuery = `(augmented_assignment_expression) @assign`

var (
	tokenName    = lazyre.New(`(?i)(session_?id|^sid$|sess_?id|token|api_?key|secret|nonce|csrf|reset_?code|verification_?code|otp|auth_?code|^state$|oauth_?state|invite_?code|^(temp_?|new_?|random_?|generated_?|initial_?)?pass(word|wd)$)`)
	expiryName   = lazyre.New(`(?i)(expir|ttl|_at$|At$|valid_?until|deadline)`)
	notTokenName = lazyre.New(`(?i)(expir|ttl|timeout|time|date|_at$|At$|count|length|len$|size|index|idx|delay|interval|age|type|name|url|path|header|key_?id|limit|version|created|updated|valid|token_?key|cancel|cache|request|trace|span|correlation|debug|render)`)
	// A bare "id" (generateId, makeId, newId) names DOM, database or
	// correlation IDs far more often than secrets: only session IDs count.
	generatorFn = lazyre.New(`(?i)^(gen|generate|create|make|new|random|issue|build|mint)_?\w*(session_?id|sess_?id|sid|token|api_?key|secret|nonce|state|otp|code|(api|access|auth|session|signing|write|stream\w*)_?key|pass(word|wd))s?$|^genid$`)
	// hashFn names digest and encoding helpers whose output is as guessable
	// as their input: md5(x), sha1(x), CryptoJS.SHA256(x), hex_md5(x).
	hashFn     = lazyre.New(`^(md5|sha1|sha224|sha256|sha384|sha512|sha3_256|sha3_512|MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160|hex_md5|hex_sha1|hex_sha256|b64_md5|b64_sha1|createHash|hash|digest|hex|base64|encodeBase64|toBase64|base64url|stringify)$`)
	transforms = lazyre.New(`^(charAt|toString|substring|substr|slice|replace|replaceAll|padStart|padEnd|toUpperCase|toLowerCase|concat|join|digest|update|trim|split|String|Number|parseInt|floor|round|ceil|abs|trunc|from|encode|btoa|encodeURIComponent|toFixed|map)$`)
)

// The name tests run on every declaration, assignment and function of a
// file, so cheap checks on the lower-cased name come before the regexps.
var (
	tokenHints     = []string{"sid", "sess", "token", "key", "secret", "nonce", "csrf", "code", "otp", "state", "pass"}
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

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if call := m.Capture("call"); call != nil {
		if u := web.SessionAt(f, call); u != nil {
			if u.Lib.GenID == "" || u.Opts == nil {
				return
			}
			l := f.Get(u.Opts, u.Lib.GenID)
			if !l.Found {
				return
			}
			fn := f.Value(l.Value)
			if fn != nil && syntax.IsFunction(fn) {
				for _, r := range resolve.ReturnValues(fn) {
					if src := weakSource(f, r, 0); src != nil {
						f.Report("predictableid", src, u.Lib.Name+" "+u.Lib.GenID+" builds session IDs from "+weakDesc(f, src)+", so attackers can guess live session IDs; remove "+u.Lib.GenID+" (the default uses 24 random bytes) or return crypto.randomUUID()")
					}
				}
			}
			return
		}
		// res.cookie('sid', weak)
		if w := web.CookieAt(f, call); w != nil && w.Name != "" && web.AuthCookie(f, w.Name, nil) && !notTokenName.MatchString(w.Name) {
			if src := weakSource(f, w.Value, 0); src != nil {
				f.Report("predictableid", src, "cookie '"+w.Name+"' value comes from "+weakDesc(f, src)+", so it can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
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
		name, value = f.Text(d.ChildByField("name")), d.ChildByField("value")
	case m.Capture("assign") != nil:
		a := m.Capture("assign")
		l := syntax.Unwrap(a.ChildByField("left"))
		switch l.Kind {
		case "member_expression":
			name = f.Text(l.ChildByField("property"))
		case "identifier":
			name = f.Text(l)
		}
		value = a.ChildByField("right")
		if a.Kind == "augmented_assignment_expression" {
			// password += chars[Math.floor(Math.random() * n)]
			if !resolve.AppendOp(f.File, a) || name == "" || !isTokenName(name) {
				return
			}
			if src := weakPiece(f, value, 0); src != nil {
				f.Report("predictableid", src, name+" is built from "+weakDesc(f, src)+", so it can be guessed; pick each character with crypto.randomInt(chars.length), or use crypto.randomBytes(32).toString('hex')")
			}
			return
		}
	case m.Capture("pair") != nil:
		// { apiKey: new ObjectId() }, { generateToken: function () {...} }
		p := m.Capture("pair")
		k, ok := f.KeyName(p.ChildByField("key"))
		if !ok {
			return
		}
		name, value = k, p.ChildByField("value")
		if v := syntax.Unwrap(value); v != nil && syntax.IsFunction(v) && isGeneratorName(name) {
			for _, r := range resolve.ReturnValues(v) {
				if src := weakSource(f, r, 0); src != nil {
					f.Report("predictableid", src, name+" makes tokens from "+weakDesc(f, src)+", so they can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
				}
			}
			generatorBody(f, v, name)
			return
		}
	case m.Capture("fn") != nil:
		fn := m.Capture("fn")
		fname := f.Text(fn.ChildByField("name"))
		if state := stateStoreState(f, fn); state != nil {
			if src := weakSource(f, state, 0); src != nil {
				f.Report("predictableid", src, "the OAuth state this state store hands passport comes from "+weakDesc(f, src)+", so an attacker can forge a login callback (login CSRF); make it with crypto.randomBytes(32).toString('hex')")
			}
			return
		}
		if fname == "" || !isGeneratorName(fname) {
			return
		}
		for _, r := range resolve.ReturnValues(fn) {
			if src := weakSource(f, r, 0); src != nil {
				f.Report("predictableid", src, fname+" makes tokens from "+weakDesc(f, src)+", so they can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
			}
		}
		generatorBody(f, fn, fname)
		return
	}
	if name == "" || !isTokenName(name) && !tokenPrefixed(f, value) {
		return
	}
	if v := syntax.Unwrap(value); v != nil && syntax.IsFunction(v) {
		// generateToken = () => ..., and a function assigned to a token
		// name: exports.verificationToken = function (email) {...}.
		if !isGeneratorName(name) && !(m.Capture("assign") != nil && isTokenName(name)) {
			return
		}
		for _, r := range resolve.ReturnValues(v) {
			if src := weakSource(f, r, 0); src != nil {
				f.Report("predictableid", src, name+" makes tokens from "+weakDesc(f, src)+", so they can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
			}
		}
		return
	}
	if src := weakSource(f, value, 0); src != nil {
		if m.Capture("pair") != nil && src.Kind == "update_expression" {
			return // { token: `t${n++}` }: a sequence number in a record
		}
		f.Report("predictableid", src, name+" comes from "+weakDesc(f, src)+", so it can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
	}
}

// tokenPrefix is how API keys and tokens announce themselves:
// `sk_live_${...}`, 'tok_' + ... (not "key-", which React list keys use).
var tokenPrefix = lazyre.New(`(?i)^(sk|pk|rk|tok|token|apikey|api_key|secret)[_-]`)

// tokenPrefixed reports whether a value is a template or concatenation
// that starts with a token prefix, which names it a secret whatever the
// variable is called (const key = `sk_live_${...}`).
func tokenPrefixed(f *analysis.File, n *syntax.Node) bool {
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
				return tokenPrefix.MatchString(f.Text(c))
			}
			if c.Kind == "template_substitution" {
				return false
			}
		}
	case "string":
		s, _ := f.String(n)
		return tokenPrefix.MatchString(s)
	}
	return false
}

// weakDesc describes a weak source: what it is and why it is weak.
func weakDesc(f *analysis.File, n *syntax.Node) string {
	name := weakName(f, n)
	if bits, ok := entropy(f, n, 0); ok && bits < minTruncatedBits {
		return name + ", a random value cut to " + strconv.Itoa(int(bits)) + " random bits"
	}
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

func weakName(f *analysis.File, n *syntax.Node) string {
	t := f.Text(n)
	if len(t) > 40 {
		t = t[:40] + "…"
	}
	return t
}

// weakSource returns the weak randomness source an expression is built
// from, or nil when it has none or also has a strong one.
func weakSource(f *analysis.File, n *syntax.Node, depth int) *syntax.Node {
	var weak weakSet
	strong := false
	scanRandomness(f, n, depth, &weak, &strong)
	if strong {
		return nil
	}
	return weak.nearest()
}

// A weakSet collects the weak sources of an expression with how many
// function calls the scan followed to reach each.
type weakSet struct {
	found []*syntax.Node
	hops  []int
	cur   int
}

func (w *weakSet) add(n *syntax.Node) {
	w.found = append(w.found, n)
	w.hops = append(w.hops, w.cur)
}

// nearest returns the weak source reached through the fewest calls, so a
// finding is reported where the value is made (createToken() { return
// randomChars(24) + Date.now() } at Date.now(), not inside randomChars).
func (w *weakSet) nearest() *syntax.Node {
	best := -1
	for i := range w.found {
		if best < 0 || w.hops[i] < w.hops[best] {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return w.found[best]
}

func scanRandomness(f *analysis.File, n *syntax.Node, depth int, weak *weakSet, strong *bool) {
	n = syntax.Unwrap(n)
	if n == nil || depth > resolve.MaxDepth || *strong {
		return
	}
	switch n.Kind {
	case "identifier":
		if v := f.IdentValue(n); v != nil {
			scanRandomness(f, v, depth+1, weak, strong)
			return
		}
		// let out = ''; for (...) out += chars[Math.random() * n | 0]
		for _, piece := range f.Appends(n) {
			if src := weakPiece(f, piece, depth+1); src != nil {
				weak.add(src)
			}
			scanRandomness(f, piece, depth+1, weak, strong)
		}
		return
	case "call_expression", "new_expression", "subscript_expression":
		if bits, ok := entropy(f, n, 0); ok && bits < minTruncatedBits {
			// uuid().split('-').slice(0, 3).join(''): a strong source cut
			// short.
			weak.add(n)
			return
		}
		if n.Kind == "subscript_expression" {
			scanRandomness(f, n.ChildByField("object"), depth+1, weak, strong)
			return
		}
		kind := randomness(f, n)
		if kind == resolve.Yes {
			*strong = true
			return
		}
		if kind == resolve.No {
			weak.add(n)
			return
		}
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil {
			fn = n.ChildByField("constructor")
		}
		if isKeyedHash(f, n) || opaque(f, fn) {
			// createHmac(alg, key).update(ts).digest(), a cipher, a
			// signature: without the key the output cannot be computed,
			// whatever the input, nor what it is part of.
			*strong = true
			return
		}
		if body := f.ThisMethod(fn); body != nil {
			// this.makeHandle(): the class's own helper, by what it returns.
			weak.cur++
			for _, r := range resolve.ReturnValues(body) {
				scanRandomness(f, r, depth+1, weak, strong)
			}
			weak.cur--
			return
		}
		method := ""
		if fn != nil && fn.Kind == "member_expression" {
			method = f.Text(fn.ChildByField("property"))
			scanRandomness(f, fn.ChildByField("object"), depth+1, weak, strong)
		} else if fn != nil && fn.Kind == "identifier" {
			method = f.Text(fn)
			if body := f.LocalFunction(fn); body != nil {
				weak.cur++
				for _, r := range resolve.ReturnValues(body) {
					scanRandomness(f, r, depth+1, weak, strong)
				}
				weak.cur--
				return
			}
		}
		if fn != nil && f.Text(fn) == "Date" && n.Kind == "new_expression" && len(resolve.Args(n)) == 0 {
			weak.add(n)
			return
		}
		// Hashing or encoding a guessable value leaves it guessable:
		// md5(user + Date.now()) is as weak as Date.now().
		if transforms.MatchString(method) || hashFn.MatchString(method) || isHashLib(f, n) {
			for _, a := range resolve.Args(n) {
				scanRandomness(f, a, depth+1, weak, strong)
			}
		}
		return
	case "member_expression":
		scanRandomness(f, n.ChildByField("object"), depth+1, weak, strong)
		return
	case "update_expression": // counter++
		if !staleGuard(f, n) {
			weak.add(n)
		}
		return
	case "binary_expression", "template_string", "template_substitution", "unary_expression", "array", "parenthesized_expression", "await_expression":
		if n.Kind == "template_string" && numberedMarker(f, n) {
			return // `__PH_${i++}__`: a placeholder numbered in a text, not a secret
		}
		if n.Kind == "binary_expression" || n.Kind == "unary_expression" {
			switch f.Text(n.ChildByField("operator")) {
			case "==", "===", "!=", "!==", "<", ">", "<=", ">=", "instanceof", "in", "!":
				return // a comparison makes a boolean, not a token
			case "&&":
				scanRandomness(f, n.ChildByField("right"), depth+1, weak, strong)
				return
			}
		}
		for _, c := range n.Children {
			if !c.Named {
				continue
			}
			if n.Kind == "array" && c.Kind == "identifier" && expiryName.MatchString(f.Text(c)) {
				// return [token, expiresAt]: a tuple's expiry is told
				// apart from the token it goes with.
				continue
			}
			scanRandomness(f, c, depth+1, weak, strong)
		}
	}
}

// staleGuard reports a counter taken into a constant that is only ever
// compared (const mine = ++latestSearch; ... if (mine !== latestSearch)
// return): it tells which request is the latest, it guards nothing secret.
func staleGuard(f *analysis.File, n *syntax.Node) bool {
	d := n.Parent
	for d != nil && d.Kind == "parenthesized_expression" {
		d = d.Parent
	}
	if d == nil || d.Kind != "variable_declarator" {
		return false
	}
	id := d.ChildByField("name")
	scope := resolve.DeclScope(d)
	if id == nil || id.Kind != "identifier" || scope == nil {
		return false
	}
	name, uses, other := f.Text(id), 0, false
	syntax.Walk(scope, func(c *syntax.Node) bool {
		if other {
			return false
		}
		if c.Kind != "identifier" && c.Kind != "shorthand_property_identifier" || c == id || f.Text(c) != name {
			return true
		}
		uses++
		p := c.Parent
		switch op := f.Text(p.ChildByField("operator")); {
		case p.Kind == "binary_expression" && (op == "===" || op == "!==" || op == "==" || op == "!="):
		default:
			other = true
		}
		return true
	})
	return uses > 0 && !other
}

// numberedMarker reports a template that wraps counters in fixed text on
// both sides (`__PH_${i++}__`, `{{slot${n++}}}`): a marker put into a
// text and swapped back later, which no one has to guess.
func numberedMarker(f *analysis.File, tpl *syntax.Node) bool {
	subs := 0
	for _, c := range tpl.Children {
		if c.Kind != "template_substitution" {
			continue
		}
		e := syntax.Unwrap(resolve.FirstNamed(c))
		if e == nil || e.Kind != "update_expression" {
			return false
		}
		subs++
	}
	if subs == 0 {
		return false
	}
	text := f.Text(tpl)
	text = text[1 : len(text)-1] // the backquotes
	first, last := strings.Index(text, "${"), strings.LastIndex(text, "}")
	return first > 0 && last >= 0 && last < len(text)-1
}

// randomness classifies a call: yes for a cryptographic source of at least
// 128 bits, no for a weak one, unknown for anything else (the catalog's
// sources).
func randomness(f *analysis.File, call *syntax.Node) resolve.Tri {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil {
		fn = call.ChildByField("constructor")
	}
	strength, ok := jslib.GlobalRandomness[f.Text(fn)]
	if !ok {
		b, found := f.Callee(call)
		if !found {
			if fn != nil && fn.Kind == "member_expression" {
				p := f.Text(fn.ChildByField("property"))
				// new Date().getTime() is now; new Date(x).getTime() is x.
				if obj := syntax.Unwrap(fn.ChildByField("object")); (p == "getTime" || p == "valueOf") && obj.Kind == "new_expression" && len(resolve.Args(obj)) == 0 {
					return resolve.No
				}
			}
			return resolve.Unknown
		}
		strength = jslib.Randomness(b)
		if strength == jslib.Weak && jslib.ParsesWithArgs(b) && len(resolve.Args(call)) > 0 {
			return resolve.Unknown // ObjectId(hex) reads an ID, it does not make one
		}
	}
	switch strength {
	case jslib.Strong:
		return resolve.Yes
	case jslib.Weak:
		return resolve.No
	case jslib.Sized:
		as := resolve.Args(call)
		if len(as) == 0 {
			return resolve.Unknown
		}
		if v, ok := f.Number(as[0]); ok && v < 16 {
			return resolve.No
		}
		return resolve.Yes
	}
	// Neutral (crypto.randomInt: a 6-digit OTP from it is short by design,
	// not predictable) and everything else neither weakens nor vouches.
	return resolve.Unknown
}

func isHashLib(f *analysis.File, call *syntax.Node) bool {
	b, ok := f.Callee(call)
	return ok && jslib.Digest(b)
}

// isKeyedHash reports a call in a crypto.createHmac(...) chain, or a
// CryptoJS.HmacSHA256(msg, key) call.
func isKeyedHash(f *analysis.File, n *syntax.Node) bool {
	for i := 0; n != nil && i < 8; i++ {
		n = syntax.Unwrap(n)
		if n.Kind != "call_expression" {
			return false
		}
		if b, ok := f.Callee(n); ok && jslib.KeyedDigest(b) {
			return true
		}
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			return false
		}
		if p := f.Text(fn.ChildByField("property")); p == "createHmac" || strings.HasPrefix(p, "Hmac") {
			return true
		}
		n = fn.ChildByField("object")
	}
	return false
}

// generatorBody reports the weak value a generator stores rather than
// returns (generateAPIKey(id, cb) { const hash = sha1(Date + random);
// save({ api_key: hash }) }): any weak value it hashes or builds in its
// body, once.
func generatorBody(f *analysis.File, fn *syntax.Node, name string) {
	if len(resolve.ReturnValues(fn)) > 0 {
		return
	}
	body := fn.ChildByField("body")
	if body == nil {
		return
	}
	done := false
	syntax.Walk(body, func(n *syntax.Node) bool {
		if done {
			return false
		}
		if n.Kind != "variable_declarator" {
			return !syntax.IsFunction(n)
		}
		if src := weakSource(f, n.ChildByField("value"), 0); src != nil {
			f.Report("predictableid", src, name+" makes tokens from "+weakDesc(f, src)+", so they can be guessed; use crypto.randomBytes(32).toString('hex') or crypto.randomUUID()")
			done = true
		}
		return !done
	})
}

// keyedName matches functions whose output depends on a key: ciphers and
// signatures.
var keyedName = lazyre.New(`(?i)^(encrypt\w*|createCipheriv|createCipher|cipher\w*|seal\w*|sign|signAsync|hmac\w*)$`)

func opaque(f *analysis.File, fn *syntax.Node) bool {
	if fn == nil {
		return false
	}
	name := f.Text(fn)
	if fn.Kind == "member_expression" {
		name = f.Text(fn.ChildByField("property"))
	}
	return keyedName.MatchString(name)
}

// stateStoreState returns the state a custom OAuth state store's store
// method hands its callback (its last parameter called as cb(err, state)),
// when the class also has the contract's verify method; nil otherwise.
func stateStoreState(f *analysis.File, fn *syntax.Node) *syntax.Node {
	c := jslib.OAuthStateStore
	if fn.Kind != "method_definition" || f.Text(fn.ChildByField("name")) != c.Store {
		return nil
	}
	body := fn.Parent
	if body == nil || body.Kind != "class_body" || !slices.ContainsFunc(body.Children, func(m *syntax.Node) bool {
		return m.Kind == "method_definition" && f.Text(m.ChildByField("name")) == c.Verify
	}) {
		return nil
	}
	params := fn.ChildByField("parameters")
	if params == nil {
		return nil
	}
	var last *syntax.Node
	for _, p := range params.Children {
		if p.Named && p.Kind != "comment" {
			last = p
		}
	}
	if last == nil {
		return nil
	}
	if id := last.ChildByField("pattern"); id != nil { // TypeScript parameters
		last = id
	}
	if last.Kind != "identifier" {
		return nil
	}
	cb := f.Text(last)
	var state *syntax.Node
	syntax.Walk(fn.ChildByField("body"), func(n *syntax.Node) bool {
		if state != nil || n.Kind == "class_declaration" {
			return false
		}
		if n.Kind == "call_expression" {
			if callee := syntax.Unwrap(n.ChildByField("function")); callee != nil && callee.Kind == "identifier" && f.Text(callee) == cb {
				if as := resolve.Args(n); len(as) >= 2 {
					state = as[1]
				}
			}
		}
		return true
	})
	return state
}

// weakPiece returns the weak source of a piece appended to a token: an
// element picked by a weak index (chars[Math.floor(Math.random() * n)]) or
// a weak value itself; nil when the piece has a strong source.
func weakPiece(f *analysis.File, piece *syntax.Node, depth int) *syntax.Node {
	p := syntax.Unwrap(piece)
	if p != nil && p.Kind == "subscript_expression" {
		if src := weakSource(f, p.ChildByField("index"), depth); src != nil {
			return src
		}
	}
	return weakSource(f, piece, depth)
}
