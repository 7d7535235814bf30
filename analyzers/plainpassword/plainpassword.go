package plainpassword

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/catalog"
	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// Analyzer reports passwords written to a database or file in plaintext or
// hashed with a fast digest.
var Analyzer = &analysis.Analyzer{
	Name:      "plainpassword",
	Doc:       catalog.AnalyzerDoc("plainpassword"),
	URL:       catalog.DocURL("plainpassword"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, trace.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{(*hashesPassword)(nil), (*storesPassword)(nil)},
}

// hashesPassword marks a function that hashes a password: with a slow KDF
// (Alg == "") somewhere in its body, or, when Alg names a fast digest,
// returning that digest.
type hashesPassword struct {
	Alg     string // "" for a slow KDF, else "MD5", "SHA-1", "SHA-256"...
	Returns bool   // the result of the function is the hash
}

func (*hashesPassword) AFact() {}

func (f *hashesPassword) String() string {
	if f.Alg == "" {
		return "hashesPassword"
	}
	return "hashesPassword(" + f.Alg + ")"
}

// storesPassword marks a function that writes one of its parameters (or a
// password field of it) unchanged to storage, so that a call passing a
// plaintext password stores it in plaintext.
type storesPassword struct {
	Params []paramSink
	// AtSink: the finding was reported at the write inside the function
	// (it has no caller in its package), so callers do not repeat it.
	AtSink bool
}

type paramSink struct {
	Index int
	Field string // "" for the parameter itself, else the password field written
	Sink  string // "the database" or "a file"
}

func (*storesPassword) AFact() {}

// RecvIndex stands for a method's receiver in a paramSink: a model whose
// own method saves it (m.Update()).
const RecvIndex = -1

func (f *storesPassword) String() string {
	var parts []string
	for _, p := range f.Params {
		s := fmt.Sprint(p.Index)
		if p.Field != "" {
			s += "." + p.Field
		}
		parts = append(parts, s)
	}
	return "storesPassword(" + strings.Join(parts, ",") + ")"
}

const (
	fixText   = "hash it with argon2id (github.com/sessionlint/sessionlint/session/password) or bcrypt first"
	useKDF    = "use argon2id (github.com/sessionlint/sessionlint/session/password) or bcrypt"
	minPBKDF2 = 100_000
)

func run(pass *analysis.Pass) (any, error) {
	if !typematch.Imports(pass.Pkg, golib.PasswordLibPaths...) && len(pass.AllObjectFacts()) == 0 && !importsStore(pass.Pkg) {
		return nil, nil
	}
	c := newChecker(pass)
	c.computeHashers()
	// Find which functions store their parameters, then report.
	for round := 0; round < 3; round++ {
		before := c.storeCount()
		c.scan(false)
		if c.storeCount() == before {
			break
		}
	}
	c.scan(true)
	c.reportUncalledStorers()
	for fn, f := range c.stores {
		if fn.Exported() {
			pass.ExportObjectFact(fn, f)
		}
	}
	c.checkPBKDF2()
	return nil, nil
}

type checker struct {
	pass     *analysis.Pass
	info     *types.Info
	ins      *inspector.Inspector
	ix       *trace.Values
	bound    map[types.Object]bool // variables decoded from a request body
	hashers  map[*types.Func]*hashesPassword
	stores   map[*types.Func]*storesPassword
	reported map[token.Pos]bool
	report   bool

	remote     map[*types.Var]bool                      // password fields handed to an outbound client: credentials for a remote service
	sinkNodes  map[paramSink]map[*types.Func][]sinkSite // where each stored parameter is written
	hashedVia  map[types.Object]bool                    // cache of hashedThroughMethod
	inProgress map[*ast.FuncDecl]bool
	mapWrites  map[types.Object][]keyWrite // m["key"] = v, by map variable (keyWrites)
}

// A sinkSite is a write of a parameter inside the function that stores it.
type sinkSite struct {
	node ast.Node
}

func newChecker(pass *analysis.Pass) *checker {
	c := &checker{
		pass:     pass,
		info:     pass.TypesInfo,
		ins:      pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		ix:       pass.ResultOf[trace.Analyzer].(*trace.Values),
		bound:    map[types.Object]bool{},
		hashers:  map[*types.Func]*hashesPassword{},
		stores:   map[*types.Func]*storesPassword{},
		reported: map[token.Pos]bool{},

		hashedVia:  map[types.Object]bool{},
		inProgress: map[*ast.FuncDecl]bool{},
		sinkNodes:  map[paramSink]map[*types.Func][]sinkSite{},
		remote:     map[*types.Var]bool{},
	}
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		n := cur.Node().(*ast.CallExpr)
		if c.isBindCall(n) {
			for _, a := range n.Args {
				if root, path := typematch.SelectorPath(c.info, a); root != nil && len(path) == 0 {
					c.bound[root] = true
				}
			}
		}
		c.outboundCredential(n)
	}
	return c
}

// outboundCredential records the password fields a call hands to a client
// of another module as its password parameter: smtp.PlainAuth(id, user,
// s.Password, host), gomail.NewDialer(host, port, user, s.Password),
// req.SetBasicAuth(user, feed.Password). Such a password logs the app in
// elsewhere, so it must be kept readable: storing it is no weakness.
func (c *checker) outboundCredential(call *ast.CallExpr) {
	fn := typematch.Callee(c.info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return
	}
	path := fn.Pkg().Path()
	if strings.HasPrefix(path, "crypto/") || strings.HasPrefix(path, "golang.org/x/crypto/") ||
		golib.CredentialCheckOf(fn) != golib.NoCredentialCheck || golib.IsPasswordKDF(fn) || c.hasher(fn) != nil {
		return
	}
	if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") && !gomod.FromDependency(c.pass, path) {
		return // a package of the app itself (its own password check)
	}
	sig := fn.Type().(*types.Signature)
	for i, a := range call.Args {
		pi := i
		if pi >= sig.Params().Len() {
			if !sig.Variadic() {
				break
			}
			pi = sig.Params().Len() - 1
		}
		if !names.IsPasswordName(sig.Params().At(pi).Name()) {
			continue
		}
		sel, ok := typematch.Unwrap(a).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s, ok := c.info.Selections[sel]; ok && s.Kind() == types.FieldVal && names.IsPasswordName(sel.Sel.Name) {
			c.remote[s.Obj().(*types.Var)] = true
		}
	}
}

// connectionFields name the fields of a remote service's settings (an
// SMTP, IMAP, LDAP or database connection) whose password field is that
// service's credential: Host, Port, SMTPHost, LDAPServer; a user's
// LastLoginHost is not one.
var (
	connectionFields   = []string{"host", "hostname", "port", "server", "endpoint", "dsn"}
	connectionServices = []string{"smtp", "imap", "pop3", "ldap", "proxy", "mail"}
)

