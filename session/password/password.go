// Package password stores passwords the way sessionlint's plainpassword rule
// asks for: argon2id (RFC 9106) with a random salt per password, encoded in
// the PHC string format so the parameters travel with the hash and can be
// raised later (see NeedsRehash).
//
//	$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>
//
// Store the string Hash returns; never store or log the password itself, and
// never put it into a session.
//
// # Cost
//
// argon2id is slow and memory-hard on purpose, which makes it a lever for
// denial of service too. With DefaultParams each Hash or Verify holds 64
// MiB of RAM and four threads for about 0.1 s of CPU time in all. Hashes
// run together only while their memory fits in Limits.Memory (default 256
// MiB, so at most four at once, whatever the number of cores); further
// calls wait, up to Limits.Waiting of them (default 256), and fail at once
// with ErrBusy beyond that. Use HashContext and VerifyContext with the
// request's context in handlers, so that a client that gave up stops
// waiting; and rate-limit login attempts per account and per client
// before they reach Verify. Raise Limits.Memory on large hosts that do many
// logins: peak hashing memory is Limits.Memory, plus one hash that is
// larger than it.
package password

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/crypto/argon2"
	"golang.org/x/sync/semaphore"
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

// ErrBusy is returned when Limits.Waiting calls are already waiting for
// memory: the server is saturated with hashing, and answering "try again"
// at once beats queueing for minutes. Answer 503 (or 429) to the client.
var ErrBusy = errors.New("password: too many password hashes waiting")

// Limits bound what hashing may take from the machine. Each argon2id hash
// holds Params.Memory of RAM for its whole run (64 MiB with DefaultParams)
// and keeps Params.Threads cores busy for tens of milliseconds (about
// 0.1 s of CPU time with DefaultParams on a current server core), so a
// burst of logins must queue rather than exhaust memory.
type Limits struct {
	// Memory is the RAM, in bytes, that hashes running at the same time may
	// use together (default 256 MiB: four hashes with DefaultParams, on any
	// number of cores). A hash that needs more runs alone.
	Memory int64
	// Waiting is how many calls may wait for memory at once (default 256);
	// beyond it calls fail at once with ErrBusy. Waiting calls give up when
	// their context ends (HashContext, VerifyContext).
	Waiting int
}

// DefaultLimits are the limits until SetLimits is called.
var DefaultLimits = Limits{Memory: 256 << 20, Waiting: 256}

// limiter admits hashes by their memory.
type limiter struct {
	memKiB  int64
	sem     *semaphore.Weighted
	waiting atomic.Int64
	max     int64
}

var current atomic.Pointer[limiter]

func init() { SetLimits(DefaultLimits) }

// SetLimits replaces the limits (zero fields take the defaults). Hashes
// already running finish under the limits they started with.
func SetLimits(l Limits) {
	if l.Memory <= 0 {
		l.Memory = DefaultLimits.Memory
	}
	if l.Waiting <= 0 {
		l.Waiting = DefaultLimits.Waiting
	}
	kib := max(1, l.Memory>>10)
	current.Store(&limiter{memKiB: kib, sem: semaphore.NewWeighted(kib), max: int64(l.Waiting)})
}

// acquire waits until memKiB of the budget is free; release returns it.
func acquire(ctx context.Context, memKiB uint32) (release func(), err error) {
	l := current.Load()
	n := min(int64(memKiB), l.memKiB)
	if !l.sem.TryAcquire(n) {
		if l.waiting.Add(1) > l.max {
			l.waiting.Add(-1)
			return nil, ErrBusy
		}
		err := l.sem.Acquire(ctx, n)
		l.waiting.Add(-1)
		if err != nil {
			return nil, fmt.Errorf("password: waiting to hash: %w", err)
		}
	}
	if n := running.Add(1); n > peak.Load() {
		peak.Store(n) // racy maximum, good enough for the tests that read it
	}
	return func() {
		running.Add(-1)
		l.sem.Release(n)
	}, nil
}

// running counts hashes in progress, peak its highest value (for tests).
var running, peak atomic.Int64

var b64 = base64.RawStdEncoding.Strict()

// Hash returns the PHC-encoded argon2id hash of password with DefaultParams.
// Prefer HashContext in request handlers.
func Hash(password string) (string, error) { return DefaultParams.Hash(password) }

// HashContext is Hash that stops waiting for memory (see Limits) when ctx
// ends. A hash that has started runs to completion (argon2 cannot be
// interrupted), which takes tens of milliseconds.
func HashContext(ctx context.Context, password string) (string, error) {
	return DefaultParams.HashContext(ctx, password)
}

// Verify reports whether password matches encoded, in constant time with
// respect to the hash. It returns an error for a malformed hash, and
// ErrBusy when the machine is saturated with hashing (see Limits). Prefer
// VerifyContext in request handlers.
func Verify(password, encoded string) (bool, error) {
	return VerifyContext(context.Background(), password, encoded)
}

// VerifyContext is Verify that stops waiting for memory when ctx ends, for
// example when the client gave up.
func VerifyContext(ctx context.Context, password, encoded string) (bool, error) {
	p, salt, want, err := decode(encoded)
	if err != nil {
		return false, err
	}
	if password == "" || len(password) > MaxLength {
		return false, nil
	}
	got, err := p.key(ctx, password, salt)
	if err != nil {
		return false, err
	}
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// NeedsRehash reports whether encoded was made with other parameters than
// DefaultParams (or is not a valid hash). After a successful Verify, hash
// the password again and store the new string.
func NeedsRehash(encoded string) bool { return DefaultParams.NeedsRehash(encoded) }

// Hash returns the PHC-encoded argon2id hash of password with p.
func (p Params) Hash(password string) (string, error) {
	return p.HashContext(context.Background(), password)
}

// HashContext is Hash that stops waiting for memory when ctx ends.
func (p Params) HashContext(ctx context.Context, password string) (string, error) {
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
	key, err := p.key(ctx, password, salt)
	if err != nil {
		return "", err
	}
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

func (p Params) key(ctx context.Context, password string, salt []byte) ([]byte, error) {
	release, err := acquire(ctx, p.Memory)
	if err != nil {
		return nil, err
	}
	defer release()
	return argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen), nil
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
	_ = DummyVerifyContext(context.Background(), password)
	return false
}

// DummyVerifyContext is DummyVerify that stops waiting for memory when ctx
// ends; it returns the error Verify would have returned (ErrBusy, or the
// context's), so that unknown users get the same answers as known ones.
func DummyVerifyContext(ctx context.Context, password string) error {
	dummy.once.Do(func() {
		// A well-formed hash of nothing: random salt and key with the
		// default parameters cost a Verify exactly what a real one does.
		p := DefaultParams
		salt, key := make([]byte, p.SaltLen), make([]byte, p.KeyLen)
		_, _ = rand.Read(salt)
		_, _ = rand.Read(key)
		dummy.hash = fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
			argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
	})
	if len(password) > MaxLength {
		password = password[:MaxLength]
	}
	if password == "" {
		password = "-"
	}
	_, err := VerifyContext(ctx, password, dummy.hash)
	return err
}
