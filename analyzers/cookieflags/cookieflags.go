package cookieflags

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/confile"
	"github.com/sessionlint/sessionlint/analyzers/internal/flow"
	"github.com/sessionlint/sessionlint/analyzers/internal/golib"
	"github.com/sessionlint/sessionlint/analyzers/internal/gomod"
	"github.com/sessionlint/sessionlint/analyzers/internal/names"
	"github.com/sessionlint/sessionlint/analyzers/internal/trace"
	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
	"github.com/sessionlint/sessionlint/catalog"
)

// Analyzer reports session and auth cookies sent without Secure, HttpOnly or
// SameSite.
var Analyzer = &analysis.Analyzer{
	Name:      "cookieflags",
	Doc:       catalog.AnalyzerDoc("cookieflags"),
	URL:       catalog.DocURL("cookieflags"),
	Requires:  []*analysis.Analyzer{inspect.Analyzer, trace.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{(*configuresProvider)(nil), (*cookieSetter)(nil)},
}

// configuresProvider marks a package that sets the session cookie of a
// provider-configured module (beego's BConfig): it reports what is
// missing, so a package that only calls Run does not report it again.
type configuresProvider struct{}

func (*configuresProvider) AFact()         {}
func (*configuresProvider) String() string { return "configuresProvider" }

// The state of one attribute.
type state uint8

const (
	unset state = iota // absent: the zero value applies
	off                // explicitly false (or SameSite default/disabled)
	none               // SameSite=None
	on                 // set, or set from configuration
)

type checker struct {
	pass     *analysis.Pass
	info     *types.Info
	ix       *trace.Values
	h        *trace.Values
	consumed map[token.Pos]bool    // writes already reported with their literal
	client   map[types.Object]bool // variables passed to AddCookie/SetCookies
	files    map[*token.File]*ast.File
	scope    *ast.FuncDecl // the function of the literal being judged
	notes    []configNote  // attributes that a shipped configuration file turned off
}

// A configNote says which configuration key decided an attribute, for the
// finding whose range holds the value read from it.
type configNote struct {
	pos  token.Pos
	text string
}

// writesBelow returns the writes below holders at path; writes through a
// struct field (sess.Options.Secure) count only in the literal's function,
// since the field is shared by every value of its type.
func (c *checker) writesBelow(holders []types.Object, path ...string) []trace.HeldWrite {
	var out []trace.HeldWrite
	for _, w := range c.h.WritesBelow(holders, path...) {
		if v, ok := w.Holder.(*types.Var); ok && v.IsField() && typematch.EnclosingFuncDecl(w.Cursor) != c.scope {
			continue
		}
		out = append(out, w)
	}
	return out
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !typematch.Imports(pass.Pkg, golib.CookieLibPaths...) && !golib.ImportsGorillaStore(pass.Pkg) && !importsSetter(pass) && !writesSetCookie(ins) {
		return nil, nil
	}
	ix := pass.ResultOf[trace.Analyzer].(*trace.Values)
	// A finding decided by a shipped configuration file names its key.
	report := pass.Report
	var c *checker
	pass.Report = func(d analysis.Diagnostic) {
		for _, n := range c.notes {
			if d.Pos <= n.pos && n.pos < d.End {
				d.Message = strings.Replace(d.Message, ";", " ("+n.text+");", 1)
				break
			}
		}
		report(d)
	}
	c = &checker{pass: pass, info: pass.TypesInfo, ix: ix, h: ix,
		consumed: make(map[token.Pos]bool), client: make(map[types.Object]bool), files: make(map[*token.File]*ast.File)}
	for _, f := range pass.Files {
		c.files[pass.Fset.File(f.Pos())] = f
	}
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if fn := typematch.Callee(c.info, call); fn != nil && (fn.Name() == "AddCookie" || fn.Name() == "SetCookies") {
			for _, a := range call.Args {
				if k := trace.HolderKey(c.info, a); k != nil {
					c.client[k] = true
				}
			}
		}
	}

	for cur := range ins.Root().Preorder((*ast.CompositeLit)(nil)) {
		if c.skip(cur) {
			continue
		}
		lit := cur.Node().(*ast.CompositeLit)
		if s := golib.OptionTypeOf(typematch.TypeOf(c.info, lit)); s != nil && !s.WritesOnly && (s.Secure != "" || s.SameSite != "") {
			c.literal(cur, lit, lit, s)
			continue
		}
		if t := typematch.TypeOf(c.info, lit); t != nil {
			if _, isMap := t.Underlying().(*types.Map); isMap {
				c.scope = typematch.EnclosingFuncDecl(cur)
				c.headerMap(lit)
			}
		}
	}
	// cookie := new(http.Cookie); cookie.Name = ...: an empty literal whose
	// fields are written one by one.
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || id.Name != "new" || len(call.Args) != 1 || c.skip(cur) {
			continue
		}
		if _, builtin := c.info.Uses[ast.Unparen(call.Fun).(*ast.Ident)].(*types.Builtin); !builtin {
			continue
		}
		tv, ok := c.info.Types[call.Args[0]]
		if !ok || !tv.IsType() {
			continue
		}
		if s := golib.OptionTypeOf(tv.Type); s.IsCookie() && !s.WritesOnly {
			c.literal(cur, &ast.CompositeLit{Lbrace: call.Pos(), Rbrace: call.End() - 1}, call, s)
		}
	}
	c.writes()
	c.providerSessions(ins)
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		if c.skip(cur) {
			continue
		}
		c.call(cur, cur.Node().(*ast.CallExpr))
	}
	return nil, nil
}

