package nethttp

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	randv2 "math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func generateSessionID() string {
	return strconv.FormatInt(mrand.Int63(), 16) // want `session ID comes from math/rand, which is predictable; generate it with crypto/rand \(32 bytes, as github.com/sessionlint/sessionlint/session does\) or rand.Text\(\)`
}

func newToken() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = letters[mrand.Intn(len(letters))] // want `token comes from math/rand`
	}
	return string(b)
}

func randomState() string {
	var sb strings.Builder
	for range 24 {
		sb.WriteByte(letters[randv2.IntN(len(letters))]) // want `OAuth state comes from math/rand`
	}
	return sb.String()
}

var seeded = mrand.New(mrand.NewSource(time.Now().UnixNano()))

func makeNonce() string {
	return fmt.Sprintf("%x", seeded.Int63()) // want `nonce comes from math/rand`
}

func genCSRF() string {
	return strconv.FormatInt(time.Now().UnixNano(), 36) // want `CSRF token comes from the current time`
}

var sessionCounter int64

func newSessionKey() string {
	return fmt.Sprint(atomic.AddInt64(&sessionCounter, 1)) // want `session ID comes from a counter`
}

var lastID int

func newSessionID() string {
	lastID++
	return "s" + strconv.Itoa(lastID) // want `session ID comes from a counter \(lastID\)`
}

func timeUUIDToken() string {
	u, _ := uuid.NewUUID() // want `token comes from a time-based UUID \(version 1\)`
	return u.String()
}

func resetToken(email string) string {
	sum := md5.Sum([]byte(email + time.Now().String())) // want `reset token comes from the current time`
	return hex.EncodeToString(sum[:])
}

func newAPIKey(username string) string {
	sum := sha256.Sum256([]byte(username)) // want `API key comes from a hash of guessable input \(username\)`
	return hex.EncodeToString(sum[:])
}

func shortToken() string {
	b := make([]byte, 8)
	rand.Read(b) // want `token has only 8 bytes of crypto/rand, too few to resist guessing; use at least 16 bytes`
	return hex.EncodeToString(b)
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}

func newCSRFToken() string {
	return base64.RawURLEncoding.EncodeToString(randomBytes(12)) // want `CSRF token has only 12 bytes of crypto/rand`
}

// Fallback to the clock when crypto/rand fails.
func generateToken() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return strconv.FormatInt(time.Now().UnixNano(), 10) // want `token comes from the current time`
	}
	return hex.EncodeToString(b)
}

type User struct {
	ID         int
	Email      string
	ResetToken string
}

func forgotPassword(u *User) {
	u.ResetToken = fmt.Sprintf("%d", mrand.Int()) // want `reset token comes from math/rand`
}

func login(w http.ResponseWriter, r *http.Request) {
	sid := fmt.Sprintf("%d-%d", time.Now().Unix(), mrand.Intn(1000000)) // want `session ID comes from the current time`
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, HttpOnly: true, Secure: true})
}

func login2(w http.ResponseWriter, r *http.Request, u *User) {
	http.SetCookie(w, &http.Cookie{
		Name:  "auth_token",
		Value: strconv.Itoa(u.ID) + strconv.FormatInt(time.Now().Unix(), 10), // want `token comes from the current time`
	})
}

func store(m map[string]any) {
	m["csrf_token"] = strconv.Itoa(mrand.Int()) // want `CSRF token comes from math/rand`
	sessionToken := randString(32)
	_ = sessionToken
}

// randString is not itself named like a token; its caller is. The finding
// is where the predictable value is made, once for all callers.
func randString(n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = rune(letters[mrand.Intn(len(letters))]) // want `session token comes from math/rand`
	}
	return string(b)
}
