package golib

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// How passwords are hashed, and where they are stored.

// PasswordLibPaths lists the packages through which a password reaches
// storage or a hash, for a cheap early exit.
var PasswordLibPaths = []string{
	"database/sql", "github.com/jmoiron/sqlx", "gorm.io/gorm", "github.com/jinzhu/gorm", "xorm.io/xorm", "github.com/go-xorm/xorm",
	"github.com/beego/beego/v2/client/orm", "github.com/astaxie/beego/orm", "github.com/go-pg/pg/...", "entgo.io/ent/...",
	"go.mongodb.org/mongo-driver/mongo", "go.mongodb.org/mongo-driver/v2/mongo",
	"github.com/jackc/pgx/...", "github.com/uptrace/bun", "github.com/snail007/go-activerecord/...",
	"github.com/gomodule/redigo/redis", "github.com/garyburd/redigo/redis", pathGoRedis,
	"os", "golang.org/x/crypto/pbkdf2", "crypto/pbkdf2",
}

var passwordKDFs = []Func{
	{Pkg: "golang.org/x/crypto/bcrypt", Names: []string{"GenerateFromPassword"}},
	{Pkg: "golang.org/x/crypto/argon2", Names: []string{"IDKey", "Key"}},
	{Pkg: "golang.org/x/crypto/scrypt", Names: []string{"Key"}},
	{Pkg: "golang.org/x/crypto/pbkdf2", Names: []string{"Key"}},
	{Pkg: "crypto/pbkdf2", Names: []string{"Key"}},
	{Pkg: PathOwnPassword, Names: []string{"Hash"}},
	{Pkg: PathOwnPassword, Recv: "Params", Names: []string{"Hash"}},
	{Pkg: "github.com/alexedwards/argon2id", Names: []string{"CreateHash"}},
	{Pkg: "github.com/matthewhartstonge/argon2", Names: []string{"HashEncoded", "Hash"}},
	{Pkg: "github.com/GehirnInc/crypt/...", Names: []string{"Generate"}},
}

// IsPasswordKDF reports whether fn is a slow password hash.
func IsPasswordKDF(fn *types.Func) bool { return anyMatches(fn, passwordKDFs) }

var fastDigests = map[string]map[string]string{
	"crypto/md5":               {"Sum": "MD5", "New": "MD5"},
	"crypto/sha1":              {"Sum": "SHA-1", "New": "SHA-1"},
	"crypto/sha256":            {"Sum256": "SHA-256", "Sum224": "SHA-224", "New": "SHA-256", "New224": "SHA-224"},
	"crypto/sha512":            {"Sum512": "SHA-512", "Sum384": "SHA-384", "Sum512_256": "SHA-512/256", "Sum512_224": "SHA-512/224", "New": "SHA-512", "New384": "SHA-384"},
	"crypto/sha3":              {"Sum256": "SHA3-256", "Sum512": "SHA3-512", "New256": "SHA3-256", "New512": "SHA3-512"},
	"golang.org/x/crypto/sha3": {"Sum256": "SHA3-256", "Sum512": "SHA3-512", "New256": "SHA3-256", "New512": "SHA3-512"},
	"golang.org/x/crypto/md4":  {"New": "MD4"},
}

// FastDigest names the fast digest a package-level function computes
// ("MD5", "SHA-256"), or "".
func FastDigest(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil || fn.Type().(*types.Signature).Recv() != nil {
		return ""
	}
	return fastDigests[fn.Pkg().Path()][fn.Name()]
}

// A PBKDF2 function derives a key from a password with an iteration count.
type pbkdf2Func struct {
	Func           Func
	Args, Pw, Iter int
}

var pbkdf2Funcs = []pbkdf2Func{
	{Func{Pkg: "golang.org/x/crypto/pbkdf2", Names: []string{"Key"}}, 5, 0, 2},
	{Func{Pkg: "crypto/pbkdf2", Names: []string{"Key"}}, 5, 1, 3},
}

// PBKDF2Args returns the indexes of the password and of the iteration count
// of a PBKDF2 call with n arguments.
func PBKDF2Args(fn *types.Func, n int) (pw, iter int, ok bool) {
	for _, p := range pbkdf2Funcs {
		if p.Func.Matches(fn) && n == p.Args {
			return p.Pw, p.Iter, true
		}
	}
	return 0, 0, false
}

// bindNames are the functions and methods that fill a value from the
// request body: encoding/json, gin, echo, fiber, beego.
var bindNames = map[string]bool{
	"Decode": true, "Unmarshal": true, "Bind": true, "BindJSON": true, "BindWith": true,
	"ShouldBind": true, "ShouldBindJSON": true, "ShouldBindWith": true, "ShouldBindBodyWith": true,
	"ShouldBindBodyWithJSON": true, "MustBindWith": true, "BodyParser": true, "ReadJSON": true,
	"DecodeJSON": true, "ParseForm": true, "BindBody": true, "ShouldBindQuery": true, "BindQuery": true,
	"ShouldBindWithJSON": true, "ShouldBindXML": true, "BindForm": true,
}

