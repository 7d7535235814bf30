package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/google/uuid"
)

var users = map[string]string{
	"user1": "password1",
	"user2": "password2",
}

type session struct {
	username string
	expiry   time.Time
}

var (
	mu       sync.Mutex
	sessions = map[string]session{}
)

type Credentials struct {
	Password string `json:"password"`
	Username string `json:"username"`
}

func Signin(w http.ResponseWriter, r *http.Request) {
	var creds Credentials
	if err := json.NewDecoder(r.Body).Decode(&creds); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	expected, ok := users[creds.Username]
	if !ok || expected != creds.Password {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	sessionToken := uuid.NewString()
	expiresAt := time.Now().Add(120 * time.Second)
	mu.Lock()
	sessions[sessionToken] = session{username: creds.Username, expiry: expiresAt}
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{ // WANT: cookieflags
		Name:    "session_token",
		Value:   sessionToken,
		Expires: expiresAt,
	})
}

func legacySignin(w http.ResponseWriter, r *http.Request) {
	sid := strconv.FormatInt(time.Now().UnixNano(), 10) // WANT: predictableid
	mu.Lock()
	sessions[sid] = session{username: r.FormValue("u"), expiry: time.Now().Add(time.Hour)}
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode})
}

func Logout(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session_token")
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	mu.Lock()
	delete(sessions, c.Value)
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "session_token", Value: "", Expires: time.Now()})
}

func etag(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:8])
}

func Prefs(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: r.FormValue("theme"), MaxAge: 86400 * 365})
	w.Header().Set("ETag", etag([]byte(r.FormValue("theme"))))
}

func main() {
	http.HandleFunc("/signin", Signin)
	http.HandleFunc("/legacy", legacySignin)
	http.HandleFunc("/logout", Logout)
	http.HandleFunc("/prefs", Prefs)
	log.Fatal(http.ListenAndServe(":8000", nil))
}
