package jwt

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var jwtSecret = []byte("my_secret_key") // want `JWT signing key is a literal in the source, so anyone with the code can mint valid tokens; load it from the environment or a secret manager`

func issue(userID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString(jwtSecret)
}

func issueInline(userID string) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": userID})
	return token.SignedString([]byte("inline-secret")) // want `JWT signing key is a literal`
}

func verify(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return []byte("verify-secret"), nil // want `JWT signing key is a literal`
	})
}

func keyFunc(t *jwt.Token) (any, error) { return jwtSecret, nil }

func verify2(s string) (*jwt.Token, error) {
	return jwt.NewParser().Parse(s, keyFunc)
}

// Good: keys from the environment.
var envKey = []byte(os.Getenv("JWT_SECRET"))

func issueGood(userID string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": userID}).SignedString(envKey)
}

func verifyGood(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return envKey, nil })
}

// Literal claims are not keys.
func claims() jwt.MapClaims { return jwt.MapClaims{"iss": "my-app", "aud": "web"} }
