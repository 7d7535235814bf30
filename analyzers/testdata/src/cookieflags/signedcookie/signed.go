// Package signedcookie makes its login cookie by hand: a MAC over the
// user's email and an expiry, under a name taken from configuration.
package signedcookie

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"time"
)

type Config struct {
	CookieName string
	Secret     []byte
}

var config = Config{CookieName: "_forward_auth"}

func sign(parts ...string) string {
	h := hmac.New(sha256.New, config.Secret)
	for _, p := range parts {
		h.Write([]byte(p))
	}
	return base64.URLEncoding.EncodeToString(h.Sum(nil))
}

// MakeCookie: whoever holds the value is signed in as email.
func MakeCookie(email string) *http.Cookie {
	expires := time.Now().Add(12 * time.Hour)
	mac := sign(email, fmt.Sprint(expires.Unix()))
	value := fmt.Sprintf("%s|%d|%s", mac, expires.Unix(), email)
	return &http.Cookie{ // want `session cookie is sent without SameSite`
		Name:     config.CookieName,
		Value:    value,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		Expires:  expires,
	}
}

// A signed preference says nothing about who is signed in.
func ThemeCookie(theme string) *http.Cookie {
	mac := sign(theme)
	return &http.Cookie{Name: "prefs", Value: fmt.Sprintf("%s|%s", mac, theme), Path: "/"}
}
