package laxauth

import "net/http"

// The same cookie with SameSite=Lax: other sites' form posts carry no session.
func SetSessionCookie(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "app_session", Value: token, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode, Path: "/"})
}