// remoteCredential reports whether field i of st holds the password of a
// remote service rather than of a user account.
func (c *checker) remoteCredential(st *types.Struct, i int) bool {
	if c.remote[st.Field(i)] {
		return true
	}
	for j := range st.NumFields() {
		if isConnectionName(st.Field(j).Name()) {
			return true
		}
	}
	return false
}

// isConnectionName reports a field or key of a remote service's settings:
// Host, Port, SMTPHost, LDAPServer.
func isConnectionName(name string) bool {
	w := names.Words(name)
	return len(w) == 1 && names.HasWord(w, connectionFields...) || len(w) > 1 && names.HasWord(w[:1], connectionServices...)
}

func (c *checker) storeCount() int {
	n := 0
	for _, f := range c.stores {
		n += len(f.Params)
	}
	return n
}

func (c *checker) isBindCall(call *ast.CallExpr) bool {
	return len(call.Args) > 0 && golib.IsBind(typematch.Callee(c.info, call))
}

// ---------------------------------------------------------------- verdicts

type kind uint8

const (
	kNone   kind = iota
	kHashed      // a slow KDF or a function named like a hasher: fine
	kParam       // a parameter of the enclosing function (or its field)
	kFast        // a fast digest
	kPlain       // a plaintext password
	kConst       // a string literal: a fixed password where a password field takes it
)

type verdict struct {
	kind   kind
	strong bool        // kPlain from the request (not only from a name)
	alg    string      // kFast
	pwIn   bool        // kFast: the digest's input is a password
	param  trace.Param // kParam
	field  string      // kParam: the field of the parameter, or ""
	named  bool        // kParam: the parameter is named like a password
	at     ast.Node    // where to report, when more precise than the sink argument
}

func (v verdict) rank() int {
	switch v.kind {
	case kPlain:
		if v.strong {
			return 5
		}
		return 4
	case kFast:
		return 3
	case kParam:
		return 2
	case kConst:
		return 1
	}
	return 0
}

// combine merges the verdicts of the alternative values of one variable or
// field: any hashing wins (silence), else the worst.
func combine(vs []verdict) verdict {
	best := verdict{}
	for _, v := range vs {
		if v.kind == kHashed {
			return v
		}
		if v.rank() > best.rank() {
			best = v
		}
	}
	return best
}

// join merges the parts of one value (a concatenation, a format): the
// worst part decides.
func join(vs []verdict) verdict {
	best := verdict{}
	hashed := false
	for _, v := range vs {
		hashed = hashed || v.kind == kHashed
		if v.rank() > best.rank() {
			best = v
		}
	}
	if best.kind == kNone && hashed {
		return verdict{kind: kHashed}
	}
	return best
}

// hasherWords name functions that hash or encrypt their input; a value
// coming out of one is not plaintext (its strength is unknown).
var hasherWords = []string{"hash", "hashed", "hasher", "crypt", "encrypt", "encrypted", "bcrypt",
	"argon", "argon2", "argon2id", "scrypt", "pbkdf2", "kdf", "derive", "seal", "cipher", "digest"}

// hasher returns the hashing fact of fn, from this package or an import.
func (c *checker) hasher(fn *types.Func) *hashesPassword {
	if fn == nil {
		return nil
	}
	if f := c.hashers[fn]; f != nil {
		return f
	}
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		f := new(hashesPassword)
		if c.pass.ImportObjectFact(fn.Origin(), f) {
			return f
		}
	}
	return nil
}

// storer returns the storing fact of fn.
func (c *checker) storer(fn *types.Func) *storesPassword {
	if fn == nil {
		return nil
	}
	if f := c.stores[fn]; f != nil {
		return f
	}
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		f := new(storesPassword)
		if c.pass.ImportObjectFact(fn.Origin(), f) {
			return f
		}
	}
	return nil
}

// computeHashers finds the package's functions that call a slow KDF and
// those that return a fast digest of their input.
func (c *checker) computeHashers() {
	var decls []*ast.FuncDecl
	for cur := range c.ins.Root().Preorder((*ast.FuncDecl)(nil)) {
		if d := cur.Node().(*ast.FuncDecl); d.Body != nil {
			decls = append(decls, d)
		}
	}
	for round := 0; round < 4; round++ {
		changed := false
		for _, d := range decls {
			fn, ok := c.info.Defs[d.Name].(*types.Func)
			if !ok || c.hashers[fn] != nil && c.hashers[fn].Alg == "" {
				continue
			}
			if c.callsKDF(d.Body) {
				c.hashers[fn] = &hashesPassword{Returns: c.returnsHashed(d)}
				changed = true
				continue
			}
			if c.hashers[fn] != nil {
				continue
			}
			if v := c.returned(d, 0); v.kind == kFast {
				c.hashers[fn] = &hashesPassword{Alg: v.alg, Returns: true}
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	// Export what other packages can use: exported hashing helpers, setters
	// and model hooks.
	for fn, f := range c.hashers {
		if fn.Exported() && (f.Returns || golib.IsORMHook(fn.Name()) || names.HasWord(names.Words(fn.Name()), append([]string{"password", "passwd", "set"}, hasherWords...)...)) {
			c.pass.ExportObjectFact(fn, f)
		}
	}
}

func (c *checker) callsKDF(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			fn := typematch.Callee(c.info, call)
			if golib.IsPasswordKDF(fn) {
				found = true
			} else if f := c.hasher(fn); f != nil && f.Alg == "" {
				found = true
			}
		}
		return !found
	})
	return found
}

func (c *checker) returned(d *ast.FuncDecl, depth int) verdict {
	if c.inProgress[d] || depth > 6 {
		return verdict{}
	}
	c.inProgress[d] = true
	defer delete(c.inProgress, d)
	var vs []verdict
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				vs = append(vs, c.eval(n.Results[0], depth+1))
			} else if r := d.Type.Results; r != nil && len(r.List) > 0 && len(r.List[0].Names) > 0 {
				// A bare return of a named result: what it holds.
				vs = append(vs, c.eval(r.List[0].Names[0], depth+1))
			}
		}
		return true
	})
	return combine(vs)
}

func (c *checker) returnsHashed(d *ast.FuncDecl) bool {
	return c.returned(d, 0).kind == kHashed
}

// ------------------------------------------------------------- evaluation

