package main

import (
	"context"
	"encoding/json"
	"sync"

	"github.com/sessionlint/sessionlint/session/password"
)

// userDB is the demo's user table: user name → argon2id PHC hash. A real
// application keeps it in its database; the demo keeps it in memory.
type userDB struct {
	params password.Params // parameters for new hashes and upgrades
	mu     sync.RWMutex
	hashes map[string]string
}

// demoUsers returns alice and bob. Both hashes were made with password.Hash
// from the documented demo password ("correct horse battery staple"); only
// the hashes are in the code.
func demoUsers() *userDB {
	return &userDB{params: password.DefaultParams, hashes: map[string]string{
		"alice": "$argon2id$v=19$m=65536,t=3,p=4$XbXRB9ylRMgXg6Cp7thf6g$27f1rGJuooDp33hAUNIfq9BjI4Z/67iS9JH6tVoYklU",
		"bob":   "$argon2id$v=19$m=65536,t=3,p=4$HgjGUQARMyYlg07e/tp/kQ$sLZuZ72jH4TBYFuKctbP/O52Cfot14yilBbcWKCV6eg",
	}}
}

// authenticate reports whether the credentials are valid. Unknown users
// cost as much time as known ones, so timing does not reveal which names
// exist. A hash made with outdated parameters is upgraded on success. The
// error is password.ErrBusy when too many logins are being hashed, or the
// context's error when the client gave up waiting.
func (db *userDB) authenticate(ctx context.Context, name, pw string) (bool, error) {
	db.mu.RLock()
	hash, ok := db.hashes[name]
	db.mu.RUnlock()
	if !ok {
		return false, password.DummyVerifyContext(ctx, pw)
	}
	match, err := password.VerifyContext(ctx, pw, hash)
	if err != nil || !match {
		return false, err
	}
	if db.params.NeedsRehash(hash) {
		if fresh, err := db.params.HashContext(ctx, pw); err == nil {
			db.mu.Lock()
			db.hashes[name] = fresh
			db.mu.Unlock()
		}
	}
	return true, nil
}

// decodeString decodes a JSON string value of a listed session.
func decodeString(raw json.RawMessage) (string, error) {
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}
