package resolve

import (
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/sessionlint/sessionlint/internal/js/jslib"
	"github.com/sessionlint/sessionlint/internal/js/syntax"
	"github.com/sessionlint/sessionlint/internal/lazyre"
	"github.com/sessionlint/sessionlint/internal/readlog"
)

// Configuration: values an app reads from its settings rather than writes
// in the code that uses them. What ships is judged: a schema's or a
// committed file's default, the literal after ||, a destructuring default
// of process.env. A value only the environment provides is unknown.

// FromEnvironment reports whether n is read from the environment:
// process.env.X, import.meta.env.X, a wrapper of one (parseInt, Number,
// JSON.parse), a chain of them (process.env.A ?? process.env.B), or a
// name bound to one.
func (f *File) FromEnvironment(n *syntax.Node) bool { return f.fromEnv(n, 0) }

func (f *File) fromEnv(n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n == nil || depth > MaxDepth {
		return false
	}
	g := f.Owner(n)
	switch n.Kind {
	case "member_expression", "subscript_expression":
		p := g.MemberPath(n)
		if strings.HasPrefix(p, "process.env.") || strings.HasPrefix(p, "import.meta.env.") || strings.HasPrefix(p, "Bun.env.") {
			return true
		}
		if strings.HasPrefix(g.Text(n), "process.env[") {
			return true
		}
		// env.X where env = cleanEnv(process.env, spec) without a default.
		if obj := syntax.Unwrap(n.ChildByField("object")); obj != nil && g.envObject(obj) {
			return true
		}
	case "identifier":
		if v := g.identValue(n, depth+1); v != nil {
			return g.fromEnv(v, depth+1)
		}
		if el := g.patternOf(n); el != nil {
			return g.envObject(patternSource(el))
		}
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		switch t := g.Text(fn); t {
		case "parseInt", "Number", "parseFloat", "String", "Boolean", "JSON.parse", "Number.parseInt":
			if as := Args(n); len(as) > 0 {
				return g.fromEnv(as[0], depth+1)
			}
		case "Deno.env.get":
			return true
		}
		if fn != nil && fn.Kind == "member_expression" {
			switch g.Text(fn.ChildByField("property")) {
			case "split", "trim", "toLowerCase", "toLocaleLowerCase", "replace":
				return g.fromEnv(fn.ChildByField("object"), depth+1)
			case "get", "getOrThrow":
				// configService.get('KEY') with no default.
				if as := Args(n); len(as) == 1 && configReceiver.MatchString(g.Text(fn.ChildByField("object"))) {
					return true
				}
			}
		}
	case "binary_expression":
		switch g.Text(n.ChildByField("operator")) {
		case "||", "??":
			return g.fromEnv(n.ChildByField("left"), depth+1) && g.fromEnv(n.ChildByField("right"), depth+1)
		}
	}
	return false
}

var configReceiver = lazyre.New(`(?i)config`)

var devCondition = lazyre.New(`(?i)(['"](development|dev|test|local)['"]|!==?\s*['"]production['"]|['"]production['"]\s*!==?|isDev|isDevelopment|isTest|\bDEV\b|\bdebug\b|\bDEBUG\b|isDebug|\bmock)`)

// DevCondition reports whether a condition's text says development,
// test, debug or mock: code under it is not what ships.
func DevCondition(text string) bool {
	l := strings.ToLower(text)
	for _, w := range devWords {
		if strings.Contains(l, w) {
			return devCondition.MatchString(text)
		}
	}
	return false
}

// devWords: one of them is in every text devCondition matches.
var devWords = []string{"dev", "test", "local", "production", "debug", "mock"}

// envObject reports whether n is process.env (or import.meta.env).
func (f *File) envObject(n *syntax.Node) bool {
	n = syntax.Unwrap(n)
	if n == nil {
		return false
	}
	switch f.Text(n) {
	case "process.env", "import.meta.env", "Bun.env":
		return true
	}
	if n.Kind == "identifier" {
		if v := f.identValue(n, 1); v != nil {
			return f.envObject(v)
		}
	}
	return false
}

