package predictableid

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/flow"
	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/catalog"
)

// Analyzer reports session IDs, tokens, nonces and OAuth states built from
// math/rand, the clock, counters, time-based UUIDs, hashes of guessable
// input, or fewer than 16 bytes of crypto/rand.
var Analyzer = &analysis.Analyzer{
	Name:      "predictableid",
	Doc:       catalog.AnalyzerDoc("predictableid"),
	URL:       catalog.DocURL("predictableid"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, trace.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(predictableFact)},
}

// A predictableFact marks a function whose result is predictable; Source
// says why ("math/rand", "the current time", ...).
type predictableFact struct {
	Source string
	// Reported is set when the function is itself named like a token
	// generator, so its own package reports the weakness: callers in other
	// packages then do not report it again.
	Reported bool
	// At is where the predictable value is made ("file:line:col"): the
	// command reports the weakness there once rather than at each caller.
	At string
}

func (*predictableFact) AFact() {}

func (f *predictableFact) String() string { return "predictable(" + f.Source + ")" }

type kind uint8

const (
	unknown   kind = iota // cannot tell: treated as safe
	neutral               // a constant or a value that adds no secrecy (a separator, a prefix)
	guessable             // a username, email or user ID: known to an attacker
	weak                  // predictable: math/rand, time, counter, v1 UUID, hash of guessable input
	random                // crypto randomness of n bytes (n < 0: unknown length, assumed enough)
)

// A class describes where a value comes from.
type class struct {
	kind   kind
	source string   // weak: what makes it predictable
	at     ast.Node // weak: the source expression
	gen    string   // weak, via another package's function: where that makes it (predictableFact.At)
	n      int      // random: bytes of randomness, -1 if unknown
}

func (c class) short() bool { return c.kind == random && c.n >= 0 && c.n < 16 }

func run(pass *analysis.Pass) (any, error) {
	t := pass.ResultOf[trace.Analyzer].(*trace.Values)
	a := &analyzer{pass: pass, t: t, reported: make(map[token.Pos]bool), memo: make(map[ast.Expr]class)}
	a.exportFacts()
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
		if gomod.IsTestFile(pass.Fset.File(cur.Node().Pos()).Name()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			a.funcDecl(n)
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) || n.Tok == token.ADD_ASSIGN {
				continue
			}
			for i, lhs := range n.Lhs {
				if name, ok := a.sinkName(lhs); ok {
					a.check(n.Rhs[i], name, cur)
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				continue
			}
			for i, id := range n.Names {
				if name, ok := a.sinkName(id); ok {
					a.check(n.Values[i], name, cur)
				}
				a.fixedState(id, n.Values[i])
			}
		case *ast.CompositeLit:
			a.compositeLit(n, cur)
		case *ast.CallExpr:
			if fn := typematch.Callee(pass.TypesInfo, n); fn != nil && len(n.Args) >= 1 && golib.IsOAuthStateURL(fn) {
				a.checkState(n, cur)
			}
			if op, ok := golib.SessionCallOp(pass.TypesInfo, n); ok && op.Kind == golib.OpWrite {
				if key, ok := op.KeyString(pass.TypesInfo); ok && isSecretName(key) {
					a.check(op.Value, key, cur)
				}
			} else if key, value, ok := a.keyedWrite(n); ok {
				a.check(value, key, cur)
			}
		}
	}
	a.flush()
	return nil, nil
}

type analyzer struct {
	pass     *analysis.Pass
	t        *trace.Values
	reported map[token.Pos]bool
	memo     map[ast.Expr]class
	budget   int // classification steps left for the current value
	// stateMode: the value classified is an OAuth state, for which what
	// the request carries is known to (or chosen by) an attacker.
	stateMode bool
	findings  []finding
}

// maxSteps bounds the work spent on one value; past it the value counts as
// unknown (and so as safe).
const maxSteps = 3000

