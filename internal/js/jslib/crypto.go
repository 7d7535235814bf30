package jslib

import "strings"

// Crypto is Node's crypto module; QueryString its querystring module.
const (
	Crypto      = "crypto"
	QueryString = "querystring"
)

// Strength is what a randomness source is worth as a secret.
type Strength int8

const (
	NotRandom Strength = iota // not a randomness source
	Strong                    // a CSPRNG with at least 128 bits
	Weak                      // guessable: time, counters, Math.random, short or pseudo-random bytes
	Neutral                   // a CSPRNG sized by the caller (crypto.randomInt): neither weakens nor vouches
	Sized                     // strong if its byte-count argument is at least 16
)

// randomModules: module → member → strength ("*": every member).
var randomModules = map[string]map[string]Strength{
	Crypto: {
		"randomUUID": Strong, "webcrypto.randomUUID": Strong, "getRandomValues": Strong, "webcrypto.getRandomValues": Strong,
		"generateKeySync": Strong, "pseudoRandomBytes": Weak, "prng": Weak, "rng": Weak,
		"randomBytes": Sized, "randomFillSync": Sized, "randomInt": Neutral,
	},
	// uuid 9/10: v4 and v7 are 122/74 random bits from crypto; v1/v6 are
	// time-based.
	"uuid":      {"v4": Strong, "v7": Strong, "v1": Weak, "v6": Weak},
	"node-uuid": {"v1": Weak, "v4": Strong, "": Strong},
	"nanoid":    {"*": Strong}, "uid-safe": {"*": Strong}, "uid2": {"*": Strong}, "crypto-random-string": {"*": Strong},
	"@paralleldrive/cuid2": {"*": Strong}, "rand-token": {"*": Strong}, "secure-random": {"*": Strong}, "hat": {"*": Strong},
	"shortid": {"*": Weak}, "cuid": {"*": Weak},
	// bson/mongodb ObjectId: a timestamp, a per-process value and a counter.
	"bson": {"ObjectId": Weak, "ObjectID": Weak}, "mongodb": {"ObjectId": Weak, "ObjectID": Weak},
	"mongoose": {"Types.ObjectId": Weak, "mongo.ObjectId": Weak},
}

// Randomness classifies a call of r (a module member).
func Randomness(r Ref) Strength {
	m := randomModules[r.Module]
	if m == nil {
		return NotRandom
	}
	if s, ok := m[r.Path]; ok {
		return s
	}
	if s, ok := m["*"]; ok {
		return s
	}
	return NotRandom
}

// ParsesWithArgs reports a source that, given an argument, reads an
// existing value instead of making one (ObjectId('5f...')).
func ParsesWithArgs(r Ref) bool {
	return strings.HasSuffix(r.Path, "ObjectId") || strings.HasSuffix(r.Path, "ObjectID")
}

// Global randomness and clock functions, by their text.
var GlobalRandomness = map[string]Strength{
	"Math.random": Weak, "Date.now": Weak, "performance.now": Weak, "process.hrtime": Weak, "process.hrtime.bigint": Weak,
	"crypto.getRandomValues": Strong, "window.crypto.getRandomValues": Strong, "crypto.randomUUID": Strong, "self.crypto.randomUUID": Strong,
	"globalThis.crypto.randomUUID": Strong,
}

// digestModules are npm digest and encoding packages: a call to one
// (md5(x), CryptoJS.SHA256(x), sha256.hex(x)) is as guessable as its
// input; their Hmac members are keyed.
var digestModules = map[string]bool{
	"md5": true, "blueimp-md5": true, "js-md5": true, "sha1": true, "js-sha1": true, "js-sha256": true,
	"js-sha512": true, "js-sha3": true, "crypto-js": true, "object-hash": true, "hash.js": true,
	"md5-hex": true, "hasha": true, "base-64": true, "js-base64": true, "utility": true,
}