func (c *checker) skip(cur inspector.Cursor) bool {
	name := c.pass.Fset.File(cur.Node().Pos()).Name()
	return strings.HasSuffix(name, "_test.go") || flow.InDevelopmentBranch(c.info, cur)
}

// boolState evaluates a boolean attribute expression.
func (c *checker) boolState(e ast.Expr, inverted bool) state {
	origins := c.ix.Origins(e)
	for _, o := range origins {
		v, ok := typematch.BoolConst(c.info, o)
		if !ok {
			var key string
			v, key, ok = c.shippedBool(o, 0)
			if ok && v == inverted {
				c.notes = append(c.notes, configNote{e.Pos(), fmt.Sprintf("the shipped configuration sets %s: %t", key, v)})
			}
		}
		if !ok || v != inverted {
			return on
		}
	}
	return off
}

// shippedBool reads a config field (cfg.HTTP.SecureCookie) from the
// configuration file the repository ships: a literal false there is what
// every deployment that does not override it runs with.
func (c *checker) shippedBool(e ast.Expr, depth int) (bool, string, bool) {
	if depth > 3 {
		return false, "", false
	}
	// A parameter: what every caller in the package passes.
	if id, ok := typematch.Unwrap(e).(*ast.Ident); ok {
		pv, ok := c.info.ObjectOf(id).(*types.Var)
		if !ok {
			return false, "", false
		}
		p, ok := c.ix.ParamOf(pv)
		if !ok {
			return false, "", false
		}
		calls := c.ix.Callers(p.Fn)
		if len(calls) == 0 {
			return false, "", false
		}
		result, key := false, ""
		for _, call := range calls {
			if p.Index >= len(call.Args) {
				return false, "", false
			}
			v, k, ok := c.shippedBool(call.Args[p.Index], depth+1)
			if !ok {
				return false, "", false
			}
			result, key = result || v, k
		}
		return result, key, true
	}
	if _, ok := typematch.Unwrap(e).(*ast.SelectorExpr); !ok {
		return false, "", false
	}
	v, ok := confile.Lookup(c.pass, e)
	if !ok || v.Node.Tag != "!!bool" {
		return false, "", false
	}
	return strings.EqualFold(v.Node.Value, "true"), strings.Join(v.Keys, "."), true
}

// sameSiteState evaluates a SameSite expression (http.SameSite or fiber's
// string).
func (c *checker) sameSiteState(e ast.Expr, str bool) state {
	worst := on
	for _, o := range c.ix.Origins(e) {
		var st state
		if str {
			s, ok := typematch.StringConst(c.info, o)
			switch v := strings.ToLower(s); {
			case !ok:
				return on
			case v == "none":
				st = none
			case v == "disabled":
				st = off
			default:
				st = on
			}
		} else {
			n, ok := typematch.IntConst(c.info, o)
			switch {
			case !ok:
				return on
			case n <= 1: // unset, http.SameSiteDefaultMode
				st = off
			case n == 4: // http.SameSiteNoneMode
				st = none
			default:
				st = on
			}
		}
		if st < worst {
			worst = st
		}
	}
	return worst
}

// An attrResult is an attribute's combined state and the node that turned
// it off, if any.
type attrResult struct {
	st    state
	offKV *ast.KeyValueExpr // the literal's element that turns it off
	write *trace.HeldWrite  // a write that turns it off
}

func (c *checker) attr(lit *ast.CompositeLit, holders []types.Object, field string, eval func(ast.Expr) state) attrResult {
	var r attrResult
	best := unset
	if lit != nil {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
					best = eval(kv.Value)
					if best == off {
						r.offKV = kv
					}
				}
			}
		}
	}
	for _, w := range c.writesBelow(holders, field) {
		st := eval(w.Value)
		if st == off && r.write == nil {
			w := w
			r.write = &w
		}
		if st > best {
			best = st
		}
	}
	r.st = best
	return r
}

// missing lists the attributes a literal (with the writes to its holders)
// leaves off; deleted is true for a deletion cookie.
type verdict struct {
	missing  []string // "Secure", "HttpOnly", "SameSite"
	results  map[string]attrResult
	deleted  bool
	noneNote bool
}

