package golib

import (
	"go/types"

	"github.com/sessionlint/sessionlint/analyzers/internal/typematch"
)

// Where identifiers and keys come from: UUID libraries, random-key helpers,
// library ID generators, and the session ID generator options.

// A UUIDKind says how much a UUID constructor can be guessed.
type UUIDKind uint8

const (
	NotUUID    UUIDKind = iota
	UUIDTime            // version 1/2: the current time and the host
	UUIDRandom          // version 4/6/7: random bits
	UUIDName            // version 3/5: a hash of its name arguments (the first is the namespace)
	UUIDMust            // Must(u, err): its first argument's kind
	UUIDOther           // another function of the library: its receiver's kind, if any
)

type uuidLib struct {
	paths                    []string
	time, random, name, must []string
}

var uuidLibs = []uuidLib{
	{paths: []string{"github.com/google/uuid"},
		time:   []string{"NewUUID"},
		random: []string{"New", "NewRandom", "NewString", "NewV7", "NewRandomFromReader", "NewV7FromReader"},
		name:   []string{"NewMD5", "NewSHA1", "NewHash"}, must: []string{"Must"}},
	{paths: []string{"github.com/gofrs/uuid/...", "github.com/satori/go.uuid"},
		time:   []string{"NewV1", "NewV2"},
		random: []string{"NewV4", "NewV7", "NewV6"},
		name:   []string{"NewV3", "NewV5"}, must: []string{"Must"}},
}

// UUIDKindOf classifies a function of a UUID library.
func UUIDKindOf(fn *types.Func) UUIDKind {
	path := typematch.FuncPkgPath(fn)
	for _, l := range uuidLibs {
		in := false
		for _, p := range l.paths {
			in = in || typematch.PathMatches(path, p)
		}
		if !in {
			continue
		}
		for _, k := range []struct {
			names []string
			kind  UUIDKind
		}{{l.time, UUIDTime}, {l.random, UUIDRandom}, {l.name, UUIDName}, {l.must, UUIDMust}} {
			for _, n := range k.names {
				if fn.Name() == n {
					return k.kind
				}
			}
		}
		return UUIDOther
	}
	return NotUUID
}

// IsUUIDType reports whether t is a UUID library's UUID value type, which
// holds a token as well as a string or a byte slice does.
func IsUUIDType(t types.Type) bool { return typematch.IsNamed(t, "github.com/google/uuid", "UUID") }

// randomKeyFuncs return that many random bytes from crypto/rand.
var randomKeyFuncs = []Func{{Pkg: PathSecureCookie, Names: []string{"GenerateRandomKey"}}}

// IsRandomKeyFunc reports whether fn(n) returns n bytes from crypto/rand.
func IsRandomKeyFunc(fn *types.Func) bool { return anyMatches(fn, randomKeyFuncs) }

// weakIDFuncs are library ID generators that can be predicted.
var weakIDFuncs = []struct {
	f      Func
	source string
}{
	{Func{Pkg: "github.com/gofiber/fiber/v2/utils", Names: []string{"UUID"}}, "a counter (fiber's utils.UUID adds one to a fixed seed for each ID)"},
	{Func{Pkg: "github.com/gofiber/utils/...", Names: []string{"UUID"}}, "a counter (fiber's utils.UUID adds one to a fixed seed for each ID)"},
}

// WeakIDFunc says what a predictable library ID generator is made of.
func WeakIDFunc(fn *types.Func) (source string, ok bool) {
	for _, w := range weakIDFuncs {
		if w.f.Matches(fn) {
			return w.source, true
		}
	}
	return "", false
}

// IDGeneratorField returns the field of a session config type that holds
// the session ID generator (fiber's session.Config KeyGenerator), or "".
func IDGeneratorField(t types.Type) string {
	if typematch.IsNamed(t, PathFiber2Session, "Config") || typematch.IsNamed(t, PathFiber3Session, "Config") {
		return "KeyGenerator"
	}
	return ""
}
