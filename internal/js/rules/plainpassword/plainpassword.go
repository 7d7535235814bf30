package plainpassword

import (
	"bytes"
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

// PlainPassword flags passwords written to storage without a slow salted
// hash: ORM and driver writes (Mongoose/Sequelize/Prisma/TypeORM/knex
// create, insert, update, save of new Model({...}), Mongo insertOne and
// $set) and SQL INSERT/UPDATE statements whose password column receives a
// request field or password variable as is, or hashed with a fast digest
// (crypto.createHash md5/sha1/sha256/..., md5, sha1, js-sha256,
// crypto-js), and user.password = <plain> followed in the same function by
// user.save() / repo.save(user) with no hashing call in between. Fields
// and columns named like a hash (passwordHash, password_hash, hash) are
// trusted unless their value is a fast digest of a password. Values from
// bcrypt, bcryptjs, argon2, crypto.scrypt or pbkdf2 (or helpers named
// hash*) are silent, as are comparisons, calls on this/super or a service
// instance (the service layer hashes), and ORM writes in apps whose model
// has a hook or setter that hashes on that kind of write: save hooks
// (schema.pre('save'), beforeCreate, @BeforeInsert) cover create/save but
// not update queries (updateOne, findOneAndUpdate, instance.update), which
// need an update hook (pre('updateOne'), beforeUpdate, beforeSave,
// beforeBulkUpdate); a hashing setter (setDataValue('password', hash(v)))
// covers both. A model declared in a file without hooks (ApiClient beside
// a hooked User) is not covered by another model's hook.
var Rule = &analysis.Rule{
	ID:    "plainpassword",
	Query: analysis.CallQuery + "\n" + analysis.NewQuery,
	Check: check,
}

var (
	passwordKey  = lazyre.New(`(?i)^((user|admin|root)_?)?(password|passwd|pwd|pass|passphrase)$`)
	hashKey      = lazyre.New(`(?i)^((user_?)?(password|passwd|pwd|pass)_?(hash|hashed|digest|crypt|crypted|encrypted)|(hashed|encrypted|crypted)_?(password|passwd|pwd)|hash|password_?digest)$`)
	sqlHashWrite = lazyre.New(`(?is)^\s*(insert\s+into|update\s|replace\s+into).*\b((password|passwd|pwd)_?(hash|hashed|digest)|hashed_?password)\b`)
	saveMethod   = lazyre.New(`^(save|\$save|update|updateOne|upsert|persist|insert)$`)
	serviceName  = lazyre.New(`(?i)service$`)
	hashingCall  = lazyre.New(`(?i)(hash|bcrypt|argon|scrypt|pbkdf|encrypt|setPassword$)`)
	setterHash   = lazyre.New(`setDataValue\(\s*['"](password|passwd)['"]\s*,[^;]*(hash|bcrypt|argon|scrypt)`)
	// virtualHash: a mongoose virtual password whose setter hashes
	// (Schema.virtual('password').set(function (p) { this.hash = hash(p) })).
	virtualHash   = lazyre.New(`\.virtual\(\s*['"](password|passwd|pass)['"]\s*\)[\s\S]{0,300}?\.set\(\s*(function|\()[\s\S]{0,400}?(?i:hash|bcrypt|pbkdf2|scrypt|argon)`)
	passwordVar   = lazyre.New(`(?i)(password|passwd|^pwd$|^pass$|passphrase)`)
	passwordMaker = lazyre.New(`(?i)^(gen(erate)?|random|make|create|new)\w*(password|passphrase)$`)
	hashedName    = lazyre.New(`(?i)(hash|crypt|digest|kdf|derive|scrypt|argon|bcrypt|pbkdf)`)
	writeMethod   = lazyre.New(`^(create|insert|insertOne|insertMany|update|updateOne|updateMany|findOneAndUpdate|findByIdAndUpdate|upsert|bulkCreate|replaceOne|createUser|save|build|set|merge|add)$`)
	sqlMethod     = lazyre.New(`^(query|execute|run|exec|raw|none|one|oneOrNone|any|many|prepare)$`)
	sqlWrite      = lazyre.New(`(?is)^\s*(insert\s+into|update\s|replace\s+into).*\b(password|passwd|pwd)\b`)
	fastHashAlg   = lazyre.New(`(?i)^(md4|md5|sha1|sha-1|sha224|sha256|sha-256|sha384|sha512|sha-512|sha3-256|sha3-512|ripemd160|rmd160)$`)
	requestField  = lazyre.New(`(^|\.)(body|query|fields|payload)\.|(^|\.)(req|request|ctx)\.params\.`)
	requestObject = lazyre.New(`(^|\.)(body|query|params|fields|data|args|input|credentials)$`)
	preHook       = lazyre.New(`\.pre\(\s*(\[[^\]]*\]|['"]\w+['"])`)
	quoted        = lazyre.New(`['"](\w+)['"]`)
	// updateDoc: keys whose value is the document an update writes.
	updateDoc = lazyre.New(`^(\$set|\$setOnInsert|data|values|doc|document|update)$`)
	// updateMethod: query-style writes that skip document save hooks
	// (mongoose pre('save'), Sequelize beforeCreate).
	updateMethod = lazyre.New(`^(update|updateOne|updateMany|findOneAndUpdate|findByIdAndUpdate|findOneAndReplace|replaceOne|bulkUpdate)$`)
	// modelDecl: ORM models declared with their attributes in the file.
	modelDecl = lazyre.New(`\.define\(\s*['"](\w+)['"]\s*,\s*\{|\bmodel\(\s*['"](\w+)['"]\s*,|\bclass\s+(\w+)\s+extends\s+Model\b`)
)

// The ORM hooks in which models hash passwords before writes, by the
// writes they run on: creating and saving documents, or update queries.
var (
	saveHooks   = words(jslib.SaveHooks)
	updateHooks = words(jslib.UpdateHooks)
)

// hashHooks reports which writes src's ORM hooks run on: save (mongoose
// pre('save'|'validate'), Sequelize beforeCreate/beforeSave, TypeORM
// @BeforeInsert) and update (mongoose pre('updateOne'|'findOneAndUpdate'|...),
// beforeUpdate/beforeSave/beforeBulkUpdate, @BeforeUpdate). A Sequelize
// setter that hashes covers both. Literal searches first: a regexp over a
// whole large file is too slow for every file.
func hashHooks(src []byte) (save, update bool) {
	save, update = containsAny(src, saveHooks), containsAny(src, updateHooks)
	// Sequelize: password: { set(v) { this.setDataValue('password', hash(v)) } }
	if bytes.Contains(src, []byte("setDataValue(")) && setterHash.Match(src) {
		return true, true
	}
	// A virtual setter runs when the document's password is assigned,
	// before save; update queries bypass it.
	if len(matchesNear(src, virtualHash, 800, ".virtual(")) > 0 {
		save = true
	}
	for _, m := range matchesNear(src, preHook, 155, ".pre(") {
		for _, q := range quoted.FindAllSubmatch(m[0], -1) {
			switch k := string(q[1]); {
			case k == "save" || k == "validate":
				save = true
			case updateMethod.MatchString(k):
				update = true
			}
		}
	}
	return save, update
}

// plainModels returns the ORM models a file declares when it has no
// hashing hook: ApiClient in a file of its own is not covered by the User
// model's beforeCreate.
func plainModels(src []byte) []string {
	var out []string
	for _, m := range matchesNear(src, modelDecl, 120, "define(", "model(", "extends Model") {
		switch {
		case m[1] != nil:
			out = append(out, string(m[1]))
		case m[2] != nil && bytes.Contains(src, []byte("Schema(")):
			out = append(out, string(m[2]))
		case m[3] != nil:
			out = append(out, string(m[3]))
		}
	}
	return out
}

// matchesNear returns the matches of re that contain an occurrence of one
// of the anchors, running re only within span bytes either side of each:
// a regexp over a whole large file is too slow for every file, and the
// anchors are rare.
func matchesNear(src []byte, re *lazyre.Regexp, span int, anchors ...string) [][][]byte {
	var out [][][]byte
	seen := map[int]bool{}
	for _, a := range anchors {
		for off := 0; ; {
			i := bytes.Index(src[off:], []byte(a))
			if i < 0 {
				break
			}
			i += off
			off = i + len(a)
			if strings.HasSuffix(a, "(") && !argOpens(src[off:]) {
				continue // model(x), .pre(fn): no quoted name follows
			}
			lo, hi := max(0, i-span), min(len(src), i+len(a)+span)
			for _, loc := range re.FindAllSubmatchIndex(src[lo:hi], -1) {
				if start := lo + loc[0]; !seen[start] && lo+loc[0] <= i && i < lo+loc[1] {
					seen[start] = true
					m := make([][]byte, len(loc)/2)
					for k := range m {
						if loc[2*k] >= 0 {
							m[k] = src[lo+loc[2*k] : lo+loc[2*k+1]]
						}
					}
					out = append(out, m)
				}
			}
		}
	}
	return out
}

// argOpens reports whether the text after a call's parenthesis starts
// with a string or an array (the anchors' regexps want one of them).
func argOpens(rest []byte) bool {
	rest = bytes.TrimLeft(rest[:min(len(rest), 40)], " \t\r\n")
	return len(rest) > 0 && (rest[0] == '\'' || rest[0] == '"' || rest[0] == '[')
}

func check(f *analysis.File, m syntax.Match) {
	if f.Test {
		return
	}
	if call := m.Capture("call"); call != nil && !collecting(f) {
		callers(f, call)
	}
	defer f.LocalOnly()()
	if !collecting(f) && f.Once(hooksScanned{}) { // a summary's file is scanned by its own run
		src := f.Tree.Src
		save, update := false, false
		if bytes.Contains(src, []byte("hash")) || bytes.Contains(src, []byte("Hash")) {
			save, update = hashHooks(src)
		}
		f.Facts.HashHook = f.Facts.HashHook || save
		f.Facts.HashHookUpdate = f.Facts.HashHookUpdate || update
		hashingMethods(f)
		digestFuncs(f)
		if !save && !update {
			f.Facts.PlainModels = append(f.Facts.PlainModels, plainModels(src)...)
		}
	}
	if n := m.Capture("new"); n != nil {
		c := n.ChildByField("constructor")
		name := f.Text(c)
		if c == nil || c.Kind != "identifier" || name == "" || name[0] < 'A' || name[0] > 'Z' || name == "Error" || name == "Map" || name == "URL" {
			return
		}
		as := resolve.Args(n)
		if len(as) == 0 || syntax.Unwrap(as[0]).Kind != "object" {
			return
		}
		if hashedAfterNew(f, n) {
			return
		}
		passwordInObject(f, n, as[0], 0, ormWrite(name, false))
		return
	}
	call := m.Capture("call")
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn != nil && fn.Kind == "identifier" && !collecting(f) && fileRecords(f, call) {
		return // writeJson(path, users)
	}
	if fn != nil && fn.Kind == "identifier" && sqlMethod.MatchString(f.Text(fn)) {
		// The app's own wrapper of the driver: query('UPDATE users SET
		// password_hash = $1 ...', [digest]). The SQL text must say it
		// writes a password column.
		if as := resolve.Args(call); len(as) > 0 {
			sqlInsert(f, call, as)
		}
		return
	}
	if fn == nil || fn.Kind != "member_expression" {
		return
	}
	if !collecting(f) && fileRecords(f, call) {
		return
	}
	method := f.Text(fn.ChildByField("property"))
	if m, ok := strings.CutSuffix(method, "Async"); ok && (saveMethod.MatchString(m) || writeMethod.MatchString(m)) {
		method = m // bluebird's promisifyAll: user.createAsync(obj), doc.saveAsync()
	}
	as := resolve.Args(call)
	recvNode := syntax.Unwrap(fn.ChildByField("object"))
	if serviceReceiver(f, recvNode) {
		return
	}
	if saveMethod.MatchString(method) {
		// user.password = req.body.password; ...; await user.save()
		passwordAssignedBefore(f, call, recvNode, method)
		for _, a := range as { // repository.save(user), user.update(changes)
			if a = syntax.Unwrap(a); a != nil && (a.Kind == "identifier" || a.Kind == "member_expression") {
				passwordAssignedBefore(f, call, a, method)
			}
		}
	}
	if len(as) == 0 {
		return
	}
	switch {
	case sqlMethod.MatchString(method):
		sqlInsert(f, call, as)
	case writeMethod.MatchString(method):
		if !collecting(f) && callee(f, call) != nil {
			return // the app's own function: judged by what it stores (callers)
		}
		recv := strings.ToLower(f.Text(recvNode))
		if strings.Contains(recv, "session") || strings.Contains(recv, "cookie") || strings.Contains(recv, "storage") ||
			strings.Contains(recv, "header") || strings.Contains(recv, "params") || strings.Contains(recv, "map") || recv == "res" {
			return
		}
		if method == "set" && len(as) >= 2 {
			return // map.set, session.set, ...
		}
		when := ormWrite(modelName(f, recvNode), updateMethod.MatchString(method))
		if wrapped := wrapperWrite(f, recvNode, method); wrapped != nil {
			inner := when
			when = func(a *analysis.App) bool { return (inner == nil || inner(a)) && !wrapped(a) }
		}
		if save, update, ok := classHooks(f, recvNode); ok {
			// The model class is known: its own hooks decide.
			hooked := save
			if updateMethod.MatchString(method) {
				hooked = update
			}
			when = func(*analysis.App) bool { return !hooked }
		}
		if r := syntax.Unwrap(recvNode); r != nil && r.Kind == "call_expression" {
			// Query builders and drivers skip an ORM's hooks: knex('users'),
			// db.collection('users').
			if callee := syntax.Unwrap(r.ChildByField("function")); callee != nil &&
				(callee.Kind == "identifier" || strings.HasSuffix(f.MemberPath(callee), ".collection")) {
				when = nil
			}
		}
		for _, a := range as {
			passwordInObject(f, call, a, 0, when)
		}
	}
}

// serviceReceiver reports a receiver that is the service layer rather than
// the database: this/super in a class (this.updateOne({ password }) in
// Directus' UsersService; outside a class, this is a model document),
// or a service instance (usersService, new UsersService(opts)). Services
// hash in their own write path;
// this.userModel.create and this.knex(...) still count.
func serviceReceiver(f *analysis.File, n *syntax.Node) bool {
	for i := 0; n != nil && i < 3; i++ {
		switch n.Kind {
		case "this", "super":
			// Outside a class, this is the document a schema or
			// prototype method runs on (userSchema.methods.x).
			return syntax.Ancestor(n, "class_body") != nil
		case "identifier":
			if serviceName.MatchString(f.Text(n)) {
				return true
			}
			n = f.IdentValue(n)
		case "new_expression":
			return serviceName.MatchString(f.Text(n.ChildByField("constructor")))
		case "await_expression":
			n = syntax.Unwrap(resolve.FirstNamed(n))
		default:
			return false
		}
	}
	return false
}

// ormWrite returns when an ORM write of a password is reported: unless
// a model hook hashes on this kind of write (save hooks do not run on
// update queries) and the written model is not one declared without hooks.
func ormWrite(model string, update bool) func(*analysis.App) bool {
	return func(a *analysis.App) bool {
		if model != "" && slices.ContainsFunc(a.Facts.PlainModels, func(m string) bool { return strings.EqualFold(m, model) }) {
			return true
		}
		if update {
			return !a.Facts.HashHookUpdate
		}
		return !a.Facts.HashHook
	}
}

// modelName returns the model a write goes to: User in User.create(...),
// db.ApiClient.create(...), user.update(...) ("" when unknown).
func modelName(f *analysis.File, recv *syntax.Node) string {
	switch recv = syntax.Unwrap(recv); {
	case recv == nil:
		return ""
	case recv.Kind == "identifier":
		return f.Text(recv)
	case recv.Kind == "member_expression":
		return f.Text(recv.ChildByField("property"))
	case recv.Kind == "call_expression":
		// Model.query().insert(...): the model the query builder is on.
		if fn := syntax.Unwrap(recv.ChildByField("function")); fn != nil && fn.Kind == "member_expression" {
			return modelName(f, fn.ChildByField("object"))
		}
	}
	return ""
}

// classHooks resolves the receiver of an ORM write to the model class it
// is (accessListAuthModel.query() with class AccessListAuth extends
// Model imported) and reports the hashing hooks of the file that declares
// it: an app whose User model hashes in a hook says nothing about its
// other models.
func classHooks(f *analysis.File, recv *syntax.Node) (save, update, ok bool) {
	recv = syntax.Unwrap(recv)
	if recv != nil && recv.Kind == "call_expression" {
		if fn := syntax.Unwrap(recv.ChildByField("function")); fn != nil && fn.Kind == "member_expression" {
			recv = syntax.Unwrap(fn.ChildByField("object"))
		}
	}
	if recv == nil || recv.Kind != "identifier" {
		return false, false, false
	}
	v := f.Value(recv)
	if v == nil || v.Kind != "class" && v.Kind != "class_declaration" || resolve.FirstKind(v, "class_heritage") == nil {
		return false, false, false
	}
	// Its hook methods ($beforeInsert() { ... }, @BeforeInsert() m() { ... })
	// hash when a hashing call runs in them.
	g := f.Owner(v)
	body := resolve.FirstKind(v, "class_body")
	if body == nil {
		return false, false, false
	}
	for _, m := range body.Children {
		if m.Kind != "method_definition" {
			continue
		}
		head := g.Text(m.ChildByField("name"))
		for _, d := range m.Children {
			if d.Kind == "decorator" {
				head += " " + g.Text(d)
			}
		}
		if !callsHashing(g, m.ChildByField("body")) {
			continue
		}
		save = save || containsAny([]byte(head), saveHooks)
		update = update || containsAny([]byte(head), updateHooks)
	}
	return save, update, true
}

// callsHashing reports whether a hashing call (bcrypt.hash, argon2,
// this.hashPassword()) runs within n.
func callsHashing(g *resolve.File, n *syntax.Node) bool {
	hashes := false
	syntax.Walk(n, func(c *syntax.Node) bool {
		if c.Kind == "call_expression" && hashingCall.MatchString(g.Text(c.ChildByField("function"))) {
			hashes = true
		}
		return !hashes
	})
	return hashes
}

// passwordInObject looks for password keys in an object written to
// storage, including nested data objects ({ data: {...} }, { $set: {...} }).
func passwordInObject(f *analysis.File, sink, n *syntax.Node, depth int, when func(*analysis.App) bool) {
	if depth > 3 {
		return
	}
	if s, ok := f.Memo(collectKey{}, func() any { return nil }).(*summary); ok {
		// save(user) { collection.updateOne(q, { $set: user }) }: the
		// parameter is written whole, as a document; its callers say what
		// it holds.
		if v := syntax.Unwrap(n); v != nil && v.Kind == "identifier" {
			if i := wholeParam(f, s.fn, v); i >= 0 {
				s.sinks = append(s.sinks, paramSink{index: i, path: wholeDoc, when: when})
				return
			}
		}
		// update({ ...old, ...changes }): the parameter spread in whole.
		if v := syntax.Unwrap(n); v != nil && v.Kind == "object" {
			for _, c := range v.NamedChildren() {
				if c.Kind != "spread_element" {
					continue
				}
				if a := syntax.Unwrap(resolve.FirstNamed(c)); a != nil && a.Kind == "identifier" {
					if i := wholeParam(f, s.fn, a); i >= 0 {
						s.sinks = append(s.sinks, paramSink{index: i, path: wholeDoc, when: when})
					}
				}
			}
		}
	}
	o := f.Object(n)
	if o == nil {
		// Rows built elsewhere: insert([{...}, {...}]), insertMany(docs)
		// with docs = list.map(e => ({ ... })).
		for _, row := range rowObjects(f, n) {
			passwordInObject(f, sink, row, depth+1, when)
		}
		return
	}
	remote := false
	o.Props(func(p *resolve.Prop) { remote = remote || connectionKey.MatchString(p.Key) })
	o.Props(func(p *resolve.Prop) {
		k := p.Key
		if (passwordKey.MatchString(k) || hashKey.MatchString(k)) && !remote {
			kind := passwordValue(f, p.Value, 0)
			if hashKey.MatchString(k) && kind == "fast" && !fastDigestOfPassword(f, p.Value, 0) {
				kind = "" // a hash field holding a digest of something else
			}
			if kind != "" {
				// At the write, where the password reaches storage, not at
				// the key of the object it is written with.
				store(f, sink, p.Value, kind, when)
			}
			return
		}
		if v := syntax.Unwrap(p.Value); v != nil && (v.Kind == "object" || updateDoc.MatchString(k) && (v.Kind == "identifier" || v.Kind == "member_expression")) {
			// { $set: user }, { data: fields }: the document written.
			passwordInObject(f, sink, v, depth+1, when)
		}
	})
}

// connectionKey names a key of a remote service's settings (an SMTP or
// LDAP server's host and port): the password next to it is that service's,
// replayed to it, and cannot be hashed.
var connectionKey = lazyre.New(`(?i)^(host|hostname|port|server|smtp|smtp_?host|imap|ldap|ldap_?url|endpoint|dsn|proxy)$`)

// requestRow reports whether id is the parameter of a .map() callback over
// request data: req.body.users.map(u => ({ password: u.password })).
func requestRow(f *analysis.File, id *syntax.Node) bool {
	if id == nil || id.Kind != "identifier" {
		return false
	}
	fn := syntax.EnclosingFunction(id)
	if fn == nil || fn.Parent == nil || fn.Parent.Kind != "arguments" || fn.Parent.Parent == nil {
		return false
	}
	params := fn.ChildByField("parameters")
	if params == nil {
		params = fn.ChildByField("parameter")
	}
	if params == nil || resolve.FirstNamed(params) == nil || f.Text(resolve.FirstNamed(params)) != f.Text(id) && f.Text(params) != f.Text(id) {
		return false
	}
	callee := syntax.Unwrap(fn.Parent.Parent.ChildByField("function"))
	if callee == nil || callee.Kind != "member_expression" || f.Text(callee.ChildByField("property")) != "map" {
		return false
	}
	return requestField.MatchString(f.MemberPath(callee.ChildByField("object")) + ".")
}

// rowObjects returns the objects a collection of rows is built from: the
// elements of an array literal, or what the callback of a .map() returns.
func rowObjects(f *analysis.File, n *syntax.Node) []*syntax.Node {
	v := f.Value(n)
	if v == nil {
		return nil
	}
	switch v.Kind {
	case "array":
		return v.NamedChildren()
	case "call_expression":
		fn := syntax.Unwrap(v.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" || f.Text(fn.ChildByField("property")) != "map" {
			return nil
		}
		as := resolve.Args(v)
		if len(as) == 0 {
			return nil
		}
		if cb := syntax.Unwrap(as[0]); cb != nil && syntax.IsFunction(cb) {
			return resolve.ReturnValues(cb)
		}
	}
	return nil
}

func passwordMessage(kind string) string {
	if kind == "weak" {
		return "password is stored hashed with PBKDF2 at fewer than " + strconv.Itoa(jslib.PBKDF2MinIterations) + " iterations, which GPUs brute-force quickly; raise the iteration count to at least 600000 (HMAC-SHA256) or hash it with " + jslib.PasswordHashes
	}
	if kind == "fast" {
		return "password is stored hashed with a fast digest, which GPUs brute-force at billions of guesses per second; hash it with " + jslib.PasswordHashes + " before storing"
	}
	return "password is stored as plain text, so anyone who reads the database (or a backup, or a log) gets every user's password; hash it with " + jslib.PasswordHashes + " before storing"
}

// passwordValue classifies a value stored under a password key: "plain",
// "fast" (a fast digest of it), or "" (hashed, or unknown).
func passwordValue(f *analysis.File, n *syntax.Node, depth int) string {
	n = syntax.Unwrap(n)
	if n == nil || depth > resolve.MaxDepth {
		return ""
	}
	switch n.Kind {
	case "await_expression":
		return passwordValue(f, resolve.FirstNamed(n), depth+1)
	case "member_expression":
		p := f.MemberPath(n)
		if !passwordVar.MatchString(p[strings.LastIndex(p, ".")+1:]) || hashedName.MatchString(p[strings.LastIndex(p, ".")+1:]) {
			return ""
		}
		if requestField.MatchString(p) || requestRow(f, resolve.RootIdent(n)) || requestBag(p) {
			return "plain"
		}
		// const user = req.body; ... user.password
		if root := resolve.RootIdent(n); root != nil && root.Kind == "identifier" {
			if v := f.IdentValue(root); v != nil && requestField.MatchString(f.MemberPath(v)+".") {
				return "plain"
			}
		}
		if root := resolve.RootIdent(n); root != nil && root.Kind == "identifier" && !web.ReqVar.MatchString(f.Text(root)) && f.Text(root) != "ctx" &&
			paramIndex(f, syntax.EnclosingFunction(n), f.Text(root)) >= 0 {
			return "param" // params.password: what the callers pass
		}
		return ""
	case "identifier", "shorthand_property_identifier":
		name := f.Text(n)
		if v := f.IdentValue(n); v != nil {
			return passwordValue(f, v, depth+1)
		}
		if hashedName.MatchString(name) {
			return ""
		}
		if !passwordVar.MatchString(name) || len(f.Assigns(name)) > 0 {
			return ""
		}
		// A name destructured from the request body, or a parameter (what
		// the callers pass).
		if fromRequest(f, name) {
			return "plain"
		}
		if paramIndex(f, syntax.EnclosingFunction(n), name) >= 0 {
			return "param"
		}
		return ""
	case "call_expression":
		if isFastDigest(f, n) {
			return "fast"
		}
		if weakKDF(f, n) {
			return "weak"
		}
		// generateRandomPassword(): a password made here and stored as is.
		if fn := f.MemberPath(n.ChildByField("function")); passwordMaker.MatchString(fn[strings.LastIndex(fn, ".")+1:]) {
			return "plain"
		}
		if name := unresolvedHash(f, n); name != "" && mentionsPassword(f, n, 0) {
			return namedDigest + name
		}
		return ""
	}
	return ""
}

// weakKDF reports PBKDF2 of a password with a literal iteration count
// below the catalog's minimum, called here or in a helper of the file that
// passes its password parameter on (this.hashPassword(password, salt)
// whose body runs pbkdf2(password, salt, 1000, 64, 'sha512', cb)).
func weakKDF(f *analysis.File, call *syntax.Node) bool {
	// pbkdf2Sync(password, salt, 1000, 64, 'sha512').toString('hex')
	for c, i := call, 0; c != nil && c.Kind == "call_expression" && i < 4; i++ {
		if pw := lowPBKDF2(f, c); pw != nil {
			return mentionsPassword(f, pw, 0)
		}
		fn := syntax.Unwrap(c.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			break
		}
		c = syntax.Unwrap(fn.ChildByField("object"))
	}
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || !hashingCall.MatchString(f.Text(fn)) {
		return false
	}
	var body *syntax.Node
	if fn.Kind == "member_expression" && f.Text(fn.ChildByField("object")) == "this" {
		body = f.ThisMethod(fn)
	} else if fn.Kind == "identifier" {
		body = f.LocalFunction(fn)
	}
	if body == nil || f.Owner(body) != f.File {
		return false
	}
	as := resolve.Args(call)
	found := false
	syntax.Walk(body, func(n *syntax.Node) bool {
		if found {
			return false
		}
		if n.Kind == "call_expression" {
			if pw := lowPBKDF2(f, n); pw != nil {
				if i := paramIndex(f, body, f.Text(syntax.Unwrap(pw))); i >= 0 && i < len(as) && mentionsPassword(f, as[i], 0) {
					found = true
				}
			}
		}
		return true
	})
	return found
}

// lowPBKDF2 returns the password argument of a PBKDF2 call whose literal
// iteration count is below the catalog's minimum, or nil.
func lowPBKDF2(f *analysis.File, call *syntax.Node) *syntax.Node {
	b, ok := f.Callee(call)
	if !ok {
		return nil
	}
	for _, k := range jslib.PBKDF2 {
		if k.Ref != b {
			continue
		}
		as := resolve.Args(call)
		if len(as) <= k.Iterations || len(as) <= k.Password {
			return nil
		}
		if it, ok := f.Number(as[k.Iterations]); ok && it > 0 && it < jslib.PBKDF2MinIterations {
			return as[k.Password]
		}
		return nil
	}
	return nil
}

// fromRequest reports whether name is destructured from the request
// (const { email, password } = req.body) somewhere in the file.
func fromRequest(f *analysis.File, name string) bool {
	// const { email, password } = req.body
	for i := range f.Tree.Nodes {
		d := &f.Tree.Nodes[i]
		if d.Kind != "variable_declarator" {
			continue
		}
		pat := d.ChildByField("name")
		if pat == nil || pat.Kind != "object_pattern" {
			continue
		}
		src := f.MemberPath(d.ChildByField("value"))
		if !requestObject.MatchString(src) {
			continue
		}
		for _, c := range pat.Children {
			if (c.Kind == "shorthand_property_identifier_pattern" && f.Text(c) == name) ||
				(c.Kind == "pair_pattern" && f.Text(c.ChildByField("value")) == name) {
				return true
			}
		}
	}
	return false
}

// isFastDigest reports crypto.createHash(<fast alg>).update(password)...
func isFastDigest(f *analysis.File, n *syntax.Node) bool {
	if digestChain(f.File, n) {
		return true
	}
	n = syntax.Unwrap(n)
	if n == nil || n.Kind != "call_expression" {
		return false
	}
	fn := syntax.Unwrap(n.ChildByField("function"))
	return fn != nil && digestHelper(f, fn)
}

// digestChain reports a fast digest made by a call chain of the catalog's
// digests: createHash('md5').update(x).digest('hex'), md5(x), sha1(x), or
// by an app function every return of which is one (this.encrypt(pw) whose
// body returns this.md5(...)).
func digestChain(f *resolve.File, n *syntax.Node) bool { return digestChainAt(f, n, 0) }

// maxDigestHelpers bounds how many app functions deep a digest is followed.
const maxDigestHelpers = 3

func digestChainAt(f *resolve.File, n *syntax.Node, depth int) bool {
	for i := 0; n != nil && i < 8; i++ {
		n = syntax.Unwrap(n)
		if n.Kind == "identifier" {
			// const h = crypto.createHash('sha256'); h.update(pw); return h.digest('hex')
			n = f.IdentValue(n)
			continue
		}
		if n.Kind != "call_expression" {
			return false
		}
		if b, _ := f.Callee(n); b == jslib.CreateHash {
			if as := resolve.Args(n); len(as) > 0 {
				alg, ok := f.String(as[0])
				return ok && fastHashAlg.MatchString(alg)
			}
			return false
		}
		if b, ok := f.Callee(n); ok && jslib.FastDigest(b) {
			return true
		}
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn != nil && depth < maxDigestHelpers {
			body := f.LocalFunction(fn)
			if body == nil {
				body = f.ThisMethod(fn)
			}
			if body != nil {
				return returnsDigest(f.Owner(body), body, depth+1)
			}
		}
		if fn == nil || fn.Kind != "member_expression" {
			return false
		}
		n = fn.ChildByField("object")
	}
	return false
}

// returnsDigest reports whether every return of body is a fast digest.
func returnsDigest(g *resolve.File, body *syntax.Node, depth int) bool {
	rets := resolve.ReturnValues(body)
	for _, r := range rets {
		if !digestChainAt(g, r, depth) {
			return false
		}
	}
	return len(rets) > 0
}

// digestHelper reports an app function every return of which is a fast
// digest of what it is given: userModel.md5(pw) with exports.md5 = d =>
// crypto.createHash('md5').update(d).digest('hex').
func digestHelper(f *analysis.File, fn *syntax.Node) bool {
	body := f.LocalFunction(fn)
	if body == nil {
		return false
	}
	return returnsDigest(f.Owner(body), body, 0)
}

// sqlInsert checks db.query('INSERT ... password ...', [..., password]).
func sqlInsert(f *analysis.File, call *syntax.Node, as []*syntax.Node) {
	q := syntax.Unwrap(as[0])
	text, ok := f.String(q)
	if !ok && q.Kind == "template_string" {
		text = f.Text(q)
	}
	if text == "" {
		return
	}
	hashCol := false
	if !sqlWrite.MatchString(text) {
		if !sqlHashWrite.MatchString(text) {
			return
		}
		hashCol = true // only a digest of the password, or the password itself, counts
	}
	var vals []*syntax.Node
	if q.Kind == "template_string" {
		for _, c := range q.Children {
			if c.Kind == "template_substitution" {
				vals = append(vals, resolve.FirstNamed(c))
			}
		}
	}
	for _, a := range as[1:] {
		a = f.Value(a)
		if a != nil && a.Kind == "array" {
			vals = append(vals, a.NamedChildren()...)
		}
		if a != nil && a.Kind == "object" {
			for _, c := range a.NamedChildren() {
				if c.Kind == "pair" {
					vals = append(vals, c.ChildByField("value"))
				} else {
					vals = append(vals, c)
				}
			}
		}
	}
	for _, v := range vals {
		kind := passwordValue(f, v, 0)
		if hashCol && kind == "fast" && !fastDigestOfPassword(f, v, 0) {
			continue
		}
		if kind != "" {
			store(f, v, v, kind, nil)
			return
		}
	}
}

// passwordAssignedBefore reports obj.password = <plain or fast digest>
// written earlier in the function that saves obj (obj.save(),
// repo.save(obj)), when no hashing happens in between.
func passwordAssignedBefore(f *analysis.File, call, obj *syntax.Node, method string) {
	path := f.MemberPath(obj)
	root := resolve.RootIdent(obj)
	if path == "" || root == nil || root.Kind != "identifier" && root.Kind != "this" {
		return
	}
	fn := syntax.EnclosingFunction(call)
	var last *syntax.Node
	if root.Kind == "identifier" {
		for _, a := range f.MemberWrites(f.Text(root)) {
			if a.Kind != "assignment_expression" || a.End > call.Start || syntax.EnclosingFunction(a) != fn {
				continue
			}
			key, ok := strings.CutPrefix(f.MemberPath(a.ChildByField("left")), path+".")
			if !ok || !passwordKey.MatchString(key) {
				continue
			}
			if last == nil || a.Start > last.Start {
				last = a
			}
		}
	}
	var value *syntax.Node
	kind := ""
	if last != nil {
		value = last.ChildByField("right")
		kind = passwordValue(f, value, 0)
	}
	// obj.setPassword(pw) after that: the model's own method writes it.
	if s, ok := lastSetter(f, fn, call, path); ok && (last == nil || s.call.Start > last.Start) {
		last, value, kind = s.call, s.call, s.kind
	}
	if last == nil || kind == "" || hashesBetween(f, fn, last.End, call.Start) {
		return
	}
	model := ""
	if fn := syntax.Unwrap(call.ChildByField("function")); fn != nil && fn.Kind == "member_expression" {
		model = modelName(f, fn.ChildByField("object"))
	}
	// At the write: the save stores what the assignment set.
	store(f, call, value, kind, ormWrite(model, updateMethod.MatchString(method)))
}

// hashedAfterNew reports an instance built with a password whose own
// hashing method runs after it (const user = new User({ password });
// await user.setPassword(password); repo.save(user)): the constructor only
// holds the value until the model hashes it.
func hashedAfterNew(f *analysis.File, n *syntax.Node) bool {
	d := n
	for d.Parent != nil && (d.Parent.Kind == "await_expression" || d.Parent.Kind == "parenthesized_expression" || d.Parent.Kind == "as_expression") {
		d = d.Parent
	}
	if d.Parent == nil || d.Parent.Kind != "variable_declarator" || d.Field != "value" {
		return false
	}
	id := d.Parent.ChildByField("name")
	fn := syntax.EnclosingFunction(n)
	if id == nil || id.Kind != "identifier" || fn == nil {
		return false
	}
	name := f.Text(id)
	found := false
	syntax.Walk(fn, func(c *syntax.Node) bool {
		if found || c.End <= n.End {
			return false
		}
		if c.Kind == "call_expression" && c.Start >= n.End {
			callee := syntax.Unwrap(c.ChildByField("function"))
			if callee != nil && callee.Kind == "member_expression" && f.Text(syntax.Unwrap(callee.ChildByField("object"))) == name &&
				hashingCall.MatchString(f.Text(callee.ChildByField("property"))) {
				found = true
			}
		}
		return true
	})
	return found
}

// hashesBetween reports a call in fn, between the offsets, that looks like
// hashing: bcrypt.hash, user.hashPassword(), user.setPassword() (which
// passport-local-mongoose hashes), argon2, scrypt, pbkdf2.
func hashesBetween(f *analysis.File, fn *syntax.Node, from, to int) bool {
	if fn == nil {
		return false
	}
	found := false
	syntax.Walk(fn, func(n *syntax.Node) bool {
		if found || n.End < from || n.Start > to {
			return false
		}
		if n.Kind == "call_expression" && n.Start >= from {
			callee := f.Text(n.ChildByField("function"))
			if hashingCall.MatchString(callee) {
				found = true
			}
		}
		return true
	})
	return found
}

// fastDigestOfPassword reports whether n is (or is bound to) a fast digest
// whose input is a password: createHash('sha1').update(password),
// md5(salt + password), CryptoJS.SHA256(req.body.password).
func fastDigestOfPassword(f *analysis.File, n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n == nil || depth > resolve.MaxDepth {
		return false
	}
	switch n.Kind {
	case "await_expression":
		return fastDigestOfPassword(f, resolve.FirstNamed(n), depth+1)
	case "identifier", "shorthand_property_identifier":
		if v := f.IdentValue(n); v != nil {
			return fastDigestOfPassword(f, v, depth+1)
		}
		return false
	case "call_expression":
		if !isFastDigest(f, n) {
			return false
		}
		// The inputs: arguments of the chain's calls, createHash's excepted.
		for c := n; c != nil && c.Kind == "call_expression"; {
			if b, _ := f.Callee(c); b != jslib.CreateHash {
				for _, a := range resolve.Args(c) {
					if mentionsPassword(f, a, depth+1) {
						return true
					}
				}
			}
			fn := syntax.Unwrap(c.ChildByField("function"))
			if fn == nil || fn.Kind != "member_expression" {
				break
			}
			c = syntax.Unwrap(fn.ChildByField("object"))
		}
	}
	return false
}

// mentionsPassword reports whether an expression is built from a value
// named like a password (password, req.body.password, user.pwd, salt +
// password).
func mentionsPassword(f *analysis.File, n *syntax.Node, depth int) bool {
	n = syntax.Unwrap(n)
	if n == nil || depth > resolve.MaxDepth {
		return false
	}
	switch n.Kind {
	case "identifier", "shorthand_property_identifier":
		name := f.Text(n)
		if passwordVar.MatchString(name) && !hashedName.MatchString(name) {
			return true
		}
		if v := f.IdentValue(n); v != nil {
			return mentionsPassword(f, v, depth+1)
		}
	case "member_expression":
		name := f.Text(n.ChildByField("property"))
		return passwordVar.MatchString(name) && !hashedName.MatchString(name)
	case "binary_expression", "template_string", "template_substitution", "await_expression", "arguments":
		for _, c := range n.Children {
			if c.Named && mentionsPassword(f, c, depth+1) {
				return true
			}
		}
	case "call_expression": // String(password), Buffer.from(password), password.trim()
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn != nil && fn.Kind == "member_expression" && mentionsPassword(f, fn.ChildByField("object"), depth+1) {
			return true
		}
		for _, a := range resolve.Args(n) {
			if mentionsPassword(f, a, depth+1) {
				return true
			}
		}
	}
	return false
}

type hooksScanned struct{}

func words(ws []string) [][]byte {
	out := make([][]byte, len(ws))
	for i, w := range ws {
		out[i] = []byte(w)
	}
	return out
}

func containsAny(src []byte, ws [][]byte) bool {
	for _, w := range ws {
		if bytes.Contains(src, w) {
			return true
		}
	}
	return false
}

// requestBag reports a password read from a bag of request parameters a
// framework or middleware hangs on the request (req.clientParam.password,
// req.data.password), not the logged-in user's record (req.user.password).
func requestBag(path string) bool {
	parts := strings.Split(path, ".")
	if len(parts) < 3 || !web.ReqVar.MatchString(parts[0]) {
		return false
	}
	switch strings.ToLower(parts[1]) {
	case "user", "session", "account", "locals", "auth", "me", "currentuser", "userinfo", "admin", "member", "profile", "state":
		return false
	}
	return true
}