// isSecretName reports whether a name denotes a value that must be
// unguessable: names.IsTokenName minus the words that, for this rule, name
// things whose randomness is not a secret (a "state" machine, a "key"
// column of a cache).
func isSecretName(name string) bool {
	if !names.IsTokenName(name) {
		return false
	}
	w := names.Words(name)
	if hasAny(w, "game", "machine", "initial", "current", "prev", "previous", "old", "ui", "view",
		"app", "form", "page", "board", "player", "world", "sim", "simulation", "seed", "test", "expires",
		"expiry", "expiration", "count", "len", "length", "size", "ttl", "at", "name", "header",
		"param", "field", "url", "path", "type", "kind", "store", "manager", "data", "user", "timeout",
		"lifetime", "max", "min", "config", "cfg", "opts", "options", "hash", "hashed", "digest") {
		// "state" as a state machine, "tokenExpiry", "csrfHeader",
		// "sessionUser".
		return false
	}
	if hasAny(w, "cookie") && !hasAny(w, "secret", "key") {
		return false // "sessionCookie": the cookie's name; "cookieSecret" signs it
	}
	// "session" alone names a session object unless an ID word is there.
	if !hasAny(w, "sid", "sessid", "sessionid", "jsessionid", "token", "tokens", "nonce", "csrf", "xsrf",
		"secret", "apikey", "otp", "passcode", "jwt", "bearer", "state", "verifier", "salt", "invite",
		"magic", "verification", "ticket", "key", "code") {
		return len(w) == 1 || hasAny(w, "id", "value")
	}
	return true
}

func hasAny(words []string, set ...string) bool {
	for _, w := range words {
		for _, s := range set {
			if w == s {
				return true
			}
		}
	}
	return false
}

// sinkName returns the name of an assigned variable, field or constant map
// key that denotes a secret token.
func (a *analyzer) sinkName(lhs ast.Expr) (string, bool) {
	var name string
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		name = l.Name
	case *ast.SelectorExpr:
		name = l.Sel.Name
	case *ast.IndexExpr:
		s, ok := typematch.StringConst(a.pass.TypesInfo, l.Index)
		if !ok {
			return "", false
		}
		name = s
	default:
		return "", false
	}
	if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && !isSecretName(name) {
		if t := typematch.TypeOf(a.pass.TypesInfo, sel.X); t != nil {
			name = qualifiedKey(t, name) // inv.Code on an Invitation
		}
	}
	if !isSecretName(name) || !a.tokenTyped(lhs) {
		return "", false
	}
	if onlyState(name) && !a.stringTyped(lhs) {
		return "", false // a numeric state is a state machine's
	}
	return name, true
}

// keyedWrite recognises a value stored under a constant key that names a
// secret in a key-value container (settings.Store("CookieSecret", v),
// cache.Set("csrf_token", v)): the key says what the value is for.
func (a *analyzer) keyedWrite(call *ast.CallExpr) (string, ast.Expr, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) < 2 {
		return "", nil, false
	}
	switch sel.Sel.Name {
	case "Set", "Store", "Put", "SetString", "Save":
	default:
		return "", nil, false
	}
	key, ok := typematch.StringConst(a.pass.TypesInfo, call.Args[0])
	if !ok || !isSecretName(key) || !a.tokenTyped(call.Args[1]) {
		return "", nil, false
	}
	return key, call.Args[1], true
}

// onlyState reports whether "state" is the only secret word of name.
func onlyState(name string) bool {
	w := names.Words(name)
	return hasAny(w, "state") && !hasAny(w, "oauth", "oidc", "auth", "csrf", "xsrf", "token", "nonce", "session", "sid", "secret")
}

func (a *analyzer) stringTyped(e ast.Expr) bool {
	t := typematch.TypeOf(a.pass.TypesInfo, e)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// tokenTyped reports whether e can hold a token: a string, byte slice or
// array, integer, or interface (a map[string]any value).
func (a *analyzer) tokenTyped(e ast.Expr) bool {
	t := typematch.TypeOf(a.pass.TypesInfo, e)
	if t == nil {
		return false
	}
	return tokenType(t)
}

func tokenType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger) != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Interface:
		return true
	}
	return golib.IsUUIDType(t)
}

// funcDecl checks the results of a function named like a token generator.
func (a *analyzer) funcDecl(d *ast.FuncDecl) {
	fn, ok := a.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if !ok || d.Body == nil || !makesToken(fn) {
		return
	}
	cur, _ := a.t.Inspector.Root().FindNode(d)
	for _, r := range trace.ReturnedResults(d, 0) {
		a.check(r, d.Name.Name, cur)
	}
}

