package rules

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/sessionlint/sessionlint/internal/js/syntax"
)

// PlainPassword flags passwords written to storage without a slow salted
// hash: ORM and driver writes (Mongoose/Sequelize/Prisma/TypeORM/knex
// create, insert, update, save of new Model({...}), Mongo insertOne and
// $set) and SQL INSERT/UPDATE statements whose password column receives a
// request field or password variable as is, or hashed with a fast digest
// (crypto.createHash md5/sha1/sha256/...). Values from bcrypt, bcryptjs,
// argon2, crypto.scrypt or pbkdf2 (or helpers named hash*) are silent, as
// are comparisons, and ORM writes in apps whose model has a save hook
// that hashes (schema.pre('save'), beforeCreate, @BeforeInsert).
var PlainPassword = &Rule{
	ID:    "plainpassword",
	Query: callQuery + "\n(new_expression) @new",
	Check: checkPlainPassword,
}

var (
	passwordKey   = regexp.MustCompile(`(?i)^(user_?)?(password|passwd|pwd|pass|passphrase)$`)
	passwordVar   = regexp.MustCompile(`(?i)(password|passwd|^pwd$|^pass$|passphrase)`)
	hashedName    = regexp.MustCompile(`(?i)(hash|crypt|digest|kdf|derive|scrypt|argon|bcrypt|pbkdf)`)
	writeMethod   = regexp.MustCompile(`^(create|insert|insertOne|insertMany|update|updateOne|updateMany|findOneAndUpdate|findByIdAndUpdate|upsert|bulkCreate|replaceOne|createUser|save|build|set|merge|add)$`)
	sqlMethod     = regexp.MustCompile(`^(query|execute|run|exec|raw|none|one|oneOrNone|any|many|prepare)$`)
	sqlWrite      = regexp.MustCompile(`(?is)^\s*(insert\s+into|update\s|replace\s+into).*\b(password|passwd|pwd)\b`)
	fastHashAlg   = regexp.MustCompile(`(?i)^(md4|md5|sha1|sha-1|sha224|sha256|sha-256|sha384|sha512|sha-512|sha3-256|sha3-512|ripemd160|rmd160)$`)
	requestField  = regexp.MustCompile(`(^|\.)(body|query|params|fields)\.`)
	requestObject = regexp.MustCompile(`(^|\.)(body|query|params|fields|data|args|input|credentials)$`)
	preHook       = regexp.MustCompile(`^\.pre\(\s*['"](save|validate|updateOne|findOneAndUpdate)`)
)

// ormHooks are the ORM hooks in which models hash passwords before writes.
var ormHooks = words("beforeCreate", "beforeSave", "beforeUpdate", "BeforeInsert", "BeforeUpdate", "beforeBulkCreate")

// hasHashHook reports whether src declares a mongoose pre-save (or
// similar) hook or an ORM before-write hook. Literal searches first: a
// regexp over a whole large file is too slow for every file.
func hasHashHook(src []byte) bool {
	if containsAny(src, ormHooks) {
		return true
	}
	for rest := src; ; {
		i := bytes.Index(rest, []byte(".pre("))
		if i < 0 {
			return false
		}
		if preHook.Match(rest[i:min(len(rest), i+64)]) {
			return true
		}
		rest = rest[i+len(".pre("):]
	}
}

func checkPlainPassword(f *File, m syntax.Match) {
	if f.Test {
		return
	}
	if !f.hookScanned {
		f.hookScanned = true
		src := f.Tree.Src
		if (bytes.Contains(src, []byte("hash")) || bytes.Contains(src, []byte("Hash"))) && hasHashHook(src) {
			f.Facts.HashHook = true
		}
	}
	if n := m.Capture("new"); n != nil {
		c := n.ChildByField("constructor")
		name := f.text(c)
		if c == nil || c.Kind != "identifier" || name == "" || name[0] < 'A' || name[0] > 'Z' || name == "Error" || name == "Map" || name == "URL" {
			return
		}
		as := args(n)
		if len(as) == 0 || syntax.Unwrap(as[0]).Kind != "object" {
			return
		}
		f.passwordInObject(n, as[0], 0, ormWrite)
		return
	}
	call := m.Capture("call")
	fn := syntax.Unwrap(call.ChildByField("function"))
	if fn == nil || fn.Kind != "member_expression" {
		return
	}
	method := f.text(fn.ChildByField("property"))
	as := args(call)
	if len(as) == 0 {
		return
	}
	switch {
	case sqlMethod.MatchString(method):
		f.sqlWrite(call, as)
	case writeMethod.MatchString(method):
		recv := strings.ToLower(f.text(fn.ChildByField("object")))
		if strings.Contains(recv, "session") || strings.Contains(recv, "cookie") || strings.Contains(recv, "storage") ||
			strings.Contains(recv, "header") || strings.Contains(recv, "params") || strings.Contains(recv, "map") || recv == "res" {
			return
		}
		if method == "set" && len(as) >= 2 {
			return // map.set, session.set, ...
		}
		for _, a := range as {
			f.passwordInObject(call, a, 0, ormWrite)
		}
	}
}

// ormWrite: reported unless a model save hook hashes passwords.
func ormWrite(a *App) bool { return !a.Facts.HashHook }