func (c *checker) judge(lit *ast.CompositeLit, holders []types.Object, s *golib.OptionType) verdict {
	v := verdict{results: make(map[string]attrResult)}
	value := ""
	if s.IsCookie() {
		value = s.Value
	}
	// The literal, or a MaxAge < 0 written to it afterwards. Writes of the
	// value only matter when the literal leaves it out.
	valueLater := false
	if _, inLit := typematch.Field(lit, value); value != "" && !inLit {
		valueLater = len(c.writesBelow(holders, value)) > 0
	}
	v.deleted = c.h.DeletesCookie(lit, s.MaxAge, s.Expires, value, valueLater)
	if s.MaxAge != "" {
		for _, w := range c.writesBelow(holders, s.MaxAge) {
			if n, ok := c.h.ConstSeconds(w.Value, 1); ok && n < 0 {
				v.deleted = true
			}
		}
	}
	if v.deleted {
		return v
	}
	boolEval := func(inv bool) func(ast.Expr) state {
		return func(e ast.Expr) state { return c.boolState(e, inv) }
	}
	var sec, ho, ss attrResult
	ss.st = on
	if s.SameSite != "" {
		ss = c.attr(lit, holders, s.SameSite, func(e ast.Expr) state { return c.sameSiteState(e, s.SameSiteString) })
		if ss.st == unset && s.SameSiteString {
			ss.st = on // fiber: "" means Lax
		}
	}
	sec.st = on
	if s.Secure != "" {
		sec = c.attr(lit, holders, s.Secure, boolEval(false))
		if s.NoneForcesSecure && ss.st == none {
			sec.st = on
		}
	}
	ho.st = on
	if s.HttpOnly != "" {
		ho = c.attr(lit, holders, s.HttpOnly, boolEval(s.HttpOnlyInverted))
		if s.HttpOnlyInverted && ho.st == unset {
			ho.st = on
		}
	}
	if sec.st != on {
		v.missing = append(v.missing, "Secure")
		v.results["Secure"] = sec
		v.noneNote = ss.st == none
	}
	if ho.st != on {
		v.missing = append(v.missing, "HttpOnly")
		v.results["HttpOnly"] = ho
	}
	if ss.st == unset || ss.st == off {
		v.missing = append(v.missing, "SameSite")
		v.results["SameSite"] = ss
	}
	return v
}

// literal judges a literal of an option type; at is the expression that
// builds it (the literal, or new(T) standing for an empty one).
func (c *checker) literal(cur inspector.Cursor, lit *ast.CompositeLit, at ast.Expr, s *golib.OptionType) {
	if len(lit.Elts) > 0 {
		if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); !keyed {
			return
		}
	}
	c.scope = typematch.EnclosingFuncDecl(cur)
	holders := c.h.HoldersOf(at)
	if p := cur.Parent(); p.Node() != nil {
		if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
			holders = append(holders, c.h.HoldersOf(u)...)
		}
	}
	for _, k := range holders {
		if c.client[k] {
			return
		}
	}
	if isClientArg(c.info, cur) {
		return
	}
	// The default options of a store the package implements: judged where
	// the app uses the store (ThirdPartyGorillaStore), not here.
	for outer := range cur.Parent().Enclosing((*ast.CompositeLit)(nil)) {
		if golib.IsStoreImplementation(c.pass.Pkg, typematch.TypeOf(c.info, outer.Node().(*ast.CompositeLit))) {
			return
		}
		break
	}
	if s.Enable != "" {
		e, ok := typematch.Field(lit, s.Enable)
		if !ok || c.boolState(e, false) != on {
			return // beego: no cookie is set
		}
	}
	if s.KeyLookup != "" {
		if e, ok := typematch.Field(lit, s.KeyLookup); ok {
			if v, ok := typematch.ConstPrefix(c.info, e); !ok || !strings.HasPrefix(v, "cookie:") {
				return
			}
		}
	}
	if s.Extractor != "" {
		if e, ok := typematch.Field(lit, s.Extractor); ok && !golib.IsCookieExtractor(c.info, e) {
			return
		}
	}
	subject := s.Subject
	if s.IsCookie() {
		nameExpr, _ := typematch.Field(lit, s.Name)
		valueExpr, _ := typematch.Field(lit, s.Value)
		if nameExpr == nil {
			if ws := c.writesBelow(holders, s.Name); len(ws) > 0 {
				nameExpr = ws[0].Value
			}
		}
		id := c.h.IdentifyCookie(nameExpr, valueExpr, typematch.EnclosingFuncDecl(cur))
		if !id.Session {
			c.exportSetter(cur, lit, holders, s, nameExpr, valueExpr)
			return
		}
		if id.Name != "" {
			subject = fmt.Sprintf("session cookie %q", id.Name)
		}
	}
	v := c.judge(lit, holders, s)
	if v.deleted || len(v.missing) == 0 {
		return
	}
	// Report at the literal's element that turns an attribute off
	// (Secure: false), where the reader looks, else at the literal.
	var pos ast.Node = at
	for _, a := range v.missing {
		r := v.results[a]
		if r.write != nil {
			c.consumed[r.write.Cursor.Node().Pos()] = true
		}
	}
	for _, a := range v.missing {
		// A literal off (Secure: false), not a value from configuration,
		// which is reported at the literal with the key that decided it.
		if kv := v.results[a].offKV; kv != nil && (len(v.missing) == 1 || isConstExpr(c.info, kv.Value)) {
			pos = kv
			break
		}
	}
	d := analysis.Diagnostic{Pos: pos.Pos(), End: pos.End(), Message: message(subject, v.missing, v.noneNote, fixPhrase(s, v.missing))}
	if fix := c.literalFix(lit, s, v); fix != nil && ast.Expr(lit) == at {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.pass.Report(d)
}