// eval classifies the value of e.
func (c *checker) eval(e ast.Expr, depth int) verdict {
	if depth > 8 || e == nil {
		return verdict{}
	}
	e = typematch.Unwrap(e)
	switch e := e.(type) {
	case *ast.SliceExpr:
		return c.eval(e.X, depth+1)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			x, y := c.eval(e.X, depth+1), c.eval(e.Y, depth+1)
			// A literal joined to something else ("$" between salt and
			// hash) is a separator, not a fixed password.
			if x.kind == kConst && y.kind != kConst {
				x = verdict{}
			}
			if y.kind == kConst && x.kind != kConst {
				y = verdict{}
			}
			return join([]verdict{x, y})
		}
	case *ast.Ident:
		return c.evalIdent(e, depth)
	case *ast.SelectorExpr:
		if sel, ok := c.info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			return c.evalField(e, depth)
		}
		if obj, ok := c.info.Uses[e.Sel].(*types.Const); ok && names.IsPasswordName(obj.Name()) {
			return verdict{kind: kPlain}
		}
	case *ast.CallExpr:
		return c.evalCall(e, depth)
	case *ast.BasicLit:
		if v, ok := typematch.StringConst(c.info, e); ok && v != "" {
			return verdict{kind: kConst}
		}
	}
	return verdict{}
}

func isTextType(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Pointer:
		return isTextType(u.Elem())
	}
	return false
}

func (c *checker) evalIdent(id *ast.Ident, depth int) verdict {
	switch obj := c.info.ObjectOf(id).(type) {
	case *types.Const:
		if names.IsPasswordName(obj.Name()) {
			return verdict{kind: kPlain}
		}
	case *types.Var:
		var vs []verdict
		if p, ok := c.ix.ParamOf(obj); ok {
			vs = append(vs, verdict{kind: kParam, param: p, named: names.IsPasswordName(obj.Name())})
		}
		for _, v := range c.ix.Assigned(obj) {
			vs = append(vs, c.eval(v, depth+1))
		}
		if call := c.ix.TupleCall(obj); call != nil {
			vs = append(vs, c.evalCall(call, depth+1))
		}
		v := combine(vs)
		if _, isParam := c.ix.ParamOf(obj); !isParam && v.kind == kNone && names.IsPasswordName(obj.Name()) && isTextType(obj.Type()) && !c.derivedFromNonPassword(obj) {
			return verdict{kind: kPlain}
		}
		return v
	}
	return verdict{}
}

// derivedFromNonPassword reports whether a variable named like a password
// was read from a field that is not a password (password := user.Hash).
func (c *checker) derivedFromNonPassword(obj *types.Var) bool {
	for _, v := range c.ix.Assigned(obj) {
		if sel, ok := typematch.Unwrap(v).(*ast.SelectorExpr); ok {
			if s, ok := c.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
				return true // the field itself decided (kNone)
			}
		}
	}
	return false
}

// evalField classifies x.f...: a password field written with a value, set
// in the literal that built x, or decoded from the request.
func (c *checker) evalField(sel *ast.SelectorExpr, depth int) verdict {
	if !names.IsPasswordName(sel.Sel.Name) || !isTextType(typematch.TypeOf(c.info, sel)) {
		return verdict{}
	}
	root, path := typematch.SelectorPath(c.info, sel)
	if root == nil {
		return verdict{}
	}
	return c.evalPath(root, path, depth)
}

// evalPath classifies the field path below a variable.
func (c *checker) evalPath(root types.Object, path []string, depth int) verdict {
	v, ok := root.(*types.Var)
	if !ok || len(path) == 0 {
		return verdict{}
	}
	var vs []verdict
	for _, w := range c.ix.FieldWrites(root, path...) {
		if len(w.Path) == len(path) {
			v := c.eval(w.Value, depth+1)
			if v.at == nil {
				v.at = w.Value
			}
			vs = append(vs, v)
		}
	}
	for _, o := range c.ix.Assigned(root) {
		vs = append(vs, c.evalLitPath(o, path, depth+1))
	}
	if c.hashedThroughMethod(root) {
		return verdict{kind: kHashed}
	}
	if p, ok := c.ix.ParamOf(v); ok {
		vs = append(vs, verdict{kind: kParam, param: p, field: strings.Join(path, ".")})
	}
	// m.Password saved by a method of the model (m.Update()): the
	// receiver, index RecvIndex, as its callers' model.
	// Only when the method writes no value there itself (user.Password =
	// hash(user.Password) before the save).
	if fn, ok := c.ix.RecvOf(v); ok && len(path) > 0 && len(vs) == 0 && !c.writesPath(fn, v, path) {
		vs = append(vs, verdict{kind: kParam, param: trace.Param{Fn: fn, Index: RecvIndex}, field: strings.Join(path, ".")})
	}
	if c.bound[root] && c.fieldDecodable(v.Type(), path) {
		vs = append(vs, verdict{kind: kPlain, strong: true})
	}
	return combine(vs)
}

