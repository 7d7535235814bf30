package cookieflags

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/analyzers/internal/code"
)

//go:embed doc.go
var doc string

// Analyzer reports session and auth cookies sent without Secure, HttpOnly or
// SameSite.
var Analyzer = &analysis.Analyzer{
	Name:     "cookieflags",
	Doc:      code.MustDoc(doc, "cookieflags"),
	URL:      code.DocURL("cookieflags"),
	Requires: []*analysis.Analyzer{inspect.Analyzer, code.IndexAnalyzer},
	Run:      run,
}

const (
	pathHTTP   = "net/http"
	pathGin    = "github.com/gin-gonic/gin"
	pathFiber2 = "github.com/gofiber/fiber/v2"
	pathFiber3 = "github.com/gofiber/fiber/v3"
)

// A shape is a struct type that carries cookie attributes.
type shape struct {
	pkg, typ         string
	subject          string // "session cookie", "scs session cookie", ...
	secure, httpOnly string // field names ("" when the type has none)
	sameSite         string
	httpOnlyInverted bool // beego: DisableHTTPOnly
	sameSiteString   bool // fiber: a string, "" and unknown values mean Lax
	noneForcesSecure bool // fiber v3 sets Secure itself for SameSite=None
	maxAge, expires  string
	name, value      string // set for cookies, classified by name and value
	enable           string // beego: the cookie is only set when this is true
}

func (s *shape) isCookie() bool { return s.name != "" }

var shapes = []*shape{
	{pkg: pathHTTP, typ: "Cookie", subject: "session cookie", secure: "Secure", httpOnly: "HttpOnly", sameSite: "SameSite", maxAge: "MaxAge", expires: "Expires", name: "Name", value: "Value"},
	{pkg: pathFiber2, typ: "Cookie", subject: "session cookie", secure: "Secure", httpOnly: "HTTPOnly", sameSite: "SameSite", sameSiteString: true, maxAge: "MaxAge", expires: "Expires", name: "Name", value: "Value"},
	{pkg: pathFiber3, typ: "Cookie", subject: "session cookie", secure: "Secure", httpOnly: "HTTPOnly", sameSite: "SameSite", sameSiteString: true, noneForcesSecure: true, maxAge: "MaxAge", expires: "Expires", name: "Name", value: "Value"},
	{pkg: code.PathGorilla, typ: "Options", subject: "gorilla/sessions session cookie", secure: "Secure", httpOnly: "HttpOnly", sameSite: "SameSite", maxAge: "MaxAge"},
	{pkg: code.PathGinSessions, typ: "Options", subject: "gin-contrib/sessions session cookie", secure: "Secure", httpOnly: "HttpOnly", sameSite: "SameSite", maxAge: "MaxAge"},
	{pkg: code.PathSCS, typ: "SessionCookie", subject: "scs session cookie", secure: "Secure", httpOnly: "HttpOnly", sameSite: "SameSite"},
	{pkg: code.PathFiber2Session, typ: "Config", subject: "fiber session cookie", secure: "CookieSecure", httpOnly: "CookieHTTPOnly", sameSite: "CookieSameSite", sameSiteString: true},
	{pkg: code.PathFiber3Session, typ: "Config", subject: "fiber session cookie", secure: "CookieSecure", httpOnly: "CookieHTTPOnly", sameSite: "CookieSameSite", sameSiteString: true, noneForcesSecure: true},
	{pkg: code.PathBeegoSession, typ: "ManagerConfig", subject: "beego session cookie", secure: "Secure", httpOnly: "DisableHTTPOnly", httpOnlyInverted: true, sameSite: "CookieSameSite", enable: "EnableSetCookie"},
	// Only explicit writes are judged: a SessionConfig literal is rare and
	// its Secure comes from Listen.EnableHTTPS.
	{pkg: code.PathBeegoWeb, typ: "SessionConfig", subject: "beego session cookie", httpOnly: "SessionDisableHTTPOnly", httpOnlyInverted: true},
}