// isClientArg reports whether a cookie literal is handed to an HTTP client
// (req.AddCookie, jar.SetCookies), where its attributes do not matter.
func isClientArg(info *types.Info, cur inspector.Cursor) bool {
	for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.UnaryExpr, *ast.CompositeLit, *ast.ParenExpr:
			continue
		case *ast.CallExpr:
			fn := typematch.Callee(info, n)
			return fn != nil && (fn.Name() == "AddCookie" || fn.Name() == "SetCookies")
		}
		return false
	}
	return false
}

var reasons = map[string]string{
	"Secure":   "it can leak over plain HTTP",
	"HttpOnly": "scripts can read it",
	"SameSite": "browsers attach it to cross-site requests",
}

func message(subject string, missing []string, noneNote bool, fix string) string {
	var why []string
	for _, m := range missing {
		why = append(why, reasons[m])
	}
	note := ""
	if noneNote {
		note = " (SameSite=None requires Secure)"
	}
	return fmt.Sprintf("%s is sent without %s%s, so %s; set %s", subject, join(missing), note, join(why), fix)
}

func join(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// fixPhrase names the settings that fix the missing attributes, in the
// type's own spelling.
func fixPhrase(s *golib.OptionType, missing []string) string {
	var out []string
	for _, m := range missing {
		out = append(out, setting(s, m, "http"))
	}
	return join(out)
}

func setting(s *golib.OptionType, attr, httpName string) string {
	switch attr {
	case "Secure":
		return s.Secure + ": true"
	case "HttpOnly":
		if s.HttpOnlyInverted {
			return s.HttpOnly + ": false"
		}
		return s.HttpOnly + ": true"
	default:
		if s.SameSiteString {
			return s.SameSite + `: "Lax"`
		}
		if httpName != "" && httpName != "." {
			return s.SameSite + ": " + httpName + ".SameSiteLaxMode"
		}
		return s.SameSite + ": SameSiteLaxMode"
	}
}

// literalFix turns explicit false values true and adds the missing fields.
func (c *checker) literalFix(lit *ast.CompositeLit, s *golib.OptionType, v verdict) *analysis.SuggestedFix {
	file := c.files[c.pass.Fset.File(lit.Pos())]
	httpName := typematch.ImportName(file, "net/http")
	var edits []analysis.TextEdit
	var added, done []string
	for _, m := range v.missing {
		r := v.results[m]
		if m == "SameSite" && !s.SameSiteString && (httpName == "" || httpName == ".") {
			continue
		}
		set := setting(s, m, httpName)
		switch {
		case r.write != nil:
			continue // turned off elsewhere: no blind edit
		case r.offKV != nil:
			val := set[strings.Index(set, ": ")+2:]
			if m != "SameSite" {
				if _, isLit := typematch.IsLiteralBool(c.info, r.offKV.Value); !isLit {
					continue
				}
			} else if !isConstExpr(c.info, r.offKV.Value) {
				continue
			}
			edits = append(edits, analysis.TextEdit{Pos: r.offKV.Value.Pos(), End: r.offKV.Value.End(), NewText: []byte(val)})
			done = append(done, set)
		case r.st == unset:
			added = append(added, set)
			done = append(done, set)
		}
	}
	if len(added) > 0 {
		edit, ok := c.insertFields(lit, added)
		if !ok {
			return nil
		}
		edits = append(edits, edit)
	}
	if len(edits) == 0 {
		return nil
	}
	return &analysis.SuggestedFix{Message: "Set " + join(done), TextEdits: edits}
}

func isConstExpr(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil
}

// insertFields adds keyed elements before the literal's closing brace,
// keeping the literal's layout (one element per line, or a single line).
func (c *checker) insertFields(lit *ast.CompositeLit, fields []string) (analysis.TextEdit, bool) {
	tf := c.pass.Fset.File(lit.Pos())
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil {
		return analysis.TextEdit{}, false
	}
	rb := tf.Offset(lit.Rbrace)
	if rb > len(src) {
		return analysis.TextEdit{}, false
	}
	multiline := len(lit.Elts) > 0 && tf.Line(lit.Rbrace) > tf.Line(lit.Elts[len(lit.Elts)-1].End())
	if multiline {
		lineStart := strings.LastIndexByte(string(src[:rb]), '\n') + 1
		indent := string(src[lineStart:rb])
		if strings.TrimSpace(indent) != "" {
			return analysis.TextEdit{}, false
		}
		text := "\t" + strings.Join(fields, ",\n"+indent+"\t") + ",\n" + indent
		return analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(text)}, true
	}
	text := strings.Join(fields, ", ")
	before := strings.TrimRight(string(src[tf.Offset(lit.Lbrace)+1:rb]), " \t")
	switch {
	case len(lit.Elts) == 0:
	case strings.HasSuffix(before, ","):
		text = " " + text
	default:
		text = ", " + text
	}
	return analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(text)}, true
}

