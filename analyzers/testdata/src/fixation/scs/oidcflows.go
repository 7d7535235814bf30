package scs

import (
	"net/http"
)

type authFlow struct{ Verifier, Nonce string }

// The OIDC start handler keeps pending flows keyed by state; nobody is
// logged in yet.
func (app *application) oidcLogin(w http.ResponseWriter, r *http.Request) {
	flows, _ := app.sessionManager.Get(r.Context(), "auth_sessions").(map[string]authFlow)
	if flows == nil {
		flows = map[string]authFlow{}
	}
	flows[r.URL.Query().Get("state")] = authFlow{Verifier: "v", Nonce: "n"}
	app.sessionManager.Put(r.Context(), "auth_sessions", flows)
	http.Redirect(w, r, "https://idp.example/authorize", http.StatusFound)
}
