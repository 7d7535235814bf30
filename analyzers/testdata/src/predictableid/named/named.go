// Package named holds tokens whose purpose is named by the place they are
// kept in: a struct field qualified by its struct, a constant key of a
// key-value container, or a number built by integer arithmetic.
package named

import (
	"math"
	"math/rand"
	"strconv"
	"sync"
	"time"
)

const charset = "0123456789ABCDEF"

func randomCode() string {
	seeded := rand.New(rand.NewSource(time.Now().UnixNano()))
	out := make([]byte, 16)
	for i := range out {
		out[i] = charset[seeded.Intn(len(charset))] // want `invitation code comes from math/rand`
	}
	return string(out)
}

type Invitation struct {
	ID   int
	Code string
}

// Invitation.Code admits whoever holds it.
func (i *Invitation) Create() { i.Code = randomCode() }

// A verification code of some digits: the bounds come from the length
// asked for, the digits from math/rand.
func VerificationCode(length int) string { // want VerificationCode:`predictable\(math/rand\)`
	low := math.Pow10(length - 1)
	high := math.Pow10(length) - 1
	return strconv.Itoa(rand.Intn(int(high-low)) + int(low)) // want `one-time code comes from math/rand`
}

func letters(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = charset[rand.Intn(len(charset))] // want `secret comes from math/rand`
	}
	return string(b)
}

var settings sync.Map

// The cookie signing secret, kept under its name in the settings.
func initSettings() {
	settings.Store("CookieSecret", letters(32))
}

// Negatives.

type Country struct{ Code string }

type Game struct{ Seed int }

func cosmetic() {
	var c Country
	c.Code = letters(2) // a country code is no secret
	settings.Store("theme", letters(4))
	settings.Store("cookie_name", letters(6)) // the name of a cookie, not its secret
	delay := time.Duration(rand.Intn(100)+int(math.Sqrt(4))) * time.Millisecond
	_ = delay
	g := Game{Seed: rand.Intn(10) + c.ID()}
	_ = g
}

func (Country) ID() int { return 1 }