// writes reports explicit writes that turn Secure or HttpOnly off, such as
// session.Options.Secure = false or sm.Cookie.HttpOnly = false, unless they
// were reported with their literal.
func (c *checker) writes() {
	for _, w := range c.h.AllWrites() {
		if len(w.Path) != 1 || c.consumed[w.Cursor.Node().Pos()] || c.skip(w.Cursor) {
			continue
		}
		s := golib.OptionTypeOf(typematch.TypeOf(c.info, w.Prefix))
		if s == nil {
			continue
		}
		var attr string
		switch w.Path[0] {
		case "":
			continue
		case s.Secure:
			if c.boolState(w.Value, false) == off {
				attr = "Secure"
			}
		case s.HttpOnly:
			if c.boolState(w.Value, s.HttpOnlyInverted) == off {
				attr = "HttpOnly"
			}
		case s.SameSite:
			if c.sameSiteState(w.Value, s.SameSiteString) == off {
				attr = "SameSite" // set explicitly to the default: no SameSite
			}
		}
		if attr == "" {
			continue
		}
		subject := s.Subject
		if s.IsCookie() {
			// A cookie built by a literal was judged with it.
			cookieLit := false
			var nameExpr ast.Expr = w.Prefix
			for _, o := range c.h.OriginsViaTuples(w.Prefix) {
				switch o := o.(type) {
				case *ast.CompositeLit:
					cookieLit = true
				case *ast.CallExpr:
					if fn := typematch.Callee(c.info, o); fn != nil && fn.Name() == "Cookie" && len(o.Args) == 1 {
						nameExpr = o.Args[0] // r.Cookie("session")
					}
				}
			}
			if cookieLit {
				continue
			}
			id := c.h.IdentifyCookie(nameExpr, nil, typematch.EnclosingFuncDecl(w.Cursor))
			if !id.Session {
				continue
			}
			if id.Name != "" {
				subject = fmt.Sprintf("session cookie %q", id.Name)
			}
		}
		assign := w.Cursor.Node().(*ast.AssignStmt)
		d := analysis.Diagnostic{Pos: assign.Pos(), End: assign.End(),
			Message: message(subject, []string{attr}, false, fixPhrase(s, []string{attr}))}
		if v, isLit := typematch.IsLiteralBool(c.info, w.Value); isLit {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   fmt.Sprintf("Set %s to %v", w.Path[0], !v),
				TextEdits: []analysis.TextEdit{{Pos: w.Value.Pos(), End: w.Value.End(), NewText: fmt.Appendf(nil, "%v", !v)}},
			}}
		}
		c.pass.Report(d)
	}
}

// call handles the calls whose arguments or library defaults decide the
// attributes: gin's c.SetCookie and the session constructors.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	fn := typematch.Callee(c.info, call)
	if fn == nil {
		return
	}
	if setter := golib.CookieSetterOf(fn, call); setter != nil {
		c.setCookieCall(cur, call, setter)
		return
	}
	if c.setterCall(cur, call, fn) {
		return
	}
	c.scope = typematch.EnclosingFuncDecl(cur)
	c.headerCall(call)
	if d := golib.SessionDefaultsOf(fn); d != nil {
		version := ""
		if d.VersionModule != "" {
			version = gomod.ModuleVersion(c.pass, d.VersionModule)
		}
		missing := d.Missing
		if missing == nil {
			missing = golib.GorillaCookieDefaults(version)
		}
		switch d.Kind {
		case golib.GorillaStore:
			c.gorillaDefaults(call, d, missing, version)
		case golib.GinStore:
			c.ginDefaults(call, d, missing, version)
		case golib.SCSManager:
			c.scsDefaults(call, d)
		case golib.FiberSession:
			c.fiberDefaults(call, d, missing)
		}
		return
	}
	if golib.ThirdPartyGorillaStore(c.pass.Pkg, fn) && gomod.FromDependency(c.pass, fn.Pkg().Path()) {
		path := typematch.FuncPkgPath(fn)
		name := path[strings.LastIndex(path, "/")+1:]
		c.gorillaDefaults(call, &golib.SessionDefaults{Kind: golib.GorillaStore, Store: name + " store", Of: path},
			[]string{"Secure", "HttpOnly", "SameSite"}, "")
		return
	}
	if golib.FreshSession.Matches(fn) {
		c.freshSession(call)
		return
	}
	if opt := golib.CookieOptionFuncOf(fn); opt != nil && len(call.Args) == 1 {
		if v, isLit := typematch.IsLiteralBool(c.info, call.Args[0]); isLit && !v {
			c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
				Message: message(opt.Subject, []string{opt.Attr}, false, opt.Fix),
				SuggestedFixes: []analysis.SuggestedFix{{Message: "Pass true",
					TextEdits: []analysis.TextEdit{{Pos: call.Args[0].Pos(), End: call.Args[0].End(), NewText: []byte("true")}}}}})
		}
	}
}

// configured reports whether the package sets attr on any value of one of
// the option types (a store's or a session's options), or replaces such
// options wholesale with a value that is not a deletion.
func (c *checker) configuredWrite(s *golib.OptionType, attr string) bool {
	field := map[string]string{"Secure": s.Secure, "HttpOnly": s.HttpOnly, "SameSite": s.SameSite}[attr]
	for _, w := range c.h.AllWrites() {
		if len(w.Path) == 1 && w.Path[0] == field && golib.OptionTypeOf(typematch.TypeOf(c.info, w.Prefix)) == s {
			return true // an explicit false is reported at the write
		}
	}
	return false
}