// writesPath reports whether fn's body assigns to root's field path (also
// as one of several results: u.Password, err = hash(u.Password)).
func (c *checker) writesPath(fn *types.Func, root *types.Var, path []string) bool {
	d := c.ix.FuncDecl(fn)
	if d == nil || d.Body == nil {
		return false
	}
	found := false
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && !found {
			for _, l := range as.Lhs {
				if r, p := typematch.SelectorPath(c.info, l); r == root && slices.Equal(p, path) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// evalLitPath classifies the field path inside a value that builds a
// struct: &User{Password: pw}.
func (c *checker) evalLitPath(e ast.Expr, path []string, depth int) verdict {
	lit, ok := typematch.Unwrap(e).(*ast.CompositeLit)
	if !ok {
		if id, ok := typematch.Unwrap(e).(*ast.Ident); ok && depth < 6 {
			if obj := c.info.ObjectOf(id); obj != nil {
				return c.evalPath(obj, path, depth+1)
			}
		}
		return verdict{}
	}
	val, ok := typematch.Field(lit, path[0])
	if !ok {
		return verdict{}
	}
	if len(path) > 1 {
		return c.evalLitPath(val, path[1:], depth+1)
	}
	v := c.eval(val, depth+1)
	if v.at == nil {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && kv.Value == val {
				v.at = kv
			}
		}
	}
	return v
}

// fieldDecodable reports whether the field path of t can be filled from a
// request body (its json/form tag is not "-").
func (c *checker) fieldDecodable(t types.Type, path []string) bool {
	for _, name := range path {
		st, ok := derefStruct(t)
		if !ok {
			return false
		}
		found := false
		for i := range st.NumFields() {
			f := st.Field(i)
			if f.Name() != name {
				continue
			}
			tag := reflectTag(st.Tag(i))
			if tag["json"] == "-" || tag["form"] == "-" && tag["json"] == "" {
				return false
			}
			t, found = f.Type(), true
			break
		}
		if !found {
			return false
		}
	}
	return true
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		}
		break
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

var tagRE = lazyre.New(`(\w+):"([^"]*)"`)

// reflectTag returns the first comma-separated part of each key of a tag.
func reflectTag(tag string) map[string]string {
	out := map[string]string{}
	for _, m := range tagRE.FindAllStringSubmatch(tag, -1) {
		name, _, _ := strings.Cut(m[2], ",")
		out[m[1]] = name
	}
	return out
}

// hashedThroughMethod reports whether a method that hashes is called on the
// variable (u.SetPassword(pw), u.HashPassword()).
func (c *checker) hashedThroughMethod(root types.Object) bool {
	if v, ok := c.hashedVia[root]; ok {
		return v
	}
	found := false
	defer func() { c.hashedVia[root] = found }()
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if r, _ := typematch.SelectorPath(c.info, sel.X); r != root {
			continue
		}
		fn := typematch.Callee(c.info, call)
		if fn == nil {
			continue
		}
		if f := c.hasher(fn); f != nil && f.Alg == "" || names.HasWord(names.Words(fn.Name()), hasherWords...) {
			found = true
			break
		}
	}
	return found
}

// getterNames are request accessors whose constant first argument names
// the field.
var getterNames = map[string]bool{
	"FormValue": true, "PostFormValue": true, "PostForm": true, "DefaultPostForm": true,
	"GetPostForm": true, "Query": true, "DefaultQuery": true, "QueryParam": true,
	"Param": true, "Params": true, "GetString": true, "FormParams": true,
}

func (c *checker) evalCall(call *ast.CallExpr, depth int) verdict {
	// Conversions: string(pw), []byte(pw).
	if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return c.eval(call.Args[0], depth+1)
		}
		return verdict{}
	}
	fn := typematch.Callee(c.info, call)
	if fn == nil {
		return verdict{}
	}
	if golib.IsPasswordKDF(fn) {
		return verdict{kind: kHashed}
	}
	if alg := golib.FastDigest(fn); alg != "" {
		if len(call.Args) == 0 {
			return verdict{} // New(): the hash state, see Sum below
		}
		return verdict{kind: kFast, alg: alg, pwIn: c.passwordish(call.Args[0], depth)}
	}
	sig := fn.Type().(*types.Signature)
	// h.Sum(nil) on a hash.Hash built by sha256.New().
	if fn.Name() == "Sum" && sig.Recv() != nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return c.evalHashState(sel.X, depth)
		}
	}
	// Request accessors: r.FormValue("password").
	if getterNames[fn.Name()] && len(call.Args) >= 1 || fn.Name() == "Get" && typematch.IsNamed(recvType(sig), "net/url", "Values") && len(call.Args) == 1 {
		if s, ok := typematch.StringConst(c.info, call.Args[0]); ok && names.IsPasswordName(s) {
			return verdict{kind: kPlain, strong: true}
		}
		return verdict{}
	}
	if f := c.hasher(fn); f != nil {
		if f.Alg == "" {
			return verdict{kind: kHashed}
		}
		if f.Returns {
			pw := names.HasWord(names.Words(fn.Name()), []string{"password", "passwd", "pwd", "pass"}...)
			for _, a := range call.Args {
				pw = pw || c.passwordish(a, depth)
			}
			return verdict{kind: kFast, alg: f.Alg, pwIn: pw}
		}
	}
	if names.HasWord(names.Words(fn.Name()), hasherWords...) {
		return verdict{kind: kHashed}
	}
	// Encoders and formatting pass their input through.
	switch path := typematch.FuncPkgPath(fn); {
	case path == "encoding/hex" || path == "encoding/base64" || path == "encoding/base32" || path == "strings" || path == "bytes" || path == "strconv":
		var vs []verdict
		for _, a := range call.Args {
			vs = append(vs, c.eval(a, depth+1))
		}
		return join(vs)
	case path == "fmt" && strings.HasPrefix(fn.Name(), "Sprint"):
		var vs []verdict
		for _, a := range call.Args {
			vs = append(vs, c.eval(a, depth+1))
		}
		return join(vs)
	}
	// A helper of this package: classify what it returns, in terms of the
	// arguments of this call.
	if decl := c.ix.FuncDecl(fn); decl != nil && depth < 6 {
		v := c.returned(decl, depth+1)
		if v.kind == kParam && v.field == "" && v.param.Fn == fn && v.param.Index < len(call.Args) && !sig.Variadic() {
			return c.eval(call.Args[v.param.Index], depth+1)
		}
		if v.kind == kPlain || v.kind == kHashed {
			return verdict{kind: v.kind, strong: v.strong}
		}
	}
	return verdict{}
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func recvType(sig *types.Signature) types.Type {
	if sig.Recv() == nil {
		return nil
	}
	return sig.Recv().Type()
}

// evalHashState classifies h.Sum(nil): the algorithm from h's constructor,
// and whether a password was written into h in the same function.
func (c *checker) evalHashState(h ast.Expr, depth int) verdict {
	alg := ""
	for _, o := range c.ix.Origins(h) {
		if call, ok := typematch.Unwrap(o).(*ast.CallExpr); ok {
			if a := golib.FastDigest(typematch.Callee(c.info, call)); a != "" {
				alg = a
			}
		}
	}
	if alg == "" {
		return verdict{}
	}
	root, _ := typematch.SelectorPath(c.info, h)
	pw := false
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := typematch.Callee(c.info, call)
		if fn == nil {
			continue
		}
		var target, data ast.Expr
		switch {
		case (fn.Name() == "Write" || fn.Name() == "WriteString") && len(call.Args) == 1:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				target, data = sel.X, call.Args[0]
			}
		case typematch.IsFunc(fn, "io", "WriteString") && len(call.Args) == 2:
			target, data = call.Args[0], call.Args[1]
		case typematch.IsFunc(fn, "fmt", "Fprint", "Fprintf", "Fprintln") && len(call.Args) >= 2:
			target = call.Args[0]
			for _, a := range call.Args[1:] {
				pw = pw || c.passwordish(a, depth)
			}
		}
		if target == nil {
			continue
		}
		if r, _ := typematch.SelectorPath(c.info, target); r == nil || r != root {
			continue
		}
		if data != nil {
			pw = pw || c.passwordish(data, depth)
		}
	}
	return verdict{kind: kFast, alg: alg, pwIn: pw}
}

