package nethttp

import "net/http"

// The cookie's value "id" says little; the constant's name says session.
const authSessionCookieName = "id"

// A short value under a neutral constant name is no session cookie.
const layoutCookie = "id2"

func setSessionCookieByConst(w http.ResponseWriter, key string) {
	http.SetCookie(w, &http.Cookie{Name: authSessionCookieName, Value: key, HttpOnly: true}) // want `session cookie "id" is sent without Secure and SameSite`
}

func setLayoutCookie(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: layoutCookie, Value: v})
}
