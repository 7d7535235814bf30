// Package password stores passwords the way sessionlint's plainpassword rule
// asks for: argon2id (RFC 9106) with a random salt per password, encoded in
// the PHC string format so the parameters travel with the hash and can be
// raised later (see NeedsRehash).
//
//	$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>
//
// Store the string Hash returns; never store or log the password itself, and
// never put it into a session.
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"
)

// MaxLength bounds the password length in bytes. Hashing cost grows with
// the input, so unbounded input is a denial-of-service lever; 1024 bytes is
// far above any passphrase.
const MaxLength = 1024

var (
	// ErrEmpty is returned by Hash for an empty password.
	ErrEmpty = errors.New("password: empty password")
	// ErrTooLong is returned by Hash for a password over MaxLength bytes.
	ErrTooLong = fmt.Errorf("password: longer than %d bytes", MaxLength)
	// ErrMalformed is returned for an encoded hash that is not an argon2id
	// PHC string this package accepts.
	ErrMalformed = errors.New("password: malformed argon2id hash")
)

// Params are the argon2id cost parameters.
type Params struct {
	Memory  uint32 // KiB
	Time    uint32 // passes over the memory
	Threads uint8  // degree of parallelism
	SaltLen uint32 // bytes
	KeyLen  uint32 // bytes
}

// DefaultParams follow the second recommended option of RFC 9106 (64 MiB,
// 3 passes, 4 lanes): about 0.1 s per hash on a current server core pair.
var DefaultParams = Params{Memory: 64 * 1024, Time: 3, Threads: 4, SaltLen: 16, KeyLen: 32}

// Bounds accepted when parsing a hash, so that a tampered hash string
// cannot make Verify allocate gigabytes or spin for minutes.
const (
	maxMemory = 1 << 21 // 2 GiB in KiB
	maxTime   = 64
	minSalt   = 8
	maxSalt   = 64
	minKey    = 16
	maxKey    = 128
)

// slots bounds how many hashes run at once. Each holds Params.Memory of
// RAM, so a burst of logins must queue rather than exhaust memory.
var slots = make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))

var b64 = base64.RawStdEncoding.Strict()

// Hash returns the PHC-encoded argon2id hash of password with DefaultParams.
func Hash(password string) (string, error) { return DefaultParams.Hash(password) }

// Verify reports whether password matches encoded, in constant time with
// respect to the hash. It returns an error only for a malformed hash.
func Verify(password, encoded string) (bool, error) {
	p, salt, want, err := decode(encoded)
	if err != nil {
		return false, err
	}
	if password == "" || len(password) > MaxLength {
		return false, nil
	}
	got := p.key(password, salt)
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// NeedsRehash reports whether encoded was made with other parameters than
// DefaultParams (or is not a valid hash). After a successful Verify, hash
// the password again and store the new string.
func NeedsRehash(encoded string) bool { return DefaultParams.NeedsRehash(encoded) }

// Hash returns the PHC-encoded argon2id hash of password with p.
func (p Params) Hash(password string) (string, error) {
	switch {
	case password == "":
		return "", ErrEmpty
	case len(password) > MaxLength:
		return "", ErrTooLong
	}
	if err := p.check(); err != nil {
		return "", err
	}
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: reading salt: %w", err)
	}
	key := p.key(password, salt)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// NeedsRehash reports whether encoded differs from p in any parameter.
func (p Params) NeedsRehash(encoded string) bool {
	q, salt, key, err := decode(encoded)
	if err != nil {
		return true
	}
	return q.Memory != p.Memory || q.Time != p.Time || q.Threads != p.Threads ||
		uint32(len(salt)) != p.SaltLen || uint32(len(key)) != p.KeyLen
}

func (p Params) check() error {
	if p.Memory < 8*uint32(p.Threads) || p.Memory > maxMemory || p.Time < 1 || p.Time > maxTime ||
		p.Threads < 1 || p.SaltLen < minSalt || p.SaltLen > maxSalt || p.KeyLen < minKey || p.KeyLen > maxKey {
		return fmt.Errorf("password: parameters out of range: %+v", p)
	}
	return nil
}

func (p Params) key(password string, salt []byte) []byte {
	slots <- struct{}{}
	defer func() { <-slots }()
	return argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
}

// decode parses a PHC argon2id string strictly.
func decode(encoded string) (Params, []byte, []byte, error) {
	var p Params
	parts := strings.Split(encoded, "$")
	// "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" || parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return p, nil, nil, ErrMalformed
	}
	params := strings.Split(parts[3], ",")
	if len(params) != 3 {
		return p, nil, nil, ErrMalformed
	}
	var vals [3]uint64
	for i, name := range []string{"m=", "t=", "p="} {
		s, ok := strings.CutPrefix(params[i], name)
		if !ok {
			return p, nil, nil, ErrMalformed
		}
		v, err := strconv.ParseUint(s, 10, 32)
		if err != nil {
			return p, nil, nil, ErrMalformed
		}
		vals[i] = v
	}
	if vals[2] > 255 {
		return p, nil, nil, ErrMalformed
	}
	salt, err1 := b64.DecodeString(parts[4])
	key, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil {
		return p, nil, nil, ErrMalformed
	}
	p = Params{Memory: uint32(vals[0]), Time: uint32(vals[1]), Threads: uint8(vals[2]),
		SaltLen: uint32(len(salt)), KeyLen: uint32(len(key))}
	if p.check() != nil {
		return p, nil, nil, ErrMalformed
	}
	return p, salt, key, nil
}

var dummy struct {
	once sync.Once
	hash string
}

// DummyVerify spends the time of a Verify against a DefaultParams hash and
// returns false. Call it when the user name is unknown, so that response
// times do not tell which accounts exist.
func DummyVerify(password string) bool {
	dummy.once.Do(func() {
		secret := make([]byte, 32)
		_, _ = rand.Read(secret)
		dummy.hash, _ = Hash(b64.EncodeToString(secret))
	})
	if len(password) > MaxLength {
		password = password[:MaxLength]
	}
	if password == "" {
		password = "-"
	}
	_, _ = Verify(password, dummy.hash)
	return false
}