// EnvDefault returns the literal default of a setting read from the
// environment or configuration: process.env.X || 'x', ?? 'x',
// const { X = 'x' } = process.env, configService.get('X', 'x'). ok is
// false for anything else.
func (f *File) EnvDefault(n *syntax.Node) (def *syntax.Node, ok bool) {
	n = syntax.Unwrap(n)
	if n == nil {
		return nil, false
	}
	g := f.Owner(n)
	switch n.Kind {
	case "binary_expression":
		op := g.Text(n.ChildByField("operator"))
		if (op == "||" || op == "??") && g.unset(n.ChildByField("left")) {
			return n.ChildByField("right"), true
		}
	case "object_assignment_pattern", "assignment_pattern":
		// The destructuring default of a name taken from process.env.
		if g.envObject(patternSource(n)) {
			return n.ChildByField("right"), true
		}
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn != nil && fn.Kind == "member_expression" && g.Text(fn.ChildByField("property")) == "get" &&
			configReceiver.MatchString(g.Text(fn.ChildByField("object"))) {
			if as := Args(n); len(as) == 2 {
				return as[1], true
			}
		}
		return g.ownGetterDefault(n)
	}
	return nil, false
}

// ownGetterDefault returns the fallback argument of a call to the app's own
// getter around its configuration: getConfig(key, fallback) returns the
// fallback when no setting has the key.
func (f *File) ownGetterDefault(call *syntax.Node) (*syntax.Node, bool) {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "identifier" || len(Args(call)) < 2 {
		return nil, false // a getter with a fallback takes the key and the fallback
	}
	body := f.LocalFunction(fn)
	if body == nil {
		return nil, false
	}
	if i := f.Owner(body).getterFallback(body); i >= 0 && i < len(Args(call)) {
		return Args(call)[i], true
	}
	return nil, false
}

// getterFallback returns the index of the parameter a configuration getter
// returns when the setting is absent (has(key) ? get(key) : fallback,
// get(key) ?? fallback, process.env[key] || fallback), or -1.
func (f *File) getterFallback(fn *syntax.Node) int {
	for _, r := range ReturnValues(fn) {
		r = syntax.Unwrap(r)
		if r == nil {
			continue
		}
		var setting, fallback *syntax.Node
		switch r.Kind {
		case "ternary_expression":
			setting, fallback = r.ChildByField("consequence"), r.ChildByField("alternative")
		case "binary_expression":
			if op := f.Text(r.ChildByField("operator")); op == "||" || op == "??" {
				setting, fallback = r.ChildByField("left"), r.ChildByField("right")
			}
		}
		if setting == nil || fallback == nil {
			continue
		}
		if i := f.ParamIndex(fn, fallback); i >= 0 && f.readsSetting(setting) {
			return i
		}
	}
	return -1
}

// readsSetting reports whether n reads a setting: the environment, or a
// get call on a configuration object (config.get(key), conf.get(key)).
func (f *File) readsSetting(n *syntax.Node) bool {
	n = syntax.Unwrap(n)
	if n == nil {
		return false
	}
	if f.fromEnv(n, 0) {
		return true
	}
	if n.Kind != "call_expression" {
		return false
	}
	fn := syntax.Unwrap(n.ChildByField("function"))
	return fn != nil && fn.Kind == "member_expression" && f.Text(fn.ChildByField("property")) == "get" &&
		configReceiver.MatchString(f.Text(fn.ChildByField("object")))
}

// unset reports whether a value is one the app does not set itself: the
// environment, or options it receives from whoever embeds it
// (args.config.admin.session || { defaults }).
func (f *File) unset(n *syntax.Node) bool {
	n = syntax.Unwrap(n)
	if n == nil {
		return false
	}
	if f.fromEnv(n, 0) {
		return true
	}
	switch n.Kind {
	case "binary_expression":
		switch f.Text(n.ChildByField("operator")) {
		case "&&": // dev && require('./config.dev'): not in production
			return DevCondition(f.Text(n.ChildByField("left")))
		case "||", "??":
			return f.unset(n.ChildByField("left")) && f.unset(n.ChildByField("right"))
		}
		return false
	case "member_expression", "identifier":
		if obj := syntax.Unwrap(n.ChildByField("object")); obj != nil && obj.Kind == "binary_expression" {
			return f.unset(obj) // (dev && require('./config.dev')).default
		}
		// A parameter's member, or a config value nothing in the app sets.
		if root := RootIdent(n); root != nil && root.Kind == "identifier" && f.isParam(root) {
			return true
		}
		return f.value(n, 0) == n && f.PropertyValue(n) == nil
	}
	return false
}

