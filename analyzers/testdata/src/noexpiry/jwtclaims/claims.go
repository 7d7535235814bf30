// Login tokens are sessions the client carries: their expiry is the
// session's lifetime.
package jwtclaims

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	UserID int `json:"uid"`
	jwt.RegisteredClaims
}

func issueLoginToken(uid int) (string, error) {
	claims := Claims{
		UserID: uid,
		RegisteredClaims: jwt.RegisteredClaims{
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(90 * 24 * time.Hour)), // want `a JWT's ExpiresAt lets the session live for 90 days`
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("k"))
}

func issueShortToken(uid int) (string, error) {
	claims := Claims{UserID: uid, RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour))}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("k"))
}

// A refresh token lives longer by design.
func issueRefreshToken(uid int) (string, error) {
	claims := jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().AddDate(0, 6, 0))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte("k"))
}