// fixedState reports an OAuth state declared as a constant string
// (const callbackState = "mindoc"): every login round-trip carries the same
// value, so the state check stops no login CSRF.
func (a *analyzer) fixedState(id *ast.Ident, value ast.Expr) {
	c, ok := a.pass.TypesInfo.Defs[id].(*types.Const)
	if !ok {
		return
	}
	w := names.Words(id.Name)
	if !hasAny(w, "state") || !hasAny(w, "oauth", "oauth2", "oidc", "callback", "auth", "login", "sso", "redirect") ||
		hasAny(w, "key", "param", "name", "cookie", "header", "field", "value", "values", "session", "sess", "storage", "ctx", "context") {
		return // the name of the place a state is kept in, not the state
	}
	if _, named := c.Type().(*types.Named); named {
		return // a state machine's state (flowpilot.StateName), not an OAuth state
	}
	s, ok := typematch.StringConst(a.pass.TypesInfo, value)
	if !ok || s == "" || strings.ContainsAny(s, " /:") || c.Name() == "_" {
		return
	}
	a.pass.Report(analysis.Diagnostic{Pos: value.Pos(), End: value.End(), Message: fmt.Sprintf(
		"OAuth state is the fixed string %q, so the callback's state check stops no login CSRF; generate a random state per login with crypto/rand, keep it in the session and compare it in the callback", s)})
}

// makesToken reports whether fn is named like a token generator and returns
// a token-typed value, which makes its own results a sink.
func makesToken(fn *types.Func) bool {
	if !isSecretName(fn.Name()) || names.IsLogoutName(fn.Name()) {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() == 0 || !tokenType(sig.Results().At(0).Type()) {
		return false
	}
	// A function that reads, checks or transforms a token does not make one.
	w := names.Words(fn.Name())
	if hasAny(w, "get", "load", "read", "parse", "extract", "from", "validate", "verify", "check", "is", "has", "delete", "revoke", "hash", "sign", "encode", "decode") {
		return false
	}
	// One that sets or saves a token it is given does not either; one that
	// sets up a new one it makes (SetRecoveryKey(email)) does.
	if hasAny(w, "set", "save", "store") {
		for i := range sig.Params().Len() {
			if isSecretName(sig.Params().At(i).Name()) {
				return false
			}
		}
	}
	return true
}

// compositeLit checks struct fields and map entries named like tokens, and
// the Value of a session or auth cookie.
func (a *analyzer) compositeLit(lit *ast.CompositeLit, cur inspector.Cursor) {
	info := a.pass.TypesInfo
	t := typematch.TypeOf(info, lit)
	if t == nil {
		return
	}
	if ct := golib.OptionTypeOf(t); ct != nil && ct.IsCookie() {
		nameExpr, ok := typematch.Field(lit, ct.Name)
		if !ok {
			return
		}
		name, ok := typematch.StringConst(info, nameExpr)
		if !ok || !(names.IsSessionName(name) || isSecretName(name)) {
			return
		}
		if v, ok := typematch.Field(lit, ct.Value); ok {
			a.check(v, name, cur)
		}
		return
	}
	if field := golib.IDGeneratorField(t); field != "" {
		if v, ok := typematch.Field(lit, field); ok {
			a.keyGenerator(v, cur)
		}
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		var name string
		if id, ok := kv.Key.(*ast.Ident); ok {
			if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
				name = id.Name
			}
		} else if s, ok := typematch.StringConst(info, kv.Key); ok {
			name = s
		}
		if name != "" && !isSecretName(name) {
			name = qualifiedKey(t, name)
		}
		if name != "" && isSecretName(name) && a.tokenTyped(kv.Value) && (!onlyState(name) || a.stringTyped(kv.Value)) {
			if describe(name) == "nonce" && a.hasTimestampKey(lit) {
				continue // a signed request's replay guard (nonce + timestamp): unique, not secret
			}
			a.check(kv.Value, name, cur)
		}
	}
}

// qualifiedKey names a bare Key, Secret or Code field by what its struct is
// for: JWTConfig{Key: ...} holds a JWT signing key, SessionOptions{Secret:
// ...} a session secret, Invitation.Code an invitation code. Other fields
// keep their name.
func qualifiedKey(t types.Type, field string) string {
	n := typematch.NamedOf(t)
	if n == nil || !hasAny(names.Words(field), "key", "secret", "code") || len(names.Words(field)) > 1 {
		return field
	}
	for _, w := range names.Words(n.Obj().Name()) {
		switch w {
		case "jwt", "signing", "session", "sessions", "cookie", "token", "auth", "hmac", "csrf", "api",
			"invite", "invitation", "verification", "reset", "recovery", "activation", "confirmation", "login":
			return w + "_" + field
		}
	}
	return field
}