// Digest reports a call of a digest package (not its HMAC functions).
func Digest(r Ref) bool {
	return digestModules[r.Module] && !strings.Contains(strings.ToLower(r.Path), "hmac")
}

// KeyedDigest reports an HMAC: crypto.createHmac, CryptoJS.HmacSHA256.
func KeyedDigest(r Ref) bool {
	return r.Is(Crypto, "createHmac") || digestModules[r.Module] && strings.Contains(strings.ToLower(r.Path), "hmac")
}

// CreateHash is crypto.createHash(alg).
var CreateHash = Ref{Crypto, "createHash"}

// FastDigest reports a call of a fast digest of a password: md5(x),
// sha1(x), sha256(x), CryptoJS.MD5(x) (crypto.createHash is judged by its
// algorithm).
func FastDigest(r Ref) bool {
	switch r.Module {
	case "md5", "blueimp-md5", "js-md5", "md5-hex", "sha1", "js-sha1":
		return true
	case "js-sha256":
		return r.Path == "" || r.Path == "sha256" || r.Path == "hex" || r.Path == "sha256.hex" || r.Path == "sha224"
	case "crypto-js":
		return r.Path == "MD5" || r.Path == "SHA1" || r.Path == "SHA256" || r.Path == "SHA512"
	case "utility":
		return r.Path == "md5" || r.Path == "sha1" || r.Path == "sha256"
	}
	return false
}

// PBKDF2 are the PBKDF2 calls, with the indexes of their password and
// iteration-count arguments: node's crypto.pbkdf2(password, salt,
// iterations, keylen, digest, cb) and pbkdf2Sync, and the pbkdf2 package's.
var PBKDF2 = []struct {
	Ref                  Ref
	Password, Iterations int
}{
	{Ref{Crypto, "pbkdf2"}, 0, 2},
	{Ref{Crypto, "pbkdf2Sync"}, 0, 2},
	{Ref{"pbkdf2", "pbkdf2"}, 0, 2},
	{Ref{"pbkdf2", "pbkdf2Sync"}, 0, 2},
}

// PBKDF2MinIterations: PBKDF2 with fewer iterations is a fast hash. OWASP's
// Password Storage Cheat Sheet (2023) asks for 600,000 with HMAC-SHA256
// and 210,000 with HMAC-SHA512; fewer than 100,000 is weak with any digest.
const PBKDF2MinIterations = 100000

// FileWriters write data to a file: node's fs (callback, sync and
// promise forms) and fs-extra's JSON writers; Data is the index of the
// data argument. Apps that keep their users in a JSON file store
// passwords this way.
var FileWriters = []struct {
	Ref  Ref
	Data int
}{
	{Ref{"fs", "writeFile"}, 1}, {Ref{"fs", "writeFileSync"}, 1}, {Ref{"fs", "promises.writeFile"}, 1},
	{Ref{"fs/promises", "writeFile"}, 1},
	{Ref{"fs-extra", "writeFile"}, 1}, {Ref{"fs-extra", "writeFileSync"}, 1},
	{Ref{"fs-extra", "writeJson"}, 1}, {Ref{"fs-extra", "writeJsonSync"}, 1},
	{Ref{"fs-extra", "outputJson"}, 1}, {Ref{"fs-extra", "outputJsonSync"}, 1},
	{Ref{"fs-extra", "writeJSON"}, 1}, {Ref{"fs-extra", "outputJSON"}, 1},
}

// PasswordKDFs are slow salted password hashes.
var PasswordKDFs = []string{"bcrypt", "bcryptjs", "argon2", "@node-rs/argon2", "@node-rs/bcrypt", "scrypt-js", "pbkdf2"}

// RandomUUID reports a version 4 UUID generator (crypto.randomUUID, uuid
// v4): 122 random bits as 32 hex digits in dash-separated groups.
func RandomUUID(r Ref) bool {
	return r.Is(Crypto, "randomUUID", "webcrypto.randomUUID") || r.Is("uuid", "v4") || r.Is("node-uuid", "v4")
}
