package auth // want package:`keepsSessions\(net/http\)`

import "net/http"

// SetSessionCookie writes the session token the login handler made: no
// SameSite, so browsers send it on cross-site form posts.
func SetSessionCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "app_session", Value: token, HttpOnly: true, Secure: true, Path: "/"})
}