// hasTimestampKey reports whether a literal also carries a timestamp
// entry: the parameters of a signed request to another service, whose
// nonce only has to be unique together with the time.
func (a *analyzer) hasTimestampKey(lit *ast.CompositeLit) bool {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		name, ok := typematch.StringConst(a.pass.TypesInfo, kv.Key)
		if !ok {
			if id, isIdent := kv.Key.(*ast.Ident); isIdent {
				name = id.Name
			}
		}
		if hasAny(names.Words(name), "timestamp", "ts") {
			return true
		}
	}
	return false
}

// keyGenerator checks fiber's session KeyGenerator function.
func (a *analyzer) keyGenerator(v ast.Expr, cur inspector.Cursor) {
	info := a.pass.TypesInfo
	var obj types.Object
	switch e := ast.Unparen(v).(type) {
	case *ast.FuncLit:
		for _, r := range trace.LitResults(e, 0) {
			a.check(r, "session ID", cur)
		}
		return
	case *ast.Ident:
		obj = info.ObjectOf(e)
	case *ast.SelectorExpr:
		obj = info.ObjectOf(e.Sel)
	}
	fn, ok := obj.(*types.Func)
	if !ok {
		return
	}
	if src, ok := libraryWeakFunc(fn); ok {
		a.report(v, v, "", "session ID", src, cur)
		return
	}
	if d := a.t.FuncDecl(fn); d != nil {
		for _, r := range trace.ReturnedResults(d, 0) {
			a.check(r, "session ID", cur)
		}
		return
	}
	var fact predictableFact
	if a.pass.ImportObjectFact(fn, &fact) {
		a.report(v, v, fact.At, "session ID", fact.Source, cur)
	}
}

// libraryWeakFunc recognises library generators that are predictable
// (fiber's utils.UUID: a random seed plus an incrementing counter).
func libraryWeakFunc(fn *types.Func) (string, bool) { return golib.WeakIDFunc(fn) }

// check classifies value and reports it if it is predictable.
func (a *analyzer) check(value ast.Expr, name string, cur inspector.Cursor) {
	a.budget = maxSteps
	c := a.classify(value, nil, 0)
	if c.kind != weak && !c.short() {
		return
	}
	if c.short() && hasAny(names.Words(name), "otp", "passcode", "code", "pin") {
		return // one-time codes are short by design and rate-limited
	}
	if describe(name) == "nonce" && (strings.HasPrefix(c.source, "the current time") || strings.HasPrefix(c.source, "a counter")) {
		return // API request nonces are increasing timestamps or counters by design
	}
	if describe(name) == "nonce" && c.short() && c.n >= 12 {
		return // a nonce must be unique, not unguessable: 96 random bits (an AES-GCM nonce) are
	}
	src := c.source
	if c.short() {
		src = fmt.Sprintf("only %d bytes of crypto/rand", c.n)
	}
	a.report(value, c.at, c.gen, name, src, cur)
}

func (a *analyzer) report(value ast.Expr, at ast.Node, gen, name, src string, cur inspector.Cursor) {
	if cur.Node() != nil && flow.InDevelopmentBranch(a.pass.TypesInfo, cur) {
		return
	}
	// Report at the source, also in a helper of this package that several
	// sinks call (flush keeps one finding per source), else at the sink's
	// value.
	// A value too short is judged where its length is chosen: at the sink's
	// value when that is another function's.
	var pos ast.Node = value
	if at != nil && (!strings.HasPrefix(src, "only ") || sameFunc(a.t.Inspector, at, value)) {
		pos = at
	}
	what := describe(name)
	var msg string
	if strings.HasPrefix(src, "only ") {
		msg = fmt.Sprintf("%s has %s, too few to resist guessing; use at least 16 bytes (32, as github.com/sessionlint/sessionlint/session does) or rand.Text()", what, src)
	} else {
		msg = fmt.Sprintf("%s comes from %s, which is predictable; generate it with crypto/rand (32 bytes, as github.com/sessionlint/sessionlint/session does) or rand.Text()", what, src)
	}
	a.findings = append(a.findings, finding{pos: pos, at: at, gen: gen, msg: msg})
}

// A finding waits until the whole package is read: one weak source that
// feeds several sinks (a helper and its caller's variable) is reported
// once, preferably at the source itself.
type finding struct {
	pos, at ast.Node
	gen     string // where another package's function makes the value
	msg     string
}