// passwordish reports whether e carries a password: it evaluates to one, or
// it mentions a variable or field named like one.
func (c *checker) passwordish(e ast.Expr, depth int) bool {
	v := c.eval(e, depth+1)
	if v.kind == kPlain {
		return true
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if _, ok := c.info.ObjectOf(n).(*types.Var); ok && names.IsPasswordName(n.Name) {
				found = true
			}
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// --------------------------------------------------------------- sinks

// scan visits every storage sink and every call of a function that stores
// its parameter. With report false it only records storesPassword facts.
func (c *checker) scan(report bool) {
	c.report = report
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := typematch.Callee(c.info, call)
		if fn == nil {
			continue
		}
		if c.sqlCall(call, fn) || c.ormCall(call, fn) || c.fieldSetterCall(call, fn) || c.documentCall(call, fn) || c.fileCall(call, fn) ||
			c.keyedStoreCall(call, fn) || c.redisCall(call, fn) {
			continue
		}
		if f := c.storer(fn); f != nil {
			for _, p := range f.Params {
				var arg ast.Expr
				switch {
				case p.Index == RecvIndex:
					sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
					if !ok {
						continue
					}
					arg = sel.X
				case p.Index < 0 || p.Index >= len(call.Args):
					continue
				default:
					arg = call.Args[p.Index]
				}
				var v verdict
				switch {
				case p.Field == mapRow:
					// The caller's row map: what its password key holds,
					// reported at the call.
					if w, ok := c.mapPassword(arg); ok {
						c.sink(arg, w, p.Sink, " via "+fn.Name(), true)
					}
					continue
				case p.Field == "":
					v = c.eval(arg, 0)
				default:
					v = c.evalArgPath(arg, strings.Split(p.Field, "."))
				}
				if sites := c.sinkNodes[p][fn]; len(sites) > 0 && (v.kind == kPlain || v.kind == kFast) {
					// Same package: report at the write inside the callee.
					for _, site := range sites {
						v.at = site.node
						c.sink(site.node, v, p.Sink, "", p.Field != "")
					}
					continue
				}
				if f.AtSink && (v.kind == kPlain || v.kind == kParam) {
					continue // reported inside the callee's package
				}
				c.sink(arg, v, p.Sink, " via "+fn.Name(), p.Field != "")
			}
		}
	}
}

// mapRow is the paramSink field of a map parameter stored whole as a row.
const mapRow = "[row]"

// mapPassword evaluates the password key of a row map: in its literal, or
// written key by key (row["password"] = hash).
// A row that also names a host or port is a remote service's settings
// (an SMTP server's), whose password must be replayed: not a user's.
func (c *checker) mapPassword(e ast.Expr) (verdict, bool) {
	var value ast.Expr
	remote := false
	note := func(key string, v ast.Expr) {
		remote = remote || isConnectionName(key)
		if value == nil && names.IsPasswordStoreName(key) {
			value = v
		}
	}
	for _, o := range c.ix.Origins(e) {
		if lit, ok := typematch.Unwrap(o).(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					key, _ := typematch.StringConst(c.info, kv.Key)
					note(key, kv.Value)
				}
			}
		}
	}
	if root, path := typematch.SelectorPath(c.info, e); root != nil && len(path) == 0 {
		for _, w := range c.keyWrites()[root] {
			key, _ := typematch.StringConst(c.info, w.key)
			note(key, w.value)
		}
	}
	if value == nil || remote {
		return verdict{}, false
	}
	return c.eval(value, 0), true
}

// evalArgPath classifies field path of an argument expression (a literal
// or a variable).
func (c *checker) evalArgPath(arg ast.Expr, path []string) verdict {
	if _, ok := typematch.Unwrap(arg).(*ast.CompositeLit); ok {
		return c.evalLitPath(arg, path, 0)
	}
	root, p := typematch.SelectorPath(c.info, arg)
	if root == nil {
		return verdict{}
	}
	return c.evalPath(root, append(p, path...), 0)
}

// sink handles the verdict of a value reaching storage at arg.
func (c *checker) sink(arg ast.Node, v verdict, where, how string, destPassword bool) {
	switch v.kind {
	case kParam:
		if c.report || !v.named && v.field == "" {
			return
		}
		f := c.stores[v.param.Fn]
		if f == nil {
			f = new(storesPassword)
			c.stores[v.param.Fn] = f
		}
		ps := paramSink{Index: v.param.Index, Field: v.field, Sink: where}
		if !slices.Contains(f.Params, ps) {
			f.Params = append(f.Params, ps)
		}
		pos := arg
		if v.at != nil {
			pos = v.at
		}
		if c.sinkNodes[ps] == nil {
			c.sinkNodes[ps] = map[*types.Func][]sinkSite{}
		}
		if !slices.ContainsFunc(c.sinkNodes[ps][v.param.Fn], func(s sinkSite) bool { return s.node == pos }) {
			c.sinkNodes[ps][v.param.Fn] = append(c.sinkNodes[ps][v.param.Fn], sinkSite{node: pos})
		}
		return
	case kPlain:
		if where == "a file" && !v.strong {
			return
		}
		pos := arg // the write, where the password reaches the store
		consequence := "so a leak of the table exposes every account"
		if where == "a file" {
			consequence = "so anyone who can read the file learns it"
		}
		c.emit(pos, fmt.Sprintf("password written to %s in plaintext%s, %s; %s", where, how, consequence, fixText))
	case kConst:
		if !destPassword || where == "a file" {
			return
		}
		pos := arg
		c.emit(pos, fmt.Sprintf("a fixed password is written to %s in plaintext%s, so anyone who reads the code or the table can log in; %s", where, how, fixText))
	case kFast:
		if !v.pwIn && !destPassword {
			return
		}
		pos := arg
		c.emit(pos, fmt.Sprintf("password hashed with %s, a fast digest that GPUs brute-force, before it is written to %s%s; %s", v.alg, where, how, useKDF))
	}
}

func (c *checker) emit(n ast.Node, msg string) {
	if !c.report || c.reported[n.Pos()] {
		return
	}
	c.reported[n.Pos()] = true
	c.pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg})
}

const db = "the database"

// redisCall handles a Redis write: a value made from a password (a fast
// digest of it, the password itself) is what the store keeps.
func (c *checker) redisCall(call *ast.CallExpr, fn *types.Func) bool {
	values := golib.RedisWriteValues(c.info, call, fn)
	for _, v := range values {
		c.sink(v, c.eval(v, 0), "Redis", "", false)
	}
	return values != nil
}

var sqlWriteRE = lazyre.New(`(?is)^\s*(?:with\b.*?\)\s*)?(insert\b|update\b|replace\b|upsert\b|merge\b)|\binsert\s+into\b|\bupdate\s+\S+\s+set\b|\bon\s+conflict\b.*\bdo\s+update\b`)

// sqlCall handles a statement execution with INSERT/UPDATE SQL.
func (c *checker) sqlCall(call *ast.CallExpr, fn *types.Func) bool {
	named, ok := golib.IsSQLRun(fn)
	if !ok {
		return false
	}
	qi := -1
	var sqlText string
	var parts []ast.Expr
	if n := typematch.NamedOf(recvType(fn.Type().(*types.Signature))); n != nil && strings.HasSuffix(n.Obj().Name(), "Stmt") {
		// A prepared statement: stmt.Exec(args...).
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		sqlText = c.preparedSQL(sel.X)
	} else {
		for i, a := range call.Args {
			if isString(typematch.TypeOf(c.info, a)) {
				sqlText, parts = c.sqlText(a)
				qi = i
				break
			}
		}
	}
	if !sqlWriteRE.MatchString(sqlText) {
		return sqlText != ""
	}
	for _, p := range parts {
		c.sink(p, c.eval(p, 0), db, "", false)
	}
	for _, a := range call.Args[qi+1:] {
		if named {
			c.checkDoc(a, db, sqlText)
			continue
		}
		c.sink(a, c.eval(a, 0), db, "", false)
	}
	return true
}

