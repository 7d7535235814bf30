package nethttp

import (
	"crypto/rand"
	"net/http"
	"sync"
)

var (
	errorsMu  sync.Mutex
	errorText = map[string]string{}
)

// redirectToError hands the error page a random handle of the message to
// show: it grants nothing.
func redirectToError(w http.ResponseWriter, r *http.Request, msg string) {
	token := rand.Text()
	errorsMu.Lock()
	errorText[token] = msg
	errorsMu.Unlock()
	http.Redirect(w, r, "./error?e="+token, http.StatusTemporaryRedirect)
}

// toDashboard hands the API token to the next page in the URL.
func toDashboard(w http.ResponseWriter, r *http.Request, apiToken string) {
	http.Redirect(w, r, "./dashboard?t="+apiToken, http.StatusFound) // want `auth token placed in a redirect URL`
}
