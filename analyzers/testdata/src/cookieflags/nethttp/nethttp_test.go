package nethttp

import "net/http"

// Test files stay silent.
func testCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "x"})
}
