package nethttp

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	mrand "math/rand"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
)

func goodSessionID() string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func goodToken() string { return rand.Text() }

func goodNonce() (string, error) {
	var b [16]byte
	if _, err := io.ReadFull(rand.Reader, b[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(b[:]), nil
}

func goodState() string { return uuid.NewString() }

func newV4Token() string { return uuid.New().String() }

// Letters chosen by crypto/rand bytes.
func goodRandomString(n int) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, n)
	rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}

func newSecretToken() string { return goodRandomString(32) }

// A hash that mixes in crypto randomness is fine.
func generateResetToken(email string) string {
	salt := make([]byte, 32)
	rand.Read(salt)
	sum := sha256.Sum256(append([]byte(email), salt...))
	return hex.EncodeToString(sum[:])
}

// An HMAC with a server key is not guessable.
func signedToken(key []byte, userID int) string {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(strconv.Itoa(userID)))
	return hex.EncodeToString(h.Sum(nil))
}

// Timestamps added to a random token are fine.
func sessionIDWithTime() string {
	return fmt.Sprintf("%d.%s", time.Now().Unix(), goodSessionID())
}

// math/rand for things that are not secrets.
func requestID() string          { return strconv.FormatInt(mrand.Int63(), 16) }
func newTraceID() string         { return fmt.Sprintf("%016x", mrand.Uint64()) }
func jitter() time.Duration      { return time.Duration(mrand.Intn(100)) * time.Millisecond }
func pick(items []string) string { return items[mrand.Intn(len(items))] }
func shuffle(xs []int)           { mrand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] }) }
func newOrderID() string         { return fmt.Sprintf("ORD-%d", time.Now().UnixNano()) }
func uploadFilename() string     { return strconv.FormatInt(time.Now().UnixNano(), 10) + ".png" }

func backoff(attempt int) time.Duration {
	delay := time.Duration(1<<attempt) * time.Second
	return delay + time.Duration(mrand.Int63n(int64(delay)/2))
}

// Token expiry and state-machine state are not secrets.
func tokenExpiry() int64 { return time.Now().Add(time.Hour).Unix() }

func initialState() int { return mrand.Intn(4) }

type Game struct{ State int }

func (g *Game) reset() { g.State = mrand.Intn(3) }

// A theme cookie may hold anything.
func theme(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: strconv.Itoa(mrand.Intn(3))})
}

// A session cookie carrying a crypto-random ID.
func loginGood(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: goodSessionID(), HttpOnly: true, Secure: true})
}

// Reading and checking tokens is not making them.
func getSessionID(r *http.Request) string {
	c, err := r.Cookie("session_id")
	if err != nil {
		return strconv.FormatInt(time.Now().Unix(), 10)
	}
	return c.Value
}

// A 6-digit one-time code from crypto/rand is short by design.
func newOTPCode() string {
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%06d", (int(b[0])<<16|int(b[1])<<8|int(b[2]))%1000000)
}

// The session's user, not its ID.
func sessionUser(u *User) int {
	sessionUserID := u.ID
	return sessionUserID
}

// UUID v7: 74 random bits from crypto/rand; accepted.
func newV7SessionID() string { return uuid.Must(uuid.NewV7()).String() }

// Exchange API nonces must increase: a timestamp by design.
func apiNonce() string { return strconv.FormatInt(time.Now().UnixNano(), 10) }

func signRequest(body string) string {
	nonce := strconv.FormatInt(time.Now().UnixMilli(), 10)
	return nonce + body
}

var machineStates = []string{"idle", "running", "stopped"}

// randomState picks a state for a simulation: one of three known values.
func randomMachineState() string { return machineStates[mrand.Intn(len(machineStates))] }

func randomStartState() string {
	states := [...]string{"warm", "cold"}
	return states[mrand.Intn(len(states))]
}
