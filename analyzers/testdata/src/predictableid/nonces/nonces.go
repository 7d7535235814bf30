// Package nonces: a nonce must be unique, a token unguessable.
package nonces

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
)

type sealed struct {
	Nonce []byte
	Data  []byte
}

// seal draws the standard 12-byte AES-GCM nonce: unique by chance, no secret.
func seal(key, msg []byte) (sealed, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return sealed{}, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return sealed{}, err
	}
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return sealed{}, err
	}
	return sealed{Nonce: nonce, Data: gcm.Seal(nil, nonce, msg, nil)}, nil
}

const nonceSize = 12

func randomBytes(n int) ([]byte, error) {
	b := make([]byte, n)
	_, err := rand.Read(b)
	return b, err
}

// prepare fills in the nonce of a file's encryption record.
func prepare(info *sealed) error {
	nonce, err := randomBytes(nonceSize)
	if err != nil {
		return err
	}
	info.Nonce = nonce
	return nil
}

type login struct {
	Nonce string
	Token string
}

// newLogin: 8 random bytes are too few even for a nonce, and a token of 12
// bytes is still too short.
func newLogin() login {
	n := make([]byte, 8)
	rand.Read(n) // want `nonce has only 8 bytes of crypto/rand`
	t := make([]byte, 12)
	rand.Read(t) // want `token has only 12 bytes of crypto/rand`
	return login{Nonce: string(n), Token: string(t)}
}
