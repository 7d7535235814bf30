package scs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func handoff(w http.ResponseWriter, r *http.Request) {
	tok := sm.Token(r.Context())
	http.Redirect(w, r, "https://other.example.com/continue?s="+tok, http.StatusFound) // want `session ID placed in a URL query`
}

func loadFromQuery(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("session")
	ctx, err := sm.Load(r.Context(), token) // want `session token read from the URL query`
	if err != nil {
		return
	}
	_ = ctx
}

func goodLoad(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		return
	}
	ctx, _ := sm.Load(r.Context(), c.Value)
	_ = ctx
	http.Redirect(w, r, "/home", http.StatusFound)
}
