package app

import (
	"net/http"

	"predictableid/helpers/tokens"
)

func login(w http.ResponseWriter) {
	sessionID := tokens.Random() // want `session ID comes from math/rand \(via Random\)`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sessionID})
	requestID := tokens.Random()
	w.Header().Set("X-Request-ID", requestID)
}

func login2(w http.ResponseWriter) {
	sid := tokens.NewSessionID()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid})
}

func page(w http.ResponseWriter) map[string]any {
	return map[string]any{"sid": tokens.Sessions.GenId(), "open": tokens.Sessions.Count()} // want `session ID comes from math/rand \(via GenId\)`
}
