package password_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/session/password"
)

// cheap keeps the tests fast (the race detector slows argon2 a lot); the
// default parameters are exercised once in TestDefaults.
var cheap = password.Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

func TestHashVerify(t *testing.T) {
	h, err := cheap.Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("hash %q is not a PHC argon2id string", h)
	}
	for pw, want := range map[string]bool{
		"correct horse battery staple":  true,
		"correct horse battery staple ": false,
		"Correct horse battery staple":  false,
		"":                              false,
		strings.Repeat("x", 5000):       false,
	} {
		got, err := password.Verify(pw, h)
		if err != nil || got != want {
			t.Errorf("Verify(%.20q) = %v, %v; want %v", pw, got, err, want)
		}
	}
	h2, _ := cheap.Hash("correct horse battery staple")
	if h2 == h {
		t.Fatal("two hashes of one password are equal: salt not random")
	}
}

func TestHashRejects(t *testing.T) {
	if _, err := cheap.Hash(""); !errors.Is(err, password.ErrEmpty) {
		t.Errorf("empty: %v", err)
	}
	if _, err := cheap.Hash(strings.Repeat("x", password.MaxLength+1)); !errors.Is(err, password.ErrTooLong) {
		t.Errorf("too long: %v", err)
	}
	if _, err := (password.Params{Memory: 64, Time: 0, Threads: 1, SaltLen: 16, KeyLen: 32}).Hash("x"); err == nil {
		t.Error("t=0 accepted")
	}
}

func TestMalformed(t *testing.T) {
	good, _ := cheap.Hash("pw")
	parts := strings.Split(good, "$")
	for _, bad := range []string{
		"",
		"plaintext",
		"$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
		strings.Replace(good, "argon2id", "argon2i", 1),
		strings.Replace(good, "v=19", "v=16", 1),
		strings.Replace(good, "m=64", "m=99999999", 1), // over the memory bound
		strings.Replace(good, "t=1", "t=1000", 1),
		strings.Replace(good, ",p=1", "", 1),
		good + "$extra",
		strings.Join(append(parts[:4:4], "!!", parts[5]), "$"),
		strings.Join(append(parts[:4:4], parts[4], parts[5][:4]), "$"), // key too short
	} {
		if ok, err := password.Verify("pw", bad); ok || !errors.Is(err, password.ErrMalformed) {
			t.Errorf("Verify(%q) = %v, %v; want ErrMalformed", bad, ok, err)
		}
		if !password.NeedsRehash(bad) {
			t.Errorf("NeedsRehash(%q) = false", bad)
		}
	}
}

func TestDefaults(t *testing.T) {
	h, err := password.Hash("pw")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=4$") {
		t.Fatalf("default hash %q", h)
	}
	if password.NeedsRehash(h) {
		t.Error("fresh default hash needs rehash")
	}
	if ok, err := password.Verify("pw", h); !ok || err != nil {
		t.Fatalf("Verify = %v, %v", ok, err)
	}
	weak, _ := cheap.Hash("pw")
	if !password.NeedsRehash(weak) {
		t.Error("weak hash does not need rehash")
	}
	if password.DummyVerify("pw") {
		t.Error("DummyVerify returned true")
	}
}
