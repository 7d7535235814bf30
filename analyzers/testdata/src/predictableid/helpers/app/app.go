package app

import (
	"net/http"

	"predictableid/helpers/tokens"
)

func login(w http.ResponseWriter) {
	sessionID := tokens.Random() // reported in Random
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sessionID})
	requestID := tokens.Random()
	w.Header().Set("X-Request-ID", requestID)
}

func login2(w http.ResponseWriter) {
	sid := tokens.NewSessionID()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid})
}

func rotateAPISecret(u *user) {
	u.APISecret = tokens.NewSHA256Hash() // reported in NewSHA256Hash
}

type user struct{ APISecret string }