// passwordInObject looks for password keys in an object written to
// storage, including nested data objects ({ data: {...} }, { $set: {...} }).
func (f *File) passwordInObject(sink, n *syntax.Node, depth int, when func(*App) bool) {
	if depth > 3 {
		return
	}
	o := f.object(n)
	if o == nil {
		return
	}
	for k, p := range o.props {
		if passwordKey.MatchString(k) {
			if kind := f.passwordValue(p.Value, 0); kind != "" {
				at := p.Node
				if o.Lit == nil || !o.Lit.Contains(p.Node) {
					at = sink
				}
				f.reportWhen(when, "plainpassword", at, passwordMessage(kind))
			}
			continue
		}
		if v := syntax.Unwrap(p.Value); v != nil && v.Kind == "object" {
			f.passwordInObject(sink, v, depth+1, when)
		}
	}
}

func passwordMessage(kind string) string {
	if kind == "fast" {
		return "password is stored hashed with a fast digest, which GPUs brute-force at billions of guesses per second; hash it with bcrypt, argon2 or crypto.scrypt before storing"
	}
	return "password is stored as plain text, so anyone who reads the database (or a backup, or a log) gets every user's password; hash it with bcrypt, argon2 or crypto.scrypt before storing"
}

// passwordValue classifies a value stored under a password key: "plain",
// "fast" (a fast digest of it), or "" (hashed, or unknown).
func (f *File) passwordValue(n *syntax.Node, depth int) string {
	n = syntax.Unwrap(n)
	if n == nil || depth > maxDepth {
		return ""
	}
	switch n.Kind {
	case "await_expression":
		return f.passwordValue(firstNamed(n), depth+1)
	case "member_expression":
		p := f.memberPath(n)
		if requestField.MatchString(p) && passwordVar.MatchString(p[strings.LastIndex(p, ".")+1:]) {
			return "plain"
		}
		return ""
	case "identifier", "shorthand_property_identifier":
		name := f.text(n)
		if v := f.valueOfIdent(n, depth+1); v != nil {
			return f.passwordValue(v, depth+1)
		}
		if hashedName.MatchString(name) {
			return ""
		}
		if !passwordVar.MatchString(name) || len(f.assigns[name]) > 0 {
			return ""
		}
		// A parameter or a name destructured from the request body.
		if f.fromRequestOrParam(n, name) {
			return "plain"
		}
		return ""
	case "call_expression":
		if f.isFastDigest(n) {
			return "fast"
		}
		return ""
	}
	return ""
}

// fromRequestOrParam reports whether name is bound, where n is used, as a
// function parameter or by destructuring req.body / req.query / a
// parameter.
func (f *File) fromRequestOrParam(n *syntax.Node, name string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if syntax.IsFunction(p) {
			if params := p.ChildByField("parameters"); params != nil && hasParam(f, params, name) {
				return true
			}
			if param := p.ChildByField("parameter"); param != nil && f.text(param) == name {
				return true
			}
		}
	}
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
		src := f.memberPath(d.ChildByField("value"))
		if !requestObject.MatchString(src) {
			continue
		}
		for _, c := range pat.Children {
			if (c.Kind == "shorthand_property_identifier_pattern" && f.text(c) == name) ||
				(c.Kind == "pair_pattern" && f.text(c.ChildByField("value")) == name) {
				return true
			}
		}
	}
	return false
}

// isFastDigest reports crypto.createHash(<fast alg>).update(password)...
func (f *File) isFastDigest(n *syntax.Node) bool {
	found := false
	for i := 0; n != nil && i < 8; i++ {
		n = syntax.Unwrap(n)
		if n.Kind != "call_expression" {
			return false
		}
		if f.isCallTo(n, "crypto", "createHash") {
			if as := args(n); len(as) > 0 {
				if alg, ok := f.stringValue(as[0], 0); ok && fastHashAlg.MatchString(alg) {
					found = true
				}
			}
			return found
		}
		if f.isCallTo(n, "md5", "") || f.isCallTo(n, "sha1", "") || f.isCallTo(n, "js-sha256", "", "sha256") || f.isCallTo(n, "crypto-js", "MD5", "SHA1", "SHA256", "SHA512") {
			return true
		}
		fn := syntax.Unwrap(n.ChildByField("function"))
		if fn == nil || fn.Kind != "member_expression" {
			return false
		}
		n = fn.ChildByField("object")
	}
	return false
}

// sqlWrite checks db.query('INSERT ... password ...', [..., password]).
func (f *File) sqlWrite(call *syntax.Node, as []*syntax.Node) {
	q := syntax.Unwrap(as[0])
	text, ok := f.stringValue(q, 0)
	if !ok && q.Kind == "template_string" {
		text = f.text(q)
	}
	if text == "" || !sqlWrite.MatchString(text) {
		return
	}
	var vals []*syntax.Node
	if q.Kind == "template_string" {
		for _, c := range q.Children {
			if c.Kind == "template_substitution" {
				vals = append(vals, firstNamed(c))
			}
		}
	}
	for _, a := range as[1:] {
		a = f.value(a, 0)
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
		if kind := f.passwordValue(v, 0); kind != "" {
			f.report("plainpassword", v, passwordMessage(kind))
			return
		}
	}
}
