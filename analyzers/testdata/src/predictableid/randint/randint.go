package randint

import (
	crand "crypto/rand"
	"math/big"
)

type resetRequest struct{ ResetToken string }

// crypto/rand.Int draws only as many bits as its bound holds.
func newReset() resetRequest {
	n, _ := crand.Int(crand.Reader, big.NewInt(1000000)) // want `reset token has only 2 bytes of crypto/rand`
	return resetRequest{ResetToken: n.String()}
}

// A six-digit one-time code is short by design.
func newOTP() string {
	n, _ := crand.Int(crand.Reader, big.NewInt(1000000))
	otpCode := n.String()
	return otpCode
}

// A dice roll is no token.
func roll() int64 {
	n, _ := crand.Int(crand.Reader, big.NewInt(6))
	return n.Int64() + 1
}

const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// One draw per character: 32 draws of about 6 bits each.
func newServerToken() string {
	serverToken := make([]byte, 32)
	for i := range serverToken {
		max := big.NewInt(int64(len(alphabet)))
		r, _ := crand.Int(crand.Reader, max)
		serverToken[i] = alphabet[r.Uint64()]
	}
	return string(serverToken)
}
