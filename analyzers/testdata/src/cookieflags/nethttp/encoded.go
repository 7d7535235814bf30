package nethttp

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
)

type codec struct{}

// Encode signs and encodes a value for a cookie (as gorilla/securecookie).
func (codec) Encode(name string, v any) (string, error) {
	b, err := json.Marshal(v)
	return base64.URLEncoding.EncodeToString(b), err
}

var cookieCodec codec

// The app's own cookie name says nothing; the encoded record holds the
// user and session IDs.
func createSession(w http.ResponseWriter, userID, sessionID int) {
	encoded, _ := cookieCodec.Encode("semaphore", map[string]any{
		"user":    userID,
		"session": sessionID,
	})
	http.SetCookie(w, &http.Cookie{ // want `session cookie "semaphore" is sent without Secure, HttpOnly and SameSite`
		Name:  "semaphore",
		Value: encoded,
		Path:  "/",
	})
}

// A record of display settings is no session.
func rememberLayout(w http.ResponseWriter) {
	encoded, _ := cookieCodec.Encode("layout", map[string]any{
		"columns": 3,
		"sidebar": "left",
	})
	http.SetCookie(w, &http.Cookie{Name: "layout", Value: encoded, Path: "/"})
}