// isParam reports whether id names a parameter of a function around it.
func (f *File) isParam(id *syntax.Node) bool {
	name := f.Text(id)
	for p := id.Parent; p != nil; p = p.Parent {
		if !syntax.IsFunction(p) {
			continue
		}
		params := p.ChildByField("parameters")
		if params == nil {
			params = p.ChildByField("parameter")
		}
		found := false
		syntax.Walk(params, func(n *syntax.Node) bool {
			if n.Kind == "identifier" && f.Text(n) == name {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// patternSource returns the value a destructuring pattern element takes
// its key from: process.env in const { X = 'd' } = process.env.
func patternSource(el *syntax.Node) *syntax.Node {
	for p := el.Parent; p != nil; p = p.Parent {
		switch p.Kind {
		case "variable_declarator", "assignment_expression":
			if v := p.ChildByField("value"); v != nil {
				return v
			}
			return p.ChildByField("right")
		case "object_pattern", "pair_pattern":
			continue
		default:
			return nil
		}
	}
	return nil
}

// patternOf returns the destructuring element that binds id in scope
// (shorthand, pair or with a default), or nil.
func (f *File) patternOf(id *syntax.Node) *syntax.Node {
	name := f.Text(id)
	d := f.declOf(id)
	if d != nil && d.Kind == "variable_declarator" {
		if nm := d.ChildByField("name"); nm != nil && nm.Kind == "identifier" {
			return nil
		}
	}
	var found *syntax.Node
	for _, dd := range f.decls["{"+name] {
		scope := DeclScope(dd)
		if scope != nil && !scope.Contains(id) {
			continue
		}
		found = dd
	}
	return found
}

// destructured resolves a name bound by destructuring: const { a, b: c,
// d = 'x' } = obj gives obj's key, or the default; from process.env, the
// element itself (an environment read with a default).
func (f *File) destructured(id *syntax.Node, depth int) *syntax.Node {
	el := f.patternOf(id)
	if el == nil || depth > MaxDepth {
		return nil
	}
	src := patternSource(el)
	if src == nil || len(f.assigns[f.Text(id)]) > 0 {
		return nil
	}
	key := f.Text(id)
	var def *syntax.Node
	switch el.Kind {
	case "object_assignment_pattern":
		def = el.ChildByField("right")
		if l := el.ChildByField("left"); l != nil {
			key = f.Text(l)
		}
	case "pair_pattern":
		key, _ = f.KeyName(el.ChildByField("key"))
		if v := el.ChildByField("value"); v != nil && v.Kind == "assignment_pattern" {
			def = v.ChildByField("right")
		}
	}
	// Nested patterns: the path from the declarator's value.
	path := key
	for p := el.Parent; p != nil && p.Kind != "variable_declarator"; p = p.Parent {
		if p.Kind == "pair_pattern" {
			k, _ := f.KeyName(p.ChildByField("key"))
			path = k + "." + path
		}
	}
	if f.envObject(src) {
		if def != nil {
			if el.Kind == "object_assignment_pattern" {
				return el
			}
			return el.ChildByField("value")
		}
		return nil
	}
	if l := f.Get(f.Object(src), path); l.Found {
		return l.Value
	}
	return def
}

// configValue resolves a configuration read to the value that ships:
// node-config's config.get('a.b') and config.a.b, convict's
// config.get('a.b'), envalid and zod schema defaults, @nestjs/config
// registerAs factories, this.field of an injected config or service, and
// helpers' single return values. nil when n is none of these.
func (f *File) configValue(n *syntax.Node, depth int) *syntax.Node {
	n = syntax.Unwrap(n)
	if n == nil || depth > MaxDepth {
		return nil
	}
	defer f.leave()
	if !f.enter() {
		return nil
	}
	switch n.Kind {
	case "call_expression":
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil {
			return nil
		}
		as := Args(n)
		if fn.Kind == "member_expression" && f.Text(fn.ChildByField("property")) == "get" && len(as) >= 1 {
			if key, ok := f.literal(as[0]); ok {
				if v := f.configGet(fn.ChildByField("object"), key, depth); v != nil {
					return v
				}
			}
		}
		return f.callResult(n, depth)
	case "member_expression":
		obj := syntax.Unwrap(n.ChildByField("object"))
		prop := f.Text(n.ChildByField("property"))
		// config.a.b.c: the whole key path in node-config's files.
		key := prop
		for o := obj; o != nil; o = syntax.Unwrap(o.ChildByField("object")) {
			if f.nodeConfig(o) {
				return f.configFile(key)
			}
			if o.Kind != "member_expression" {
				break
			}
			key = f.Text(o.ChildByField("property")) + "." + key
		}
		if s := f.schemaOf(obj, depth); s != nil {
			return f.schemaDefault(s, prop)
		}
		if v := f.fieldValue(n, depth); v != nil {
			return v
		}
		// crowi.sessionConfig with (crowi: Crowi) => ...: what the class
		// stores in that field.
		if obj != nil && obj.Kind == "identifier" {
			if v := f.typedField(obj, prop, depth); v != nil {
				return v
			}
		}
		// config.a.b where config.a is itself configuration.
		if inner := f.configValue(obj, depth+1); inner != nil {
			g := f.Owner(inner)
			return g.Get(g.Object(inner), prop).Value
		}
		// const c = cookieConfig(); c.maxAge: what the function returns.
		if obj != nil && obj.Kind == "identifier" {
			if v := syntax.Unwrap(f.value(obj, depth+1)); v != nil && v.Kind == "object" {
				if g := f.Owner(v); syntax.EnclosingFunction(v) != nil {
					if l := g.Get(g.Object(v), prop); l.Found {
						return l.Value
					}
				}
			}
		}
	}
	return nil
}

// nodeConfig reports whether n is node-config's config object.
func (f *File) nodeConfig(n *syntax.Node) bool {
	if f.Prog == nil || !f.Prog.aliasesOf(f.Root).configFiles {
		return false // no configuration files to read values from
	}
	b, ok := f.LibRef(n)
	return ok && b.Path == "" && jslib.ConfigLoaderOf(b.Module, jslib.ConfigFiles) != nil
}

// configGet resolves recv.get(key) for node-config and convict.
func (f *File) configGet(recv *syntax.Node, key string, depth int) *syntax.Node {
	if f.nodeConfig(recv) {
		return f.configFile(key)
	}
	if s := f.schemaOf(recv, depth); s != nil {
		return f.schemaDefault(s, key)
	}
	return nil
}

// configFile returns the value of a dotted key in the app's node-config
// files: config/production.* over config/default.*.
func (f *File) configFile(key string) *syntax.Node {
	if f.Prog == nil || f.Root == "" {
		return nil
	}
	var found *syntax.Node
	for _, name := range jslib.ConfigFileNames {
		for _, ext := range jslib.ConfigFileExts {
			g := f.Module(filepath.Join(f.Root, jslib.ConfigDir, name+ext))
			if g == nil {
				continue
			}
			v := g.exported("", 0)
			if v == nil {
				continue
			}
			if l := g.Get(g.Object(v), key); l.Found {
				found = l.Value
			}
		}
	}
	return found
}

// A schema is a config schema: convict's, envalid's spec or zod's object.
type schema struct {
	file *File
	obj  *syntax.Node // the schema object literal
	kind jslib.ConfigKind
	def  string // the default key (convict, envalid)
}

// schemaOf recognises n as a config made from a schema: convict(schema),
// cleanEnv(process.env, spec), z.object({...}).parse(process.env).
func (f *File) schemaOf(n *syntax.Node, depth int) *schema {
	v := f.value(n, depth+1)
	if v == nil || v.Kind != "call_expression" {
		return nil
	}
	g := f.Owner(v)
	as := Args(v)
	if b, ok := g.Callee(v); ok {
		for _, kind := range []jslib.ConfigKind{jslib.SchemaDefaults, jslib.SpecCalls} {
			for _, l := range jslib.ConfigLoaders(kind) {
				if b == l.Ref {
					i := 0
					if kind == jslib.SpecCalls {
						i = 1
					}
					if len(as) > i {
						if obj := g.value(as[i], depth+1); obj != nil && obj.Kind == "object" {
							return &schema{file: g.Owner(obj), obj: obj, kind: kind, def: l.Default}
						}
					}
				}
			}
		}
	}
	// schema.parse(process.env), schema.safeParse(...).data: zod.
	fn := syntax.Unwrap(v.ChildByField("function"))
	if fn != nil && fn.Kind == "member_expression" {
		switch g.Text(fn.ChildByField("property")) {
		case "parse", "parseAsync":
			if obj := g.zodObject(fn.ChildByField("object"), depth); obj != nil {
				return &schema{file: g.Owner(obj), obj: obj, kind: jslib.ChainDefault, def: "default"}
			}
		}
	}
	return nil
}

// zodObject returns the object literal of z.object({...}) (through
// constants and .strict()/.extend() chains).
func (f *File) zodObject(n *syntax.Node, depth int) *syntax.Node {
	for i := 0; i < 6; i++ {
		n = f.value(n, depth+1)
		if n == nil || n.Kind != "call_expression" {
			return nil
		}
		g := f.Owner(n)
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			return nil
		}
		if g.Text(fn.ChildByField("property")) == "object" {
			if as := Args(n); len(as) > 0 {
				if obj := syntax.Unwrap(as[0]); obj != nil && obj.Kind == "object" {
					return obj
				}
			}
			return nil
		}
		n, f = fn.ChildByField("object"), g
	}
	return nil
}

// schemaDefault returns the shipped default of a dotted key of a schema.
func (f *File) schemaDefault(s *schema, key string) *syntax.Node {
	g := s.file
	o := g.Object(s.obj)
	leaf := g.Get(o, key)
	if !leaf.Found {
		return nil
	}
	v := syntax.Unwrap(leaf.Value)
	switch s.kind {
	case jslib.SchemaDefaults: // convict: { doc, format, default, env }
		if d := g.Get(g.Object(v), s.def); d.Found {
			return d.Value
		}
		if v != nil && v.Kind == "object" && f.Prog != nil {
			// A nested schema: read as an object of its defaults.
			f.Prog.schemas[v] = s.def
			return v
		}
		return nil
	case jslib.SpecCalls: // envalid: str({ default: 'x', devDefault: 'y' })
		if v != nil && v.Kind == "call_expression" {
			if as := Args(v); len(as) > 0 {
				return g.Get(g.Object(as[0]), s.def).Value
			}
		}
	case jslib.ChainDefault: // zod: z.string().default('x')
		return g.chainDefault(v)
	}
	return nil
}

// chainDefault returns x in a builder chain with .default(x).
func (f *File) chainDefault(n *syntax.Node) *syntax.Node {
	for i := 0; n != nil && n.Kind == "call_expression" && i < 16; i++ {
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			return nil
		}
		if f.Text(fn.ChildByField("property")) == "default" {
			if as := Args(n); len(as) == 1 {
				return as[0]
			}
		}
		n = syntax.Unwrap(fn.ChildByField("object"))
	}
	return nil
}

// callResult returns what a call of one of the app's functions returns,
// when it returns one expression that does not depend on its
// parameters: getCookieOpts(), this.env.getJwtExpiresIn(), a registerAs
// factory.
func (f *File) callResult(call *syntax.Node, depth int) *syntax.Node {
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || depth > MaxDepth {
		return nil
	}
	var body *syntax.Node
	switch fn.Kind {
	case "identifier":
		body = f.LocalFunction(fn)
	case "member_expression":
		if v := f.value(fn, depth+1); v != nil && v != fn && syntax.IsFunction(v) {
			body = v
		} else if v := f.fieldValue(fn, depth); v != nil && syntax.IsFunction(v) {
			body = v
		} else if obj := syntax.Unwrap(fn.ChildByField("object")); obj != nil && obj.Kind == "identifier" {
			// env.getJwtExpiresIn() with (env: EnvironmentService) => ...
			body = f.typedMethod(obj, f.Text(fn.ChildByField("property")), depth)
		}
	}
	if body == nil {
		return nil
	}
	rets := ReturnValues(body)
	if len(rets) != 1 {
		return nil
	}
	return rets[0]
}

// fieldValue resolves this.a.b where a is a field of the class around n,
// typed with a class or a config type of the app (NestJS injection):
// constructor(private readonly env: EnvironmentService), or
// @Inject(authConfig.KEY) private config: ConfigType<typeof authConfig>.
// It returns the member of the class (a method) or of the config value.
func (f *File) fieldValue(n *syntax.Node, depth int) *syntax.Node {
	path := f.MemberPath(n)
	rest, ok := strings.CutPrefix(path, "this.")
	if !ok || depth > MaxDepth {
		return nil
	}
	field, member, _ := strings.Cut(rest, ".")
	class := syntax.Ancestor(n, "class_declaration", "class", "abstract_class_declaration")
	if class == nil {
		return nil
	}
	typ := f.fieldType(class, field)
	if typ == nil {
		return nil
	}
	target, isConfig := f.typeTarget(typ, depth)
	if target == nil {
		return nil
	}
	g := f.Owner(target)
	if isConfig {
		if member == "" {
			return target
		}
		return g.Get(g.Object(target), member).Value
	}
	// A class: its method (or field) named member.
	name, more, _ := strings.Cut(member, ".")
	if more != "" {
		return nil
	}
	body := FirstKind(target, "class_body")
	if body == nil {
		return nil
	}
	for _, c := range body.Children {
		if c.Kind == "method_definition" && g.Text(c.ChildByField("name")) == name {
			return c
		}
	}
	return nil
}

// fieldType returns the type annotation of a class field or constructor
// parameter property.
func (f *File) fieldType(class *syntax.Node, field string) *syntax.Node {
	var typ *syntax.Node
	syntax.Walk(class, func(n *syntax.Node) bool {
		if typ != nil {
			return false
		}
		switch n.Kind {
		case "required_parameter", "optional_parameter", "public_field_definition":
			name := n.ChildByField("pattern")
			if name == nil {
				name = n.ChildByField("name")
			}
			if name != nil && f.Text(name) == field {
				if t := n.ChildByField("type"); t != nil {
					typ = FirstNamed(t)
				}
			}
		}
		return true
	})
	return typ
}

var typeofRE = lazyre.New(`typeof\s+([A-Za-z_$][\w$]*)`)

// typeTarget resolves a type to the class it names or, for config types
// (typeof x, ConfigType<typeof x>, a type alias of one), to x's value.
func (f *File) typeTarget(typ *syntax.Node, depth int) (target *syntax.Node, config bool) {
	text := f.Text(typ)
	if m := typeofRE.FindStringSubmatch(text); m != nil {
		return f.namedValue(typ, m[1], depth)
	}
	name := strings.TrimSpace(text)
	if i := strings.IndexAny(name, "<["); i >= 0 {
		name = name[:i]
	}
	if !isIdent(name) {
		return nil, false
	}
	// A type alias or class, here or imported.
	decl := f.typeDecl(name, depth)
	if decl == nil {
		return nil, false
	}
	g := f.Owner(decl)
	switch decl.Kind {
	case "class_declaration", "abstract_class_declaration", "class":
		return decl, false
	case "type_alias_declaration":
		if v := decl.ChildByField("value"); v != nil {
			return g.typeTarget(v, depth+1)
		}
	}
	return nil, false
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// namedValue returns the value of a name in f's scope (a registerAs
// factory's object for config objects).
func (f *File) namedValue(at *syntax.Node, name string, depth int) (*syntax.Node, bool) {
	var v *syntax.Node
	for _, d := range f.decls[name] {
		if d.Kind == "variable_declarator" {
			v = syntax.Unwrap(d.ChildByField("value"))
		}
	}
	if v == nil {
		if b, ok := f.imports[name]; ok && f.isLocal(b.Module) {
			if g := f.Module(b.Module); g != nil {
				v = g.exported(b.Path, depth+1)
			}
		}
	}
	if v == nil {
		return nil, false
	}
	g := f.Owner(v)
	// registerAs('auth', () => ({ ... })): the factory's object.
	if v.Kind == "call_expression" {
		if b, ok := g.Callee(v); ok {
			for _, l := range jslib.ConfigLoaders(jslib.Factory) {
				if b == l.Ref {
					as := Args(v)
					if len(as) == 2 && syntax.IsFunction(syntax.Unwrap(as[1])) {
						if rets := ReturnValues(syntax.Unwrap(as[1])); len(rets) == 1 {
							return rets[0], true
						}
					}
				}
			}
		}
	}
	return v, true
}

// typeDecl finds the declaration of a type or class name, here or in the
// module it is imported from.
func (f *File) typeDecl(name string, depth int) *syntax.Node {
	for i := range f.Tree.Nodes {
		n := &f.Tree.Nodes[i]
		if (n.Kind == "type_alias_declaration" || n.Kind == "class_declaration" || n.Kind == "abstract_class_declaration") &&
			f.Text(n.ChildByField("name")) == name {
			return n
		}
	}
	b, ok := f.imports[name]
	if !ok || !f.isLocal(b.Module) || depth > MaxDepth {
		return nil
	}
	g := f.Module(b.Module)
	if g == nil {
		return nil
	}
	if b.Path == "" {
		v := syntax.Unwrap(g.exported("", depth+1))
		switch {
		case v == nil:
		case v.Kind == "class_declaration" || v.Kind == "class":
			return v
		case v.Kind == "identifier":
			return g.typeDecl(g.Text(v), depth+1) // class Crowi { ... }; export default Crowi
		}
		return nil
	}
	return g.typeDecl(b.Path, depth+1)
}

// loadData parses a JSON, YAML or .env file of the app (configuration).
func loadData(path string) *syntax.Tree {
	info, err := readlog.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() > 1<<20 {
		return nil
	}
	src, err := readlog.ReadFile(path)
	if err != nil {
		return nil
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".json5":
		return syntax.ParseJSON(path, src)
	case ".yaml", ".yml":
		return syntax.ParseYAML(path, src)
	}
	if strings.HasPrefix(filepath.Base(path), ".env") || strings.HasSuffix(path, ".env") {
		return syntax.ParseEnv(path, src)
	}
	return nil
}

// isData reports a configuration file read by loadData.
func isData(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".json5", ".yaml", ".yml":
		return true
	}
	return strings.HasPrefix(filepath.Base(path), ".env")
}

// ParseDuration reads an ms-style duration ('90d', '1y', '2 weeks',
// '3 months', '15m', '3600') as the jsonwebtoken, ms and vercel/ms
// packages do; a bare number is milliseconds.
func ParseDuration(s string) (time.Duration, bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	m := durationRE.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, false
	}
	unit := time.Second
	switch u := m[2]; {
	case u == "":
		unit = time.Millisecond
	case u == "ms" || strings.HasPrefix(u, "msec") || strings.HasPrefix(u, "millisecond"):
		unit = time.Millisecond
	case u == "s" || strings.HasPrefix(u, "sec"):
		unit = time.Second
	case u == "m" || strings.HasPrefix(u, "min"):
		unit = time.Minute
	case u == "h" || strings.HasPrefix(u, "h"):
		unit = time.Hour
	case u == "d" || strings.HasPrefix(u, "day"):
		unit = 24 * time.Hour
	case u == "w" || strings.HasPrefix(u, "week"):
		unit = 7 * 24 * time.Hour
	case strings.HasPrefix(u, "mo"):
		unit = 30 * 24 * time.Hour
	case u == "y" || strings.HasPrefix(u, "y"):
		unit = 365 * 24 * time.Hour
	default:
		return 0, false
	}
	return time.Duration(v * float64(unit)), true
}

var durationRE = lazyre.New(`^(-?\d+(?:\.\d+)?)\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|months?|y|yrs?|years?)?$`)

// paramConfig resolves a parameter typed with a config type of the app
// (useFactory: (config: IAuthConfig) => ..., constructor(config:
// ConfigType<typeof authConfig>)) to the config's value.
func (f *File) paramConfig(id *syntax.Node, depth int) *syntax.Node {
	name := f.Text(id)
	for p := id.Parent; p != nil; p = p.Parent {
		if !syntax.IsFunction(p) {
			continue
		}
		params := p.ChildByField("parameters")
		if params == nil {
			continue
		}
		for _, prm := range params.NamedChildren() {
			if prm.Kind != "required_parameter" && prm.Kind != "optional_parameter" {
				continue
			}
			if pat := prm.ChildByField("pattern"); pat == nil || f.Text(pat) != name {
				continue
			}
			t := prm.ChildByField("type")
			if t == nil {
				return nil
			}
			if target, isConfig := f.typeTarget(FirstNamed(t), depth+1); isConfig {
				return target
			}
			return nil
		}
	}
	return nil
}

// ConfigFiles returns the app's node-config files that ship
// (config/default.*, config/production.*), when f imports node-config.
func (f *File) ConfigFiles() []*File {
	imports := false
	for _, l := range jslib.ConfigLoaders(jslib.ConfigFiles) {
		imports = imports || f.Imported(l.Module)
	}
	if !imports || f.Root == "" {
		return nil
	}
	var out []*File
	for _, name := range jslib.ConfigFileNames {
		for _, ext := range jslib.ConfigFileExts {
			if g := f.Module(filepath.Join(f.Root, jslib.ConfigDir, name+ext)); g != nil {
				out = append(out, g)
			}
		}
	}
	return out
}

// DataFile returns the configuration file (JSON, YAML, .env) a path
// expression names, read from the app's folder or the file's:
// 'defaults.yml', path.join(__dirname, 'config.json'); nil otherwise.
func (f *File) DataFile(n *syntax.Node) *File {
	p, ok := f.String(n)
	if !ok {
		if p, ok = f.computedModule(n); !ok {
			return nil
		}
	}
	if !isData(p) {
		return nil
	}
	if filepath.IsAbs(p) {
		return f.Module(p)
	}
	for _, dir := range []string{f.Root, filepath.Dir(f.Tree.Path)} {
		if dir == "" {
			continue
		}
		if g := f.Module(filepath.Join(dir, filepath.FromSlash(p))); g != nil {
			return g
		}
	}
	return nil
}

// Duration evaluates a lifetime: a number in unit, an ms-style string
// ('90d'), a configuration default of one, ms('1y').
func (f *File) Duration(n *syntax.Node, unit time.Duration) (time.Duration, bool) {
	if v, ok := f.Number(n); ok {
		return time.Duration(v * float64(unit)), true
	}
	if s, ok := f.String(n); ok {
		return ParseDuration(s)
	}
	v := f.Value(n)
	if v == nil {
		return 0, false
	}
	g := f.Owner(v)
	if d, ok := g.EnvDefault(v); ok {
		return g.Duration(d, unit)
	}
	if v != syntax.Unwrap(n) {
		return g.Duration(v, unit)
	}
	return 0, false
}

// typedMethod returns the method name of the class a parameter's type
// names, or nil.
func (f *File) typedMethod(param *syntax.Node, name string, depth int) *syntax.Node {
	class := f.paramClass(param, depth)
	if class == nil {
		return nil
	}
	g := f.Owner(class)
	if body := FirstKind(class, "class_body"); body != nil {
		for _, c := range body.Children {
			if c.Kind == "method_definition" && g.Text(c.ChildByField("name")) == name {
				return c
			}
		}
	}
	return nil
}

// paramClass returns the class a parameter's type annotation names, or nil.
func (f *File) paramClass(param *syntax.Node, depth int) *syntax.Node {
	typ := f.paramType(param)
	if typ == nil {
		return nil
	}
	class, isConfig := f.typeTarget(typ, depth+1)
	if isConfig {
		return nil
	}
	return class
}

// typedField returns what the class a parameter is typed with stores in a
// field: the one value of its this.name = ... assignments, or its field
// initialiser.
func (f *File) typedField(param *syntax.Node, name string, depth int) *syntax.Node {
	class := f.paramClass(param, depth)
	if class == nil {
		return nil
	}
	g := f.Owner(class)
	var out *syntax.Node
	n := 0
	syntax.Walk(class, func(c *syntax.Node) bool {
		switch c.Kind {
		case "assignment_expression":
			if g.MemberPath(c.ChildByField("left")) == "this."+name {
				out = c.ChildByField("right")
				n++
			}
		case "public_field_definition", "field_definition":
			if g.Text(c.ChildByField("name")) == name {
				if v := c.ChildByField("value"); v != nil {
					out = v
					n++
				}
			}
		}
		return n < 2
	})
	if n != 1 {
		return nil
	}
	return out
}

// paramType returns the type annotation of the parameter id names.
func (f *File) paramType(id *syntax.Node) *syntax.Node {
	name := f.Text(id)
	for p := id.Parent; p != nil; p = p.Parent {
		if !syntax.IsFunction(p) {
			continue
		}
		params := p.ChildByField("parameters")
		if params == nil {
			continue
		}
		for _, prm := range params.NamedChildren() {
			if pat := prm.ChildByField("pattern"); pat != nil && f.Text(pat) == name {
				if t := prm.ChildByField("type"); t != nil {
					return FirstNamed(t)
				}
				return nil
			}
		}
	}
	return nil
}
