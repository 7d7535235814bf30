package ok

import (
	"net/http"
	"os"
	"strconv"
	"time"
)

var days, _ = strconv.Atoi(os.Getenv("SESSION_DAYS"))

func login(w http.ResponseWriter, sid string, rememberToken string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, MaxAge: 86400 * 30, Secure: true, HttpOnly: true})
	http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Expires: time.Now().Add(time.Duration(days) * 24 * time.Hour)})
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: rememberToken, MaxAge: 86400 * 365})
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: rememberToken, MaxAge: 86400 * 365})
	http.SetCookie(w, &http.Cookie{Name: "consent", Value: "yes", MaxAge: 86400 * 365})
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1})
}

func setRememberCookie(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: tok, MaxAge: 86400 * 365})
}