// gorillaReplaced reports whether the package assigns a store's Options a
// new options value that is not a deletion, which replaces every default.
func (c *checker) gorillaReplaced(gs *golib.OptionType) bool {
	for _, w := range c.h.AllWrites() {
		if len(w.Path) == 1 && w.Path[0] == "Options" && golib.OptionTypeOf(typematch.TypeOf(c.info, w.Value)) == gs && !c.isDeletion(w.Value, gs.MaxAge) {
			return true
		}
	}
	return false
}

// isDeletion reports whether an options value is a literal with MaxAge < 0.
func (c *checker) isDeletion(e ast.Expr, maxAge string) bool {
	for _, o := range c.ix.Origins(e) {
		lit, ok := o.(*ast.CompositeLit)
		if !ok {
			return false
		}
		v, ok := typematch.Field(lit, maxAge)
		if !ok {
			return false
		}
		if n, ok := c.h.ConstSeconds(v, 1); !ok || n >= 0 {
			return false
		}
	}
	return true
}

// onlyFreshSessionsSaved reports whether every gorilla session the package
// saves was made by sessions.NewSession, whose Options start empty: the
// store's defaults then never reach a cookie. A package that saves none
// (the store is used elsewhere) does not count.
func (c *checker) onlyFreshSessionsSaved() bool {
	saves := 0
	for cur := range c.h.Inspector.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := typematch.Callee(c.info, call)
		if fn == nil || fn.Name() != "Save" {
			continue
		}
		var sess ast.Expr
		switch {
		case len(call.Args) == 3 && isGorillaSession(typematch.TypeOf(c.info, call.Args[2])):
			sess = call.Args[2] // store.Save(r, w, s)
		case len(call.Args) == 2:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && isGorillaSession(typematch.TypeOf(c.info, sel.X)) {
				sess = sel.X // s.Save(r, w)
			} else if typematch.PathMatches(typematch.FuncPkgPath(fn), golib.PathGorilla) {
				return false // sessions.Save(r, w): the registry's sessions
			}
		}
		if sess == nil {
			continue
		}
		saves++
		origins := c.h.Origins(sess)
		if len(origins) == 0 {
			return false
		}
		for _, o := range origins {
			oc, ok := typematch.Unwrap(o).(*ast.CallExpr)
			if !ok || !golib.FreshSession.Matches(typematch.Callee(c.info, oc)) {
				return false
			}
		}
	}
	return saves > 0
}

// onlyNonSessionCookies reports whether every gorilla session the package
// opens (store.Get(r, name), store.New(r, name)) is named like a cookie
// that holds no session (flash messages, a theme): such a store carries
// nothing an attacker could use.
func (c *checker) onlyNonSessionCookies() bool {
	opened := 0
	for cur := range c.h.Inspector.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := typematch.Callee(c.info, call)
		if fn == nil || fn.Name() != "Get" && fn.Name() != "New" || len(call.Args) != 2 {
			continue
		}
		if sig, ok := fn.Type().(*types.Signature); !ok || sig.Results().Len() == 0 || !isGorillaSession(sig.Results().At(0).Type()) {
			continue
		}
		name, ok := typematch.StringConst(c.info, call.Args[1])
		if !ok || !names.IsNotSessionCookieName(name) {
			return false
		}
		opened++
	}
	return opened > 0
}

func isGorillaSession(t types.Type) bool {
	n := typematch.NamedOf(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Name() == "Session" && typematch.PathMatches(n.Obj().Pkg().Path(), golib.PathGorilla)
}

func (c *checker) gorillaDefaults(call *ast.CallExpr, d *golib.SessionDefaults, defaults []string, version string) {
	gs := d.OptionType()
	if c.gorillaReplaced(gs) || c.onlyFreshSessionsSaved() || c.onlyNonSessionCookies() {
		return
	}
	var missing []string
	for _, a := range defaults {
		if !c.configuredWrite(gs, a) {
			missing = append(missing, a)
		}
	}
	if len(missing) == 0 {
		return
	}
	var sets []string
	for _, m := range missing {
		sets = append(sets, "store.Options."+strings.ReplaceAll(setting(gs, m, "http"), ":", " ="))
	}
	defaultsOf := d.Of
	if defaultsOf == "" {
		defaultsOf = golib.GorillaVersionName(version)
	}
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: message(fmt.Sprintf("the session cookie of this %s (%s defaults)", d.Store, defaultsOf), missing, false, join(sets))})
}

func (c *checker) ginDefaults(call *ast.CallExpr, d *golib.SessionDefaults, defaults []string, version string) {
	// Any store.Options(...) or session.Options(...) that is not a deletion
	// replaces the defaults; its literal is judged by itself.
	gs := d.OptionType()
	for cur := range c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root().Preorder((*ast.CallExpr)(nil)) {
		o := cur.Node().(*ast.CallExpr)
		if fn := typematch.Callee(c.info, o); fn != nil && fn.Name() == "Options" && len(o.Args) == 1 &&
			golib.OptionTypeOf(typematch.TypeOf(c.info, o.Args[0])) == gs && !c.isDeletion(o.Args[0], gs.MaxAge) {
			return
		}
	}
	var sets []string
	for _, m := range defaults {
		sets = append(sets, setting(gs, m, "http"))
	}
	defaultsOf := d.Of
	if defaultsOf == "" {
		defaultsOf = golib.GorillaVersionName(version)
	}
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: message(fmt.Sprintf("the session cookie of this gin-contrib/sessions %s (%s defaults)", d.Store, defaultsOf), defaults, false,
			"store.Options(sessions.Options{"+strings.Join(sets, ", ")+"})")})
}