func shapeOf(t types.Type) *shape {
	for _, s := range shapes {
		if code.IsNamed(t, s.pkg, s.typ) {
			return s
		}
	}
	return nil
}

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
	ix       *code.Index
	h        *code.Holders
	consumed map[token.Pos]bool    // writes already reported with their literal
	client   map[types.Object]bool // variables passed to AddCookie/SetCookies
	files    map[*token.File]*ast.File
	scope    *ast.FuncDecl // the function of the literal being judged
}

// writesBelow returns the writes below holders at path; writes through a
// struct field (sess.Options.Secure) count only in the literal's function,
// since the field is shared by every value of its type.
func (c *checker) writesBelow(holders []types.Object, path ...string) []code.HeldWrite {
	var out []code.HeldWrite
	for _, w := range c.h.WritesBelow(holders, path...) {
		if v, ok := w.Holder.(*types.Var); ok && v.IsField() && code.EnclosingFuncDecl(w.Cursor) != c.scope {
			continue
		}
		out = append(out, w)
	}
	return out
}

func run(pass *analysis.Pass) (any, error) {
	if !code.Imports(pass.Pkg, pathHTTP, code.PathGorilla, code.PathSCS, pathGin, code.PathGinSessions+"/...",
		pathFiber2+"/...", pathFiber3+"/...", code.PathBeegoWeb+"/...", "github.com/labstack/echo-contrib/session") {
		return nil, nil
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ix := pass.ResultOf[code.IndexAnalyzer].(*code.Index)
	c := &checker{pass: pass, info: pass.TypesInfo, ix: ix, h: code.NewHolders(pass.TypesInfo, ins, ix),
		consumed: make(map[token.Pos]bool), client: make(map[types.Object]bool), files: make(map[*token.File]*ast.File)}
	for _, f := range pass.Files {
		c.files[pass.Fset.File(f.Pos())] = f
	}
	for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if fn := code.Callee(c.info, call); fn != nil && (fn.Name() == "AddCookie" || fn.Name() == "SetCookies") {
			for _, a := range call.Args {
				if k := code.HolderKey(c.info, a); k != nil {
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
		if s := shapeOf(code.TypeOf(c.info, lit)); s != nil && (s.secure != "" || s.sameSite != "") {
			c.literal(cur, lit, s)
		}
	}
	c.writes()
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
	return strings.HasSuffix(name, "_test.go") || code.InDevelopmentBranch(c.info, cur)
}

// boolState evaluates a boolean attribute expression.
func (c *checker) boolState(e ast.Expr, inverted bool) state {
	origins := c.ix.Origins(e)
	for _, o := range origins {
		v, ok := code.BoolConst(c.info, o)
		if !ok || v != inverted {
			return on
		}
	}
	return off
}

// sameSiteState evaluates a SameSite expression (http.SameSite or fiber's
// string).
func (c *checker) sameSiteState(e ast.Expr, str bool) state {
	worst := on
	for _, o := range c.ix.Origins(e) {
		var st state
		if str {
			s, ok := code.StringConst(c.info, o)
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
			n, ok := code.IntConst(c.info, o)
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
	write *code.HeldWrite   // a write that turns it off
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

func (c *checker) judge(lit *ast.CompositeLit, holders []types.Object, s *shape) verdict {
	v := verdict{results: make(map[string]attrResult)}
	if s.maxAge != "" {
		if e, ok := code.Field(lit, s.maxAge); ok {
			if n, ok := c.h.ConstSeconds(e, 1); ok && n < 0 {
				v.deleted = true
			}
		}
		for _, w := range c.writesBelow(holders, s.maxAge) {
			if n, ok := c.h.ConstSeconds(w.Value, 1); ok && n < 0 {
				v.deleted = true
			}
		}
	}
	if s.expires != "" {
		if e, ok := code.Field(lit, s.expires); ok && c.h.IsPastTime(e) {
			v.deleted = true
		}
	}
	if s.value != "" {
		if e, ok := code.Field(lit, s.value); ok {
			if str, ok := code.StringConst(c.info, e); ok && str == "" {
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
	if s.sameSite != "" {
		ss = c.attr(lit, holders, s.sameSite, func(e ast.Expr) state { return c.sameSiteState(e, s.sameSiteString) })
		if ss.st == unset && s.sameSiteString {
			ss.st = on // fiber: "" means Lax
		}
	}
	sec.st = on
	if s.secure != "" {
		sec = c.attr(lit, holders, s.secure, boolEval(false))
		if s.noneForcesSecure && ss.st == none {
			sec.st = on
		}
	}
	ho.st = on
	if s.httpOnly != "" {
		ho = c.attr(lit, holders, s.httpOnly, boolEval(s.httpOnlyInverted))
		if s.httpOnlyInverted && ho.st == unset {
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

func (c *checker) literal(cur inspector.Cursor, lit *ast.CompositeLit, s *shape) {
	if len(lit.Elts) > 0 {
		if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); !keyed {
			return
		}
	}
	c.scope = code.EnclosingFuncDecl(cur)
	holders := c.h.HoldersOf(lit)
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
	if s.enable != "" {
		e, ok := code.Field(lit, s.enable)
		if !ok || c.boolState(e, false) != on {
			return // beego: no cookie is set
		}
	}
	if s.pkg == code.PathFiber2Session {
		if e, ok := code.Field(lit, "KeyLookup"); ok {
			if v, ok := code.StringConst(c.info, e); !ok || !strings.HasPrefix(v, "cookie:") {
				return
			}
		}
	}
	if s.pkg == code.PathFiber3Session {
		if e, ok := code.Field(lit, "Extractor"); ok && !isCookieExtractor(c.info, e) {
			return
		}
	}
	subject := s.subject
	if s.isCookie() {
		nameExpr, _ := code.Field(lit, s.name)
		valueExpr, _ := code.Field(lit, s.value)
		if nameExpr == nil {
			if ws := c.writesBelow(holders, s.name); len(ws) > 0 {
				nameExpr = ws[0].Value
			}
		}
		id := c.h.IdentifyCookie(nameExpr, valueExpr, code.EnclosingFuncDecl(cur))
		if !id.Session {
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
	// Report at the literal's element that turns an attribute off, if it
	// is the only problem, else at the literal.
	var at ast.Node = lit
	for _, a := range v.missing {
		r := v.results[a]
		if r.write != nil {
			c.consumed[r.write.Cursor.Node().Pos()] = true
		}
	}
	if len(v.missing) == 1 {
		if kv := v.results[v.missing[0]].offKV; kv != nil {
			at = kv
		}
	}
	d := analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Message: message(subject, v.missing, v.noneNote, fixPhrase(s, v.missing))}
	if fix := c.literalFix(lit, s, v); fix != nil {
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
			fn := code.Callee(info, n)
			return fn != nil && (fn.Name() == "AddCookie" || fn.Name() == "SetCookies")
		}
		return false
	}
	return false
}

func isCookieExtractor(info *types.Info, e ast.Expr) bool {
	call, ok := code.Unwrap(e).(*ast.CallExpr)
	if !ok {
		return true // unknown: judge
	}
	fn := code.Callee(info, call)
	if fn == nil || !strings.HasSuffix(code.FuncPkgPath(fn), "/extractors") {
		return true
	}
	return fn.Name() == "FromCookie" || fn.Name() == "Chain"
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
func fixPhrase(s *shape, missing []string) string {
	var out []string
	for _, m := range missing {
		out = append(out, setting(s, m, "http"))
	}
	return join(out)
}

func setting(s *shape, attr, httpName string) string {
	switch attr {
	case "Secure":
		return s.secure + ": true"
	case "HttpOnly":
		if s.httpOnlyInverted {
			return s.httpOnly + ": false"
		}
		return s.httpOnly + ": true"
	default:
		if s.sameSiteString {
			return s.sameSite + `: "Lax"`
		}
		if httpName != "" && httpName != "." {
			return s.sameSite + ": " + httpName + ".SameSiteLaxMode"
		}
		return s.sameSite + ": SameSiteLaxMode"
	}
}

// literalFix turns explicit false values true and adds the missing fields.
func (c *checker) literalFix(lit *ast.CompositeLit, s *shape, v verdict) *analysis.SuggestedFix {
	file := c.files[c.pass.Fset.File(lit.Pos())]
	httpName := code.ImportName(file, pathHTTP)
	var edits []analysis.TextEdit
	var added, done []string
	for _, m := range v.missing {
		r := v.results[m]
		if m == "SameSite" && !s.sameSiteString && (httpName == "" || httpName == ".") {
			continue
		}
		set := setting(s, m, httpName)
		switch {
		case r.write != nil:
			continue // turned off elsewhere: no blind edit
		case r.offKV != nil:
			val := set[strings.Index(set, ": ")+2:]
			if m != "SameSite" {
				if _, isLit := code.IsLiteralBool(c.info, r.offKV.Value); !isLit {
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
		s := shapeOf(code.TypeOf(c.info, w.Prefix))
		if s == nil {
			continue
		}
		var attr string
		switch w.Path[0] {
		case "":
			continue
		case s.secure:
			if c.boolState(w.Value, false) == off {
				attr = "Secure"
			}
		case s.httpOnly:
			if c.boolState(w.Value, s.httpOnlyInverted) == off {
				attr = "HttpOnly"
			}
		}
		if attr == "" {
			continue
		}
		subject := s.subject
		if s.isCookie() {
			// A cookie built by a literal was judged with it.
			cookieLit := false
			var nameExpr ast.Expr = w.Prefix
			for _, o := range c.h.Origins(w.Prefix) {
				switch o := o.(type) {
				case *ast.CompositeLit:
					cookieLit = true
				case *ast.CallExpr:
					if fn := code.Callee(c.info, o); fn != nil && fn.Name() == "Cookie" && len(o.Args) == 1 {
						nameExpr = o.Args[0] // r.Cookie("session")
					}
				}
			}
			if cookieLit {
				continue
			}
			id := c.h.IdentifyCookie(nameExpr, nil, code.EnclosingFuncDecl(w.Cursor))
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
		if v, isLit := code.IsLiteralBool(c.info, w.Value); isLit {
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
	fn := code.Callee(c.info, call)
	if fn == nil {
		return
	}
	switch {
	case code.IsMethod(fn, pathGin, "Context", "SetCookie") && len(call.Args) == 7:
		c.ginSetCookie(cur, call)
	case code.IsFunc(fn, code.PathGorilla, "NewCookieStore"):
		c.gorillaDefaults(call, "CookieStore", c.gorillaCookieDefaults())
	case code.IsFunc(fn, code.PathGorilla, "NewFilesystemStore"):
		c.gorillaDefaults(call, "FilesystemStore", []string{"Secure", "HttpOnly", "SameSite"})
	case code.IsFunc(fn, code.PathGinSessions+"/cookie", "NewStore"):
		c.ginDefaults(call, "cookie store", c.gorillaCookieDefaults())
	case code.IsFunc(fn, code.PathGinSessions+"/...", "NewStore", "NewStoreWithDB", "NewStoreWithPool", "NewRedisStore"):
		c.ginDefaults(call, code.FuncPkgPath(fn)[strings.LastIndex(code.FuncPkgPath(fn), "/")+1:]+" store", []string{"Secure", "HttpOnly", "SameSite"})
	case code.IsFunc(fn, code.PathSCS, "New", "NewSession"):
		c.scsDefaults(call)
	case code.IsFunc(fn, code.PathFiber2Session, "New"), code.IsFunc(fn, code.PathFiber3Session, "New", "NewStore", "NewWithStore"):
		c.fiberDefaults(call)
	case code.IsFunc(fn, code.PathBeegoSession, "CfgSecure", "CfgHTTPOnly") && len(call.Args) == 1:
		if v, isLit := code.IsLiteralBool(c.info, call.Args[0]); isLit && !v {
			attr, opt := "Secure", "session.CfgSecure(true)"
			if fn.Name() == "CfgHTTPOnly" {
				attr, opt = "HttpOnly", "session.CfgHTTPOnly(true)"
			}
			c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
				Message: message("beego session cookie", []string{attr}, false, opt),
				SuggestedFixes: []analysis.SuggestedFix{{Message: "Pass true",
					TextEdits: []analysis.TextEdit{{Pos: call.Args[0].Pos(), End: call.Args[0].End(), NewText: []byte("true")}}}}})
		}
	}
}

// gorillaCookieDefaults returns what NewCookieStore leaves off for the
// gorilla/sessions version the module requires: before v1.3.0 only Path and
// MaxAge were set; since then Secure and SameSite=None too, never HttpOnly.
func (c *checker) gorillaCookieDefaults() []string {
	if code.VersionBefore(code.ModuleVersion(c.pass, code.PathGorilla), "v1.3.0") {
		return []string{"Secure", "HttpOnly", "SameSite"}
	}
	return []string{"HttpOnly"}
}

func (c *checker) gorillaVersion() string {
	if v := code.ModuleVersion(c.pass, code.PathGorilla); v != "" {
		return "gorilla/sessions " + v
	}
	return "gorilla/sessions v1.3.0+"
}

// configured reports whether the package sets attr on any value of one of
// the option types (a store's or a session's options), or replaces such
// options wholesale with a value that is not a deletion.
func (c *checker) configuredWrite(s *shape, attr string) bool {
	field := map[string]string{"Secure": s.secure, "HttpOnly": s.httpOnly, "SameSite": s.sameSite}[attr]
	for _, w := range c.h.AllWrites() {
		if len(w.Path) == 1 && w.Path[0] == field && shapeOf(code.TypeOf(c.info, w.Prefix)) == s {
			return true // an explicit false is reported at the write
		}
	}
	return false
}

func (c *checker) gorillaReplaced() bool {
	gs := shapes[3]
	for _, w := range c.h.AllWrites() {
		if len(w.Path) == 1 && w.Path[0] == "Options" && shapeOf(code.TypeOf(c.info, w.Value)) == gs && !c.isDeletion(w.Value, "MaxAge") {
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
		v, ok := code.Field(lit, maxAge)
		if !ok {
			return false
		}
		if n, ok := c.h.ConstSeconds(v, 1); !ok || n >= 0 {
			return false
		}
	}
	return true
}

func (c *checker) gorillaDefaults(call *ast.CallExpr, store string, defaults []string) {
	if c.gorillaReplaced() {
		return
	}
	var missing []string
	for _, a := range defaults {
		if !c.configuredWrite(shapes[3], a) {
			missing = append(missing, a)
		}
	}
	if len(missing) == 0 {
		return
	}
	var sets []string
	for _, m := range missing {
		sets = append(sets, "store.Options."+strings.ReplaceAll(setting(shapes[3], m, "http"), ":", " ="))
	}
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: message(fmt.Sprintf("the session cookie of this %s (%s defaults)", store, c.gorillaVersion()), missing, false, join(sets))})
}

func (c *checker) ginDefaults(call *ast.CallExpr, store string, defaults []string) {
	// Any store.Options(...) or session.Options(...) that is not a deletion
	// replaces the defaults; its literal is judged by itself.
	gs := shapes[4]
	for cur := range c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root().Preorder((*ast.CallExpr)(nil)) {
		o := cur.Node().(*ast.CallExpr)
		if fn := code.Callee(c.info, o); fn != nil && fn.Name() == "Options" && len(o.Args) == 1 &&
			shapeOf(code.TypeOf(c.info, o.Args[0])) == gs && !c.isDeletion(o.Args[0], "MaxAge") {
			return
		}
	}
	var sets []string
	for _, m := range defaults {
		sets = append(sets, setting(gs, m, "http"))
	}
	defaultsOf := "redistore"
	if store == "cookie store" {
		defaultsOf = c.gorillaVersion()
	} else if strings.HasPrefix(store, "memstore") {
		defaultsOf = "quasoft/memstore"
	}
	c.pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: message(fmt.Sprintf("the session cookie of this gin-contrib/sessions %s (%s defaults)", store, defaultsOf), defaults, false,
			"store.Options(sessions.Options{"+strings.Join(sets, ", ")+"})")})
}

func (c *checker) scsDefaults(call *ast.CallExpr) {
	cs := shapes[5]
	for _, w := range c.h.AllWrites() {
		if len(w.Path) == 1 && w.Path[0] == "Cookie" && code.IsNamed(code.TypeOf(c.info, w.Prefix), code.PathSCS, "SessionManager") {
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
		Message: message("scs session cookie", []string{"Secure"}, false, name+".Cookie.Secure = true (scs defaults Secure to false)")})
}

func (c *checker) fiberDefaults(call *ast.CallExpr) {
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
	s := shapes[6]
	if code.IsFunc(code.Callee(c.info, call), code.PathFiber3Session, "New", "NewStore", "NewWithStore") {
		s = shapes[7]
	}
	missing := []string{"Secure", "HttpOnly"}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
		Message: message(s.subject, missing, false, fixPhrase(s, missing)+" in session.Config (fiber defaults both to false)")}
	if len(call.Args) == 0 {
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok {
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message: "Set CookieSecure: true and CookieHTTPOnly: true",
					TextEdits: []analysis.TextEdit{{Pos: call.Rparen, End: call.Rparen,
						NewText: []byte(x.Name + ".Config{CookieSecure: true, CookieHTTPOnly: true}")}},
				}}
			}
		}
	}
	c.pass.Report(d)
}

// ginSetCookie checks c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly).
func (c *checker) ginSetCookie(cur inspector.Cursor, call *ast.CallExpr) {
	if n, ok := c.h.ConstSeconds(call.Args[2], 1); ok && n < 0 {
		return
	}
	if v, ok := code.StringConst(c.info, call.Args[1]); ok && v == "" {
		return
	}
	id := c.h.IdentifyCookie(call.Args[0], call.Args[1], code.EnclosingFuncDecl(cur))
	if !id.Session {
		return
	}
	var missing []string
	var offArgs []ast.Expr
	for _, i := range []int{5, 6} {
		if c.boolState(call.Args[i], false) == off {
			missing = append(missing, map[int]string{5: "Secure", 6: "HttpOnly"}[i])
			offArgs = append(offArgs, call.Args[i])
		}
	}
	if !c.ginSameSiteSet() {
		missing = append(missing, "SameSite")
	}
	if len(missing) == 0 {
		return
	}
	subject := "session cookie"
	if id.Name != "" {
		subject = fmt.Sprintf("session cookie %q", id.Name)
	}
	var sets []string
	for _, m := range missing {
		switch m {
		case "Secure":
			sets = append(sets, "secure to true")
		case "HttpOnly":
			sets = append(sets, "httpOnly to true")
		default:
			sets = append(sets, "c.SetSameSite(http.SameSiteLaxMode) before SetCookie")
		}
	}
	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: message(subject, missing, false, join(sets))}
	var edits []analysis.TextEdit
	for _, a := range offArgs {
		if _, isLit := code.IsLiteralBool(c.info, a); isLit {
			edits = append(edits, analysis.TextEdit{Pos: a.Pos(), End: a.End(), NewText: []byte("true")})
		}
	}
	if len(edits) > 0 {
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Pass true for secure and httpOnly", TextEdits: edits}}
	}
	c.pass.Report(d)
}

// ginSameSiteSet reports whether the package calls c.SetSameSite with a
// mode other than the default.
func (c *checker) ginSameSiteSet() bool {
	for cur := range c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if code.IsMethod(code.Callee(c.info, call), pathGin, "Context", "SetSameSite") && len(call.Args) == 1 {
			if c.sameSiteState(call.Args[0], false) != off {
				return true
			}
		}
	}
	return false
}
