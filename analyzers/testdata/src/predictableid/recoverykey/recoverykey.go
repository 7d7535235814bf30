// Package recoverykey: a function that sets up a new recovery key makes
// it; one that saves a key it is given does not.
package recoverykey

import (
	"crypto/rand"
	"fmt"
	mrand "math/rand"
	"time"
)

var saved = map[string]string{}

// SetRecoveryKey generates and saves a key to reset email's password.
func SetRecoveryKey(email string) (string, error) { // want SetRecoveryKey:`predictable\(math/rand`
	r := mrand.New(mrand.NewSource(time.Now().Unix()))
	key := fmt.Sprintf("%d", r.Int63()) // want `recovery key comes from math/rand`
	saved[email] = key
	return key, nil
}

// SaveLoginKey stores the key it is given and returns it.
func SaveLoginKey(email, loginKey string) string {
	saved[email] = loginKey
	return loginKey
}

func NewLoginKey() string {
	return rand.Text()
}

// CacheKey names a cache entry, not a secret.
func CacheKey(id int) string { return fmt.Sprint(mrand.Intn(id + 1)) } // want CacheKey:`predictable\(math/rand\)`