// sqlText returns the SQL of a query expression: a constant, a variable
// holding one, fmt.Sprintf or a concatenation (whose value parts are
// returned for checking).
func (c *checker) sqlText(e ast.Expr) (string, []ast.Expr) {
	if s, ok := typematch.StringConst(c.info, e); ok {
		return s, nil
	}
	for _, o := range c.ix.Origins(e) {
		o = typematch.Unwrap(o)
		if s, ok := typematch.StringConst(c.info, o); ok {
			return s, nil
		}
		switch o := o.(type) {
		case *ast.CallExpr:
			fn := typematch.Callee(c.info, o)
			if typematch.IsFunc(fn, "fmt", "Sprintf") && len(o.Args) > 0 {
				s, _ := typematch.StringConst(c.info, o.Args[0])
				return s, o.Args[1:]
			}
		case *ast.BinaryExpr:
			var text strings.Builder
			var parts []ast.Expr
			var walk func(e ast.Expr)
			walk = func(e ast.Expr) {
				e = ast.Unparen(e)
				if s, ok := typematch.StringConst(c.info, e); ok {
					text.WriteString(s)
					return
				}
				if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
					walk(b.X)
					walk(b.Y)
					return
				}
				parts = append(parts, e)
				text.WriteString("?")
			}
			walk(o)
			return text.String(), parts
		}
	}
	return "", nil
}

// preparedSQL returns the SQL a prepared statement was made from.
func (c *checker) preparedSQL(stmt ast.Expr) string {
	root, path := typematch.SelectorPath(c.info, stmt)
	if root == nil || len(path) > 0 {
		return ""
	}
	var calls []*ast.CallExpr
	if call := c.ix.TupleCall(root); call != nil {
		calls = append(calls, call)
	}
	for _, o := range c.ix.Assigned(root) {
		if call, ok := typematch.Unwrap(o).(*ast.CallExpr); ok {
			calls = append(calls, call)
		}
	}
	for _, call := range calls {
		fn := typematch.Callee(c.info, call)
		if fn == nil || !strings.HasPrefix(fn.Name(), "Prepare") {
			continue
		}
		for _, a := range call.Args {
			if s, _ := c.sqlText(a); s != "" {
				return s
			}
		}
	}
	return ""
}

// checkDoc checks a value written as a document or model: a struct (its
// password fields), a map or bson.M/bson.D literal (its password keys), or
// an update document ({"$set": {...}}). sqlText, when not "", limits named
// SQL parameters to those the statement uses.
func (c *checker) checkDoc(e ast.Expr, where, sqlText string) {
	c.checkDocDepth(e, where, sqlText, 0)
}

func (c *checker) checkDocDepth(e ast.Expr, where, sqlText string, depth int) {
	if depth > 3 {
		return
	}
	t := typematch.TypeOf(c.info, e)
	if t == nil {
		return
	}
	// Documents built as literals: maps and bson.D.
	for _, o := range c.ix.Origins(e) {
		lit, ok := typematch.Unwrap(o).(*ast.CompositeLit)
		if !ok {
			continue
		}
		switch u := typematch.TypeOf(c.info, lit).Underlying().(type) {
		case *types.Map:
			for _, elt := range lit.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key, _ := typematch.StringConst(c.info, kv.Key)
				switch {
				case strings.HasPrefix(key, "$"):
					c.checkDocDepth(kv.Value, where, sqlText, depth+1)
				case names.IsPasswordStoreName(key) && usesParam(sqlText, key):
					v := c.eval(kv.Value, 0)
					v.at = kv
					c.sink(kv.Value, v, where, "", true)
				}
			}
			continue // and the keys written later (keyWrites)
		case *types.Slice:
			for _, elt := range lit.Elts {
				c.checkElem(elt, u.Elem(), where, sqlText, depth)
			}
			return
		case *types.Array:
			for _, elt := range lit.Elts {
				c.checkElem(elt, u.Elem(), where, sqlText, depth)
			}
			return
		}
	}
	// Maps filled key by key: updates["passwd"] = hash(pw).
	if _, ok := t.Underlying().(*types.Map); ok {
		if root, path := typematch.SelectorPath(c.info, e); root != nil && len(path) == 0 {
			for _, w := range c.keyWrites()[root] {
				if key, _ := typematch.StringConst(c.info, w.key); names.IsPasswordStoreName(key) && usesParam(sqlText, key) {
					v := c.eval(w.value, 0)
					v.at = w.at
					c.sink(e, v, where, "", true)
				}
			}
		}
		// A row map the function was given (Insert(row map[string]any)):
		// its callers say what the password key holds.
		if v := c.eval(e, 0); v.kind == kParam && v.field == "" && sqlText == "" {
			v.field = mapRow
			c.sink(e, v, where, "", true)
		}
		return
	}
	// Structs: every password field.
	st, ok := derefStruct(t)
	if !ok {
		if sl, ok := t.Underlying().(*types.Slice); ok {
			if _, ok := derefStruct(sl.Elem()); ok {
				c.checkSliceOfModels(e, where, sqlText, depth)
			}
		}
		return
	}
	if c.modelHashesOnSave(t) {
		return
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		tag := reflectTag(st.Tag(i))
		if !names.IsPasswordStoreName(f.Name()) || !isTextType(f.Type()) || tag["gorm"] == "-" || tag["bson"] == "-" || tag["db"] == "-" || c.remoteCredential(st, i) {
			continue
		}
		if sqlText != "" && !usesParam(sqlText, f.Name()) && !usesParam(sqlText, tag["db"]) {
			continue
		}
		c.sink(e, c.evalArgPath(e, []string{f.Name()}), where, "", true)
	}
}

// storeVerb names the methods that write into an app's own store.
var storeVerb = lazyre.New(`^(Write|Put|Set|Save|Store|Insert|Update|Upsert|Create)[A-Z]?`)

