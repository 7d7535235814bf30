// Package setcookieheader writes cookies by hand as Set-Cookie headers.
package setcookieheader

import (
	"fmt"
	"net/http"
	"time"
)

const tokenCookieName = "app.access-token"

func login(w http.ResponseWriter, id string) {
	w.Header().Set("Set-Cookie", fmt.Sprintf("session_id=%s; Path=/; HttpOnly", id)) // want `the Set-Cookie header for "session_id" is sent without Secure and SameSite`
}

func loginFull(w http.ResponseWriter, id string) {
	w.Header().Add("Set-Cookie", "session_id="+id+"; Path=/; Secure; HttpOnly; SameSite=Lax")
}

func theme(w http.ResponseWriter, t string) {
	w.Header().Add("Set-Cookie", "theme="+t+"; Path=/")
}

func logout(w http.ResponseWriter) {
	w.Header().Set("Set-Cookie", "session_id=; Path=/; Max-Age=0")
}

func dynamic(w http.ResponseWriter, id, attrs string) {
	w.Header().Set("Set-Cookie", fmt.Sprintf("session_id=%s; %s", id, attrs))
}

// A header map handed to another layer (gRPC metadata).
func signIn(token string) map[string]string {
	cookie := fmt.Sprintf("%s=%s; Path=/; Expires=%s; HttpOnly; SameSite=Strict", tokenCookieName, token, time.Now().Add(time.Hour).Format(time.RFC1123)) // want `the Set-Cookie header for "app.access-token" is sent without Secure`
	return map[string]string{"Set-Cookie": cookie}
}