func (a *analyzer) flush() {
	best := make(map[token.Pos]int) // source position → index of the finding kept
	for i, f := range a.findings {
		if f.at == nil {
			continue
		}
		j, ok := best[f.at.Pos()]
		if !ok || f.pos == f.at && a.findings[j].pos != a.findings[j].at {
			best[f.at.Pos()] = i
		}
	}
	for i, f := range a.findings {
		if f.at != nil && best[f.at.Pos()] != i {
			continue
		}
		if a.reported[f.pos.Pos()] {
			continue
		}
		a.reported[f.pos.Pos()] = true
		d := analysis.Diagnostic{Pos: f.pos.Pos(), End: f.pos.End(), Message: f.msg}
		if f.gen != "" {
			d.Category = GeneratorCategory + f.gen
		}
		a.pass.Report(d)
	}
}

// GeneratorCategory prefixes the category of a finding whose value another
// package's function makes; the rest is where (predictableFact.At). The
// command reports such findings once, there, when that file is analysed.
const GeneratorCategory = "generator:"

// where locates the source of a weak value for a fact: its own position, or
// the one a fact it came through carries.
func (a *analyzer) where(c class) string {
	// A library's generator: the value enters the module at c.at.
	if c.gen != "" && !gomod.IsLibraryFile(c.gen) {
		return c.gen
	}
	if c.at == nil {
		return ""
	}
	p := a.pass.Fset.Position(c.at.Pos())
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

func sameFunc(ins *inspector.Inspector, x, y ast.Node) bool {
	cx, ok1 := ins.Root().FindByPos(x.Pos(), x.End())
	cy, ok2 := ins.Root().FindByPos(y.Pos(), y.End())
	if !ok1 || !ok2 {
		return false
	}
	return enclosingFunc(cx) != nil && enclosingFunc(cx) == enclosingFunc(cy)
}

func enclosingFunc(c inspector.Cursor) ast.Node {
	for f := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return f.Node()
	}
	return nil
}

// describe names the kind of token for the message.
func describe(name string) string {
	w := names.Words(name)
	switch {
	case hasAny(w, "csrf", "xsrf"):
		return "CSRF token"
	case hasAny(w, "session", "sessions") && hasAny(w, "token"):
		return "session token"
	case hasAny(w, "session", "sessions", "sid", "sessid", "sessionid", "jsessionid") || name == "session ID":
		return "session ID"
	case hasAny(w, "reset"):
		return "reset token"
	case hasAny(w, "recovery"):
		return "recovery key"
	case hasAny(w, "login") && hasAny(w, "key"):
		return "login key"
	case hasAny(w, "nonce"):
		return "nonce"
	case hasAny(w, "state"):
		return "OAuth state"
	case hasAny(w, "api", "apikey"):
		return "API key"
	case hasAny(w, "jwt", "signing") && hasAny(w, "key", "secret"):
		return "JWT signing key"
	case hasAny(w, "salt"):
		return "salt"
	case hasAny(w, "secret"):
		return "secret"
	case hasAny(w, "invite", "invitation"):
		return "invitation code"
	case hasAny(w, "otp", "passcode", "code", "pin"):
		return "one-time code"
	}
	return "token"
}

// exportFacts marks exported functions whose result is predictable.
func (a *analyzer) exportFacts() {
	if gomod.InGOROOT(a.pass) {
		return
	}
	scope := a.pass.Pkg.Scope()
	var fns []*types.Func
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			fns = append(fns, obj)
		case *types.TypeName:
			// Methods too: gulu.Rand.String(16), sessions.GenId() on a
			// package variable of an unexported type.
			if n, ok := obj.Type().(*types.Named); ok {
				for m := range n.Methods() {
					fns = append(fns, m)
				}
			}
		}
	}
	for _, fn := range fns {
		if !fn.Exported() {
			continue
		}
		d := a.t.FuncDecl(fn)
		if d == nil || gomod.IsTestFile(a.pass.Fset.File(d.Pos()).Name()) {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sig.Results().Len() == 0 || !tokenType(sig.Results().At(0).Type()) {
			continue
		}
		if fn.Pkg() != a.pass.Pkg {
			continue // promoted from an embedded type of another package
		}
		self := &trace.Frame{Call: &ast.CallExpr{}, Fn: fn}
		for _, r := range trace.ReturnedResults(d, 0) {
			a.budget = maxSteps
			if c := a.classify(r, self, 0); c.kind == weak {
				a.pass.ExportObjectFact(fn, &predictableFact{Source: c.source, Reported: makesToken(fn), At: a.where(c)})
				break
			}
		}
	}
}