// keyedStoreCall handles a write into the app's own key-value or document
// store, a method of a persistence type (Database.Write(table, key,
// value), store.Put(key, value), repo.Save(user)): a key naming a password
// or its hash makes the value one; a struct handed to a store of any value
// is checked field by field.
// It reports whether the call was a keyed write; a struct value also goes
// on to the callee's own facts.
func (c *checker) keyedStoreCall(call *ast.CallExpr, fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || !isPersistenceType(sig.Recv().Type()) || !storeVerb.MatchString(fn.Name()) || len(call.Args) == 0 {
		return false
	}
	value := call.Args[len(call.Args)-1]
	for _, a := range call.Args[:len(call.Args)-1] {
		if s, ok := typematch.ConstPrefix(c.info, a); ok && names.IsPasswordStoreName(strings.Trim(s, "/:._-")) {
			c.sink(value, c.eval(value, 0), db, "", true)
			return true
		}
	}
	// A store of any value (Write(table, key string, value any)) keeps the
	// struct as it is; a typed method (CreateUser(*User)) is judged by what
	// its own body does, through its facts.
	last := sig.Params().At(sig.Params().Len() - 1).Type()
	if sig.Variadic() || !types.IsInterface(last) {
		return false
	}
	if t := typematch.TypeOf(c.info, value); t != nil {
		if _, ok := derefStruct(t); ok {
			c.checkDoc(value, db, "")
		}
	}
	return false
}

// A keyWrite is m[key] = value on a map variable.
type keyWrite struct {
	key, value ast.Expr
	at         ast.Node
}

// keyWrites indexes the package's writes to map variables by constant key,
// once.
func (c *checker) keyWrites() map[types.Object][]keyWrite {
	if c.mapWrites != nil {
		return c.mapWrites
	}
	c.mapWrites = map[types.Object][]keyWrite{}
	for cur := range c.ix.Inspector.Root().Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		if len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for i, l := range as.Lhs {
			ix, ok := ast.Unparen(l).(*ast.IndexExpr)
			if !ok {
				continue
			}
			if t := typematch.TypeOf(c.info, ix.X); t == nil {
				continue
			} else if _, isMap := t.Underlying().(*types.Map); !isMap {
				continue
			}
			if root, path := typematch.SelectorPath(c.info, ix.X); root != nil && len(path) == 0 {
				c.mapWrites[root] = append(c.mapWrites[root], keyWrite{key: ix.Index, value: as.Rhs[i], at: as})
			}
		}
	}
	return c.mapWrites
}

// checkElem checks an element of a bson.D / []interface{} literal.
func (c *checker) checkElem(elt ast.Expr, elemType types.Type, where, sqlText string, depth int) {
	lit, ok := typematch.Unwrap(elt).(*ast.CompositeLit)
	if !ok {
		c.checkDocDepth(elt, where, sqlText, depth+1)
		return
	}
	st, ok := derefStruct(elemType)
	if !ok || st.NumFields() < 2 {
		c.checkDocDepth(elt, where, sqlText, depth+1)
		return
	}
	// bson.E{Key: k, Value: v} or {k, v}.
	var key, val ast.Expr
	if k, ok := typematch.Field(lit, "Key"); ok {
		key = k
		val, _ = typematch.Field(lit, "Value")
	} else if len(lit.Elts) == 2 {
		if _, kv := lit.Elts[0].(*ast.KeyValueExpr); !kv {
			key, val = lit.Elts[0], lit.Elts[1]
		}
	}
	if key == nil || val == nil {
		c.checkDocDepth(elt, where, sqlText, depth+1)
		return
	}
	s, _ := typematch.StringConst(c.info, key)
	switch {
	case strings.HasPrefix(s, "$"):
		c.checkDocDepth(val, where, sqlText, depth+1)
	case names.IsPasswordName(s):
		v := c.eval(val, 0)
		v.at = lit
		c.sink(val, v, where, "", true)
	}
}

func (c *checker) checkSliceOfModels(e ast.Expr, where, sqlText string, depth int) {
	for _, o := range c.ix.Origins(e) {
		if lit, ok := typematch.Unwrap(o).(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				c.checkDocDepth(elt, where, sqlText, depth+1)
			}
		}
	}
}

// usesParam reports whether named SQL uses :name (any case); an empty SQL
// text (not SQL) accepts every name.
func usesParam(sqlText, name string) bool {
	if sqlText == "" {
		return true
	}
	if name == "" {
		return false
	}
	return strings.Contains(strings.ToLower(sqlText), ":"+strings.ToLower(name))
}

// modelHashesOnSave reports whether a model type has a gorm hook
// (BeforeSave, BeforeCreate, BeforeUpdate) or a mongo/ORM hook that hashes.
func (c *checker) modelHashesOnSave(t types.Type) bool {
	n := typematch.NamedOf(t)
	if n == nil {
		return false
	}
	ms := types.NewMethodSet(types.NewPointer(n))
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !golib.IsORMHook(fn.Name()) {
			continue
		}
		if f := c.hasher(fn); f != nil && f.Alg == "" {
			return true
		}
		if names.HasWord(names.Words(fn.Name()), hasherWords...) {
			return true
		}
	}
	return false
}

// ormCall handles ORM writes of a model or a column (gorm's Create, Save,
// Update, Updates, FirstOrCreate).
func (c *checker) ormCall(call *ast.CallExpr, fn *types.Func) bool {

	switch golib.ORMWriteOf(fn) {
	case golib.NoORMWrite:
		return false
	case golib.ORMWriteColumn:
		if len(call.Args) == 2 {
			if s, ok := typematch.StringConst(c.info, call.Args[0]); ok && names.IsPasswordName(s) {
				if !c.ormModelHashes(call) {
					c.sink(call.Args[1], c.eval(call.Args[1], 0), db, "", true)
				}
			}
		}
	case golib.ORMWriteTableRow:
		if len(call.Args) > 1 {
			c.checkDoc(call.Args[1], db, "")
		}
	case golib.ORMWriteChain:
		if m := c.chainedModel(call); m != nil && !c.modelHashesOnSave(typematch.TypeOf(c.info, m)) {
			c.checkDoc(m, db, "")
		}
	default:
		if len(call.Args) > 0 && !c.ormModelHashes(call) {
			c.checkDoc(call.Args[0], db, "")
		}
	}
	return true
}

// chainedModel returns the model a chained ORM write stores: the argument
// of the Model call before it (db.Model(&u).Insert()), or nil.
func (c *checker) chainedModel(call *ast.CallExpr) ast.Expr {
	for e := call.Fun; ; {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return nil
		}
		if golib.IsORMModel(typematch.Callee(c.info, inner)) && len(inner.Args) == 1 {
			return inner.Args[0]
		}
		e = inner.Fun
	}
}

// fieldSetterCall handles a generated query builder's field setter:
// client.User.Create().SetPassword(p) stores p in the password column.
func (c *checker) fieldSetterCall(call *ast.CallExpr, fn *types.Func) bool {
	field, ok := golib.IsORMFieldSetter(fn)
	if !ok {
		return false
	}
	if names.IsPasswordName(field) && len(call.Args) == 1 {
		c.sink(call.Args[0], c.eval(call.Args[0], 0), db, "", true)
	}
	return true
}