func (c *checker) scsDefaults(call *ast.CallExpr, d *golib.SessionDefaults) {
	cs := d.OptionType()
	for _, w := range c.h.AllWrites() {
		if len(w.Path) == 1 && w.Path[0] == d.CookieField && typematch.IsNamed(typematch.TypeOf(c.info, w.Prefix), d.Func.Pkg, d.Manager) {
			return // Cookie replaced by a literal, judged by itself
		}
	}
	if c.configuredWrite(cs, "Secure") {
		return
	}
	name := "sessionManager"
	if hs := c.h.HoldersOf(call); len(hs) > 0 {
		name = hs[0].Name()
	}
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: message(d.Store, d.Missing, false, name+"."+d.CookieField+"."+cs.Secure+" = true ("+d.Of+" defaults Secure to false)")})
}

func (c *checker) fiberDefaults(call *ast.CallExpr, d *golib.SessionDefaults, missing []string) {
	if len(call.Args) > 0 {
		isDefault := false
		for _, o := range c.ix.Origins(call.Args[0]) {
			if sel, ok := o.(*ast.SelectorExpr); ok && sel.Sel.Name == "ConfigDefault" {
				isDefault = true
			}
		}
		if !isDefault {
			return // a literal is judged by itself; other values are configuration
		}
	}
	s := d.OptionType()
	diag := analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: message(s.Subject, missing, false, fixPhrase(s, missing)+" in session.Config ("+d.Of+" defaults both to false)")}
	if len(call.Args) == 0 {
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok {
				set := s.Secure + ": true, " + s.HttpOnly + ": true"
				diag.SuggestedFixes = []analysis.SuggestedFix{{
					Message: "Set " + strings.Replace(set, ", ", " and ", 1),
					TextEdits: []analysis.TextEdit{{Pos: call.Rparen, End: call.Rparen,
						NewText: []byte(x.Name + "." + s.Type + "{" + set + "}")}},
				}}
			}
		}
	}
	c.pass.Report(diag)
}

// setCookieCall checks a positional cookie setter such as gin's
// c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly) or
// beego's c.Ctx.SetCookie(name, value, others...), whose optional
// attributes are off when left out.
func (c *checker) setCookieCall(cur inspector.Cursor, call *ast.CallExpr, s *golib.CookieSetter) {
	if age := s.Arg(call, s.MaxAge); age != nil {
		if n, ok := c.h.ConstSeconds(age, 1); ok && n < 0 {
			return
		}
	}
	value := s.Arg(call, s.Value)
	if v, ok := typematch.StringConst(c.info, value); ok && v == "" {
		return
	}
	id := c.h.IdentifyCookie(s.Arg(call, s.Name), value, typematch.EnclosingFuncDecl(cur))
	if !id.Session {
		return
	}
	var missing, sets []string
	var offArgs []ast.Expr
	for _, a := range []struct {
		attr, fix string
		arg       int
	}{{"Secure", s.SecureFix, s.Secure}, {"HttpOnly", s.HttpOnlyFix, s.HttpOnly}} {
		arg := s.Arg(call, a.arg)
		if arg == nil || c.boolState(arg, false) == off {
			missing = append(missing, a.attr)
			sets = append(sets, a.fix)
			if arg != nil {
				offArgs = append(offArgs, arg)
			}
		}
	}
	sameSite := c.sameSiteCallSet()
	if s.SameSite >= 0 {
		arg := s.Arg(call, s.SameSite)
		sameSite = arg != nil && c.sameSiteState(arg, true) == on && !isEmptyString(c.info, arg)
	}
	if !sameSite {
		missing = append(missing, "SameSite")
		sets = append(sets, s.SameSiteFix)
	}
	if len(missing) == 0 {
		return
	}
	subject := "session cookie"
	if id.Name != "" {
		subject = fmt.Sprintf("session cookie %q", id.Name)
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: message(subject, missing, false, join(sets))}
	var edits []analysis.TextEdit
	for _, a := range offArgs {
		if _, isLit := typematch.IsLiteralBool(c.info, a); isLit {
			edits = append(edits, analysis.TextEdit{Pos: a.Pos(), End: a.End(), NewText: []byte("true")})
		}
	}
	if len(edits) > 0 {
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Pass true for secure and httpOnly", TextEdits: edits}}
	}
	c.pass.Report(d)
}

func isEmptyString(info *types.Info, e ast.Expr) bool {
	v, ok := typematch.StringConst(info, e)
	return ok && v == ""
}

// sameSiteCallSet reports whether the package sets SameSite for the cookies
// a positional setter writes (gin's c.SetSameSite) to a mode other than the
// default.
func (c *checker) sameSiteCallSet() bool {
	for cur := range c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if golib.IsSameSiteCall(typematch.Callee(c.info, call)) && len(call.Args) == 1 {
			if c.sameSiteState(call.Args[0], false) != off {
				return true
			}
		}
	}
	return false
}