// fiber v3: c.Bind().Body(&req), .JSON(&req), .Form(&req).
var bindMethods = Func{Pkg: PathFiber3, Recv: "Bind", Names: []string{"Body", "JSON", "Form", "XML", "Query", "All"}}

// IsBind reports whether fn fills its argument from the request.
func IsBind(fn *types.Func) bool {
	return fn != nil && (bindNames[fn.Name()] || bindMethods.Matches(fn))
}

// sqlMethods are the methods that run a statement: database/sql, sqlx,
// pgx, gorm's Exec/Raw, bun, and the like.
var sqlMethods = map[string]bool{
	"Exec": true, "ExecContext": true, "MustExec": true, "MustExecContext": true,
	"Query": true, "QueryContext": true, "QueryRow": true, "QueryRowContext": true,
	"Queryx": true, "QueryxContext": true, "QueryRowx": true, "QueryRowxContext": true,
	"NamedExec": true, "NamedExecContext": true, "NamedQuery": true, "NamedQueryContext": true,
	"Get": true, "GetContext": true, "Select": true, "SelectContext": true, "Raw": true,
	"Queue": true,
}

// IsSQLRun reports whether method fn runs an SQL statement; named reports
// that its arguments bind by name (sqlx's NamedExec).
func IsSQLRun(fn *types.Func) (named, ok bool) {
	if !sqlMethods[fn.Name()] || fn.Type().(*types.Signature).Recv() == nil {
		return false, false
	}
	return strings.HasPrefix(fn.Name(), "Named"), true
}

// An ORMWrite is how an ORM call stores a model.
type ORMWrite uint8

const (
	NoORMWrite       ORMWrite = iota
	ORMWriteModel             // its arguments are models (gorm Create, Save, Updates; xorm Insert)
	ORMWriteColumn            // a column name then its value (gorm Update("password", v))
	ORMWriteChain             // the model is the argument of the Model call before it (go-pg, bun)
	ORMWriteTableRow          // a table name then the row (go-activerecord Insert(table, map))
)

// The gorm family: gorm.io/gorm and its v1, github.com/jinzhu/gorm.
const pathGorm = "gorm.io/gorm|github.com/jinzhu/gorm"

var ormWrites = []struct {
	f    Func
	kind ORMWrite
}{
	{Func{Pkg: pathGorm, Recv: "DB", Names: []string{"Create", "CreateInBatches", "Save", "Updates", "UpdateColumns", "FirstOrCreate"}}, ORMWriteModel},
	// Attrs and Assign give the values FirstOrCreate writes when no row
	// matches: db.Where(...).Attrs(User{Password: p}).FirstOrCreate(&u).
	{Func{Pkg: pathGorm, Recv: "DB", Names: []string{"Attrs", "Assign"}}, ORMWriteModel},
	{Func{Pkg: pathGorm, Recv: "DB", Names: []string{"Update", "UpdateColumn"}}, ORMWriteColumn},
	// xorm: Insert(beans...), InsertOne(bean), Update(bean, conditions...).
	{Func{Pkg: "xorm.io/xorm|github.com/go-xorm/xorm", Recv: "Engine", Names: []string{"Insert", "InsertOne", "Update"}}, ORMWriteModel},
	{Func{Pkg: "xorm.io/xorm|github.com/go-xorm/xorm", Recv: "Session", Names: []string{"Insert", "InsertOne", "Update"}}, ORMWriteModel},
	// beego's ORM: Insert(md), Update(md, cols...), InsertOrUpdate(md).
	{Func{Pkg: "github.com/beego/beego/v2/client/orm|github.com/astaxie/beego/orm", Recv: "Ormer", Names: []string{"Insert", "Update", "InsertOrUpdate"}}, ORMWriteModel},
	// snail007/go-activerecord: db.Exec(db.AR().Insert(table, map[string]interface{}{...})),
	// Update(table, data, where); the builder call carries the row.
	{Func{Pkg: "github.com/snail007/go-activerecord/mysql|github.com/snail007/go-activerecord/sqlite3", Recv: "ActiveRecord",
		Names: []string{"Insert", "Replace", "InsertBatch", "ReplaceBatch", "Update", "UpdateBatch"}}, ORMWriteTableRow},
	// go-pg and bun: db.Model(&u).Insert(), db.NewInsert().Model(&u).Exec(ctx).
	{Func{Pkg: "github.com/go-pg/pg/v10/orm|github.com/go-pg/pg/v9/orm", Recv: "Query", Names: []string{"Insert", "Update", "UpdateNotZero", "OnConflict"}}, ORMWriteChain},
	{Func{Pkg: "github.com/uptrace/bun", Recv: "InsertQuery", Names: []string{"Exec"}}, ORMWriteChain},
	{Func{Pkg: "github.com/uptrace/bun", Recv: "UpdateQuery", Names: []string{"Exec"}}, ORMWriteChain},
}