// ormModelHashes reports whether db.Model(&u) in the call chain names a
// model whose hook hashes.
func (c *checker) ormModelHashes(call *ast.CallExpr) bool {
	for e := call.Fun; ; {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		if golib.IsORMModel(typematch.Callee(c.info, inner)) && len(inner.Args) == 1 {
			return c.modelHashesOnSave(typematch.TypeOf(c.info, inner.Args[0]))
		}
		e = inner.Fun
	}
}

// documentCall handles document-store writes (the mongo Collection's
// insert, update and replace).
func (c *checker) documentCall(call *ast.CallExpr, fn *types.Func) bool {
	idx := golib.DocumentWriteArg(fn)
	if idx < 0 {
		return false
	}
	if idx < len(call.Args) {
		c.checkDoc(call.Args[idx], db, "")
	}
	return true
}

// fileCall handles os.WriteFile, (*os.File).Write/WriteString, fmt.Fprint*
// to a file and json.NewEncoder(file).Encode(v). Only passwords read from
// the request count here: programs legitimately write configuration
// secrets to files.
func (c *checker) fileCall(call *ast.CallExpr, fn *types.Func) bool {
	const where = "a file"
	switch {
	case typematch.IsFunc(fn, "os", "WriteFile") && len(call.Args) == 3:
		c.fileData(call.Args[1], where)
	case typematch.IsMethod(fn, "os", "File", "Write", "WriteString") && len(call.Args) == 1:
		c.fileData(call.Args[0], where)
	case typematch.IsFunc(fn, "fmt", "Fprint", "Fprintf", "Fprintln") && len(call.Args) > 1 && typematch.IsNamed(typematch.TypeOf(c.info, call.Args[0]), "os", "File"):
		for _, a := range call.Args[1:] {
			c.fileData(a, where)
		}
	case typematch.IsMethod(fn, "encoding/json", "Encoder", "Encode") && len(call.Args) == 1:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		for _, o := range c.ix.Origins(sel.X) {
			if enc, ok := typematch.Unwrap(o).(*ast.CallExpr); ok && typematch.IsFunc(typematch.Callee(c.info, enc), "encoding/json", "NewEncoder") && len(enc.Args) == 1 &&
				typematch.IsNamed(typematch.TypeOf(c.info, enc.Args[0]), "os", "File") {
				c.checkDoc(call.Args[0], where, "")
			}
		}
	default:
		return false
	}
	return true
}

// fileData checks bytes written to a file, looking through json.Marshal.
func (c *checker) fileData(e ast.Expr, where string) {
	for _, o := range c.ix.Origins(e) {
		if call, ok := typematch.Unwrap(o).(*ast.CallExpr); ok {
			if typematch.IsFunc(typematch.Callee(c.info, call), "encoding/json", "Marshal", "MarshalIndent") && len(call.Args) > 0 {
				c.checkDoc(call.Args[0], where, "")
				return
			}
		}
	}
	if id, ok := typematch.Unwrap(e).(*ast.Ident); ok {
		if call := c.ix.TupleCall(c.info.ObjectOf(id)); call != nil && typematch.IsFunc(typematch.Callee(c.info, call), "encoding/json", "Marshal", "MarshalIndent") && len(call.Args) > 0 {
			c.checkDoc(call.Args[0], where, "")
			return
		}
	}
	c.sink(e, c.eval(e, 0), where, "", false)
}

// reportUncalledStorers reports, at the write, an exported function or
// method that stores a parameter named like a password as is and has no
// caller in its package: CreateUser(db, email, password string) inserting
// password, a service's ChangePass(id, newPass) saving it. Its callers live
// elsewhere, and the name says what they pass; they stay silent.
func (c *checker) reportUncalledStorers() {
	for ps, byFn := range c.sinkNodes {
		if ps.Field != "" {
			continue
		}
		for fn, sites := range byFn {
			// Methods of a persistence layer (a repository, a store) are left
			// to their callers: services call them with a hash they made
			// first, whatever the parameter is called.
			sig := fn.Type().(*types.Signature)
			if !fn.Exported() || sig.Recv() != nil && isPersistenceType(sig.Recv().Type()) || len(c.ix.Callers(fn)) > 0 ||
				gomod.IsNonProductionFile(c.pass.Fset.File(fn.Pos()).Name()) {
				continue
			}
			for _, site := range sites {
				c.sink(site.node, verdict{kind: kPlain, at: site.node}, ps.Sink, "", false)
			}
			c.stores[fn].AtSink = true
		}
	}
}

// checkPBKDF2 reports PBKDF2 of a password with a constant iteration count
// below minPBKDF2.
func (c *checker) checkPBKDF2() {
	for cur := range c.ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := typematch.Callee(c.info, call)
		pi, ii, ok := golib.PBKDF2Args(fn, len(call.Args))
		if !ok {
			continue
		}
		pw, iter := call.Args[pi], call.Args[ii]
		n, ok := typematch.IntConst(c.info, iter)
		if !ok {
			for _, o := range c.ix.Origins(iter) {
				n, ok = typematch.IntConst(c.info, o)
			}
		}
		if !ok || n >= minPBKDF2 || !c.passwordish(pw, 0) {
			continue
		}
		c.report = true
		c.emit(iter, fmt.Sprintf("password hashed with PBKDF2 at only %d iterations, which GPUs brute-force; use at least 600000 with SHA-256 (OWASP) or argon2id (github.com/sessionlint/sessionlint/session/password)", n))
	}
}

// isPersistenceType reports whether a receiver type is a persistence layer
// (UserRepository, userStore, DAO), whose password parameters carry the
// hash its callers made.
// importsStore reports whether a package imports one of the app's own
// storage packages (named like database, store, repo), whose methods
// keyedStoreCall judges.
func importsStore(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if names.HasWord(names.Words(imp.Name()), "repo", "repository", "store", "storage", "dao", "db", "database", "persistence", "sysdb") {
			return true
		}
	}
	return false
}

func isPersistenceType(t types.Type) bool {
	n := typematch.NamedOf(t)
	if n == nil {
		return false
	}
	// The type's name (UserRepository), or, for a type named after its
	// engine (psql.Postgres), the engine or its package.
	words := names.Words(n.Obj().Name())
	if pkg := n.Obj().Pkg(); pkg != nil {
		words = append(words, names.Words(pkg.Name())...)
	}
	return names.HasWord(words, "repo", "repository", "repositories", "store", "storage",
		"dao", "db", "database", "queries", "persistence", "gateway", "table", "model",
		"postgres", "postgresql", "pg", "psql", "mysql", "sqlite", "mongo", "mongodb", "sql", "bolt", "badger", "datastore")
}