// providerSessions judges the session cookie of a session module turned on
// by configuration (beego): its Secure follows the HTTPS switch, off by
// default, and its SameSite is unset unless configured. It is reported
// where sessions are turned on: a SessionOn = true write, or the Run call
// of an app whose config file turns them on.
// configuredElsewhere reports whether a package this one depends on sets
// the provider's session cookie (and reports on it).
func (c *checker) configuredElsewhere() bool {
	for _, pf := range c.pass.AllPackageFacts() {
		if _, ok := pf.Fact.(*configuresProvider); ok && pf.Package != c.pass.Pkg {
			return true
		}
	}
	return false
}

func (c *checker) providerSessions(ins *inspector.Inspector) {
	bs := golib.BeegoSessions
	if !typematch.Imports(c.pass.Pkg, bs.ConfigPkg) {
		return
	}
	var turnedOn []ast.Node
	https, sameSite := false, false
	for _, w := range bs.ConfigWrites(c.info, ins) {
		switch w.Field {
		case bs.OnField:
			if v, ok := typematch.BoolConst(c.info, w.Value); ok && v && !c.skip(w.Cursor) {
				turnedOn = append(turnedOn, w.Lhs)
			}
		case bs.HTTPSField:
			https = https || c.boolState(w.Value, false) == on
		case bs.SameSiteField:
			sameSite = true // an explicit default or None is reported at the write
		}
	}
	if (len(turnedOn) > 0 || https || sameSite) && c.pass.Pkg.Name() != "main" {
		c.pass.ExportPackageFact(new(configuresProvider))
	}
	confOn := false
	if len(c.pass.Files) > 0 {
		entries, _ := bs.ReadConf(filepath.Dir(c.pass.Fset.File(c.pass.Files[0].Pos()).Name()))
		for _, e := range entries {
			switch e.Key {
			case bs.OnKey:
				confOn = confOn || strings.EqualFold(e.Value, "true")
			case bs.HTTPSKey:
				https = https || strings.EqualFold(e.Value, "true")
			}
		}
	}
	if confOn && len(turnedOn) == 0 && !c.configuredElsewhere() {
		for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
			if bs.Run.Matches(typematch.Callee(c.info, cur.Node().(*ast.CallExpr))) && !c.skip(cur) {
				turnedOn = append(turnedOn, cur.Node())
				break
			}
		}
	}
	var missing, fixes []string
	if !https {
		missing, fixes = append(missing, "Secure"), append(fixes, bs.SecureFix)
	}
	if !sameSite {
		missing, fixes = append(missing, "SameSite"), append(fixes, bs.SameSiteFix)
	}
	if len(missing) == 0 {
		return
	}
	for _, n := range turnedOn {
		c.pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(),
			Message: message(bs.CookieSubject+" ("+bs.Lib+" defaults)", missing, false, join(fixes))})
	}
}

// freshSession judges sessions.NewSession(store, name): its Options start
// empty, so the cookie has no Secure, HttpOnly or SameSite unless the code
// sets them on this session (sess.Options.Secure = true) or replaces its
// Options.
// storesValues reports whether the function making a fresh session puts
// anything in it (sess.Values[k] = v).
func (c *checker) storesValues(call *ast.CallExpr, holders []types.Object) bool {
	cur, ok := c.h.Inspector.Root().FindNode(call)
	if !ok {
		return true
	}
	fd := typematch.EnclosingFuncDecl(cur)
	if fd == nil {
		return true
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for _, l := range as.Lhs {
			ix, ok := ast.Unparen(l).(*ast.IndexExpr)
			if !ok {
				continue
			}
			sel, ok := ast.Unparen(ix.X).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Values" {
				continue
			}
			if id := typematch.IdentOf(sel.X); id != nil && slices.Contains(holders, c.info.ObjectOf(id)) {
				found = true
			}
		}
		return !found
	})
	return found
}

func (c *checker) freshSession(call *ast.CallExpr) {
	gs := golib.OptionTypeOfName(golib.PathGorilla, "Options")
	holders := c.h.HoldersOf(call)
	if len(c.writesBelow(holders, "Options")) > 0 {
		return // replaced: the new Options literal is judged by itself
	}
	if !c.storesValues(call, holders) {
		return // an empty session saved over the cookie carries nothing
	}
	var missing, sets []string
	for _, attr := range []string{"Secure", "HttpOnly", "SameSite"} {
		field := map[string]string{"Secure": gs.Secure, "HttpOnly": gs.HttpOnly, "SameSite": gs.SameSite}[attr]
		set := false
		for _, w := range c.h.WritesBelow(holders, "Options", field) {
			if attr == "SameSite" && c.sameSiteState(w.Value, false) >= none || attr != "SameSite" && c.boolState(w.Value, false) == on {
				set = true
			}
		}
		if !set {
			missing = append(missing, attr)
			sets = append(sets, "session.Options."+strings.ReplaceAll(setting(gs, attr, "http"), ":", " ="))
		}
	}
	if len(missing) == 0 {
		return
	}
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: message("the cookie of a session made by sessions.NewSession (its Options start empty; the store's defaults do not apply)", missing, false, join(sets))})
}
