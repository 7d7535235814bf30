// Package plainpassword defines an Analyzer that reports passwords written
// to storage in plaintext or hashed with a fast digest.
//
// # Analyzer plainpassword
//
// plainpassword: password stored in plaintext or with a fast hash
//
// A password must reach a database or file only as the output of a slow,
// salted key-derivation function: bcrypt, argon2 (IDKey, Key), scrypt,
// PBKDF2 (golang.org/x/crypto/pbkdf2 and crypto/pbkdf2), or
// github.com/sessionlint/sessionlint/session/password. The analyzer
// follows password values (form reads such as r.FormValue("password") or
// c.PostForm("password"), fields of structs decoded from the request body
// with encoding/json, gin, echo, fiber or beego binding, and variables,
// constants and struct fields named like a password) through locals,
// struct literals, field writes, string concatenation, fmt.Sprintf and
// helper functions, to these writes:
//
//   - SQL run with Exec, ExecContext, Query(Row)(Context), sqlx MustExec,
//     NamedExec, Get and Select, pgx and gorm Exec/Raw, or a prepared
//     statement, when the statement is an INSERT, UPDATE, REPLACE, UPSERT,
//     MERGE or ON CONFLICT DO UPDATE;
//   - gorm Create, CreateInBatches, Save, FirstOrCreate, Update("password",
//     v), Updates and UpdateColumn(s);
//   - mongo InsertOne, InsertMany, UpdateOne, UpdateMany, UpdateByID,
//     ReplaceOne and FindOneAnd{Update,Replace}, with bson.M, bson.D,
//     maps, $set documents and structs (driver v1 and v2);
//   - files: os.WriteFile, (*os.File).Write/WriteString, fmt.Fprint* to a
//     file and json.NewEncoder(file).Encode, for passwords read from the
//     request only.
//
// A password hashed with MD5, SHA-1, SHA-2 or SHA-3 (Sum functions or
// New().Write().Sum, directly or in a helper) is reported as a fast digest,
// and PBKDF2 of a password with a constant iteration count below 100000 is
// reported at the count.
//
// Functions that store a parameter as is (a repository's Create(email,
// password)) are summarised in a fact: a call passing a plaintext password
// is reported at the write inside the function (same package) or at the
// call (other packages); an exported package-level function with no caller
// in its package is reported at the write. Methods with no caller are left
// alone, as they are often called through an interface by code that hashes. Helpers that call a KDF carry a fact too, so
// hashing in another package, in a setter (u.SetPassword) or in a gorm
// BeforeSave/BeforeCreate hook of the model counts.
//
// It stays silent for comparisons (SELECT ... WHERE password = $1,
// bcrypt.CompareHashAndPassword, ==), for values that went through a KDF
// or through a function named like a hasher or cipher, for fields named as
// a hash (PasswordHash, HashedPassword), for model fields tagged json:"-"
// when the model is decoded from the request, for digests of tokens and
// other non-passwords, and for configuration passwords written to files.
package plainpassword
