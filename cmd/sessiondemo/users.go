package main

import (
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
// exist. A hash made with outdated parameters is upgraded on success.
func (db *userDB) authenticate(name, pw string) bool {
	db.mu.RLock()
	hash, ok := db.hashes[name]
	db.mu.RUnlock()
	if !ok {
		return password.DummyVerify(pw)
	}
	match, err := password.Verify(pw, hash)
	if err != nil || !match {
		return false
	}
	if db.params.NeedsRehash(hash) {
		if fresh, err := db.params.Hash(pw); err == nil {
			db.mu.Lock()
			db.hashes[name] = fresh
			db.mu.Unlock()
		}
	}
	return true
}
