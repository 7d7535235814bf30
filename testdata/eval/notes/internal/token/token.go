// Package token generates identifiers used across the service.
package token

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/google/uuid"
)

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

// NewSessionID returns the identifier stored in the session cookie.
func NewSessionID() string {
	b := make([]byte, 32)
	for i := range b {
		b[i] = alphabet[rand.IntN(len(alphabet))] // WANT: predictableid
	}
	return string(b)
}

// NewResetToken returns the secret embedded in password-reset e-mails.
func NewResetToken() (string, error) {
	b := make([]byte, 6)
	if _, err := crand.Read(b); err != nil { // WANT: predictableid
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// NewAPIKey returns a long-lived API key.
func NewAPIKey() string {
	b := make([]byte, 32)
	crand.Read(b)
	return "nk_" + hex.EncodeToString(b)
}

// NewCSRFToken returns a per-session CSRF token.
func NewCSRFToken() string {
	return uuid.NewString()
}

// NewOAuthState returns the state parameter for the OAuth redirect.
func NewOAuthState() string {
	return fmt.Sprintf("%x", time.Now().UnixNano()) // WANT: predictableid
}

// NewNonce returns a nonce for the CSP header.
func NewNonce() string {
	id, _ := uuid.NewUUID() // WANT: predictableid
	return id.String()
}

// NewRequestID tags log lines; it is not a secret.
func NewRequestID() string {
	return strconv.FormatInt(time.Now().UnixNano(), 36) + "-" + strconv.Itoa(rand.IntN(1000))
}

// SampleTrace decides whether a request is traced.
func SampleTrace(rate float64) bool {
	return rand.Float64() < rate
}