var ormModel = []Func{
	{Pkg: pathGorm, Recv: "DB", Names: []string{"Model"}},
	{Pkg: "github.com/go-pg/pg/v10|github.com/go-pg/pg/v9", Recv: "DB", Names: []string{"Model"}},
	{Pkg: "github.com/go-pg/pg/v10/orm|github.com/go-pg/pg/v9/orm", Recv: "Query", Names: []string{"Model"}},
	{Pkg: "github.com/uptrace/bun", Recv: "InsertQuery", Names: []string{"Model"}},
	{Pkg: "github.com/uptrace/bun", Recv: "UpdateQuery", Names: []string{"Model"}},
}

// ORMWriteOf classifies an ORM call that stores a model.
func ORMWriteOf(fn *types.Func) ORMWrite {
	for _, w := range ormWrites {
		if w.f.Matches(fn) {
			return w.kind
		}
	}
	return NoORMWrite
}

// IsORMModel reports whether fn names the model of the calls chained after
// it (gorm's db.Model(&u), go-pg's db.Model(&u), bun's .Model(&u)).
func IsORMModel(fn *types.Func) bool { return anyMatches(fn, ormModel) }

// IsORMFieldSetter reports whether fn sets one field of a record a
// generated query builder will write (ent's client.User.Create().
// SetPassword(p).Save(ctx)): a Set... method of a builder type that has a
// Save or Exec method, in a package built on entgo.io/ent. The field is
// the rest of the method's name.
func IsORMFieldSetter(fn *types.Func) (field string, ok bool) {
	if fn == nil || !strings.HasPrefix(fn.Name(), "Set") || len(fn.Name()) == 3 {
		return "", false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || sig.Params().Len() != 1 || fn.Pkg() == nil || !typematch.Imports(fn.Pkg(), "entgo.io/ent/...") {
		return "", false
	}
	n := typematch.NamedOf(sig.Recv().Type())
	if n == nil {
		return "", false
	}
	ms := types.NewMethodSet(types.NewPointer(n))
	if ms.Lookup(fn.Pkg(), "Save") == nil && ms.Lookup(fn.Pkg(), "Exec") == nil {
		return "", false
	}
	return strings.TrimPrefix(fn.Name(), "Set"), true
}

// IsORMHook reports whether a method name is an ORM save hook: gorm's
// BeforeSave/BeforeCreate/BeforeUpdate, PreSave-style hooks, MarshalBSON.
func IsORMHook(name string) bool {
	return strings.HasPrefix(name, "Before") || strings.HasPrefix(name, "Pre") || name == "MarshalBSON"
}

var documentWrites = []Func{
	{Pkg: "go.mongodb.org/mongo-driver/mongo", Recv: "Collection", Names: mongoWrites},
	{Pkg: "go.mongodb.org/mongo-driver/v2/mongo", Recv: "Collection", Names: mongoWrites},
}

var mongoWrites = []string{"InsertOne", "InsertMany", "UpdateOne", "UpdateMany", "UpdateByID", "ReplaceOne", "FindOneAndUpdate", "FindOneAndReplace"}

// DocumentWriteArg returns the index of the document a document-store
// write stores (InsertOne(ctx, doc); UpdateOne(ctx, filter, update)), or -1.
func DocumentWriteArg(fn *types.Func) int {
	if !anyMatches(fn, documentWrites) {
		return -1
	}
	if strings.HasPrefix(fn.Name(), "Update") || strings.HasPrefix(fn.Name(), "Replace") || strings.HasPrefix(fn.Name(), "FindOneAnd") {
		return 2
	}
	return 1
}

// Redis as the app's user store: redigo's conn.Do("HSET", key, field,
// value) and Send, go-redis's client.Set(ctx, key, value, exp) and HSet.
const pathGoRedis = "github.com/redis/go-redis/v9|github.com/go-redis/redis/v8|github.com/go-redis/redis/v7|github.com/go-redis/redis"

var (
	redigoCommands = Func{Pkg: "github.com/gomodule/redigo/redis|github.com/garyburd/redigo/redis", Recv: "Conn", Names: []string{"Do", "Send"}}
	redisWriteCmds = map[string]bool{"SET": true, "SETNX": true, "SETEX": true, "PSETEX": true, "GETSET": true,
		"MSET": true, "HSET": true, "HSETNX": true, "HMSET": true}
	goRedisWrites = []Func{
		{Pkg: pathGoRedis, Recv: "cmdable", Names: []string{"Set", "SetNX", "SetEx", "SetXX", "GetSet", "MSet", "HSet", "HSetNX", "HMSet"}},
		{Pkg: pathGoRedis, Recv: "Cmdable", Names: []string{"Set", "SetNX", "SetEx", "SetXX", "GetSet", "MSet", "HSet", "HSetNX", "HMSet"}},
	}
)

// RedisWriteValues returns the arguments of a Redis write that can hold
// the stored values (all after the command's key), or nil for any other
// call.
func RedisWriteValues(info *types.Info, call *ast.CallExpr, fn *types.Func) []ast.Expr {
	switch {
	case redigoCommands.Matches(fn) && len(call.Args) > 2:
		if cmd, ok := typematch.StringConst(info, call.Args[0]); ok && redisWriteCmds[strings.ToUpper(cmd)] {
			return call.Args[2:]
		}
	case anyMatches(fn, goRedisWrites) && len(call.Args) > 2:
		return call.Args[2:]
	}
	return nil
}
