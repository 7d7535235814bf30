package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
)

func main() {
	sm := scs.New() // want `app uses cookie sessions and registers POST /transfer without CSRF protection`
	sm.Cookie.SameSite = http.SameSiteNoneMode
	sm.Cookie.Secure = true
	mux := http.NewServeMux()
	mux.HandleFunc("POST /transfer", func(w http.ResponseWriter, r *http.Request) {
		_ = sm.GetString(r.Context(), "userID")
	})
	http.ListenAndServe(":8080", sm.LoadAndSave(mux))
}
