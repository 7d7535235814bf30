package web

import "net/http"

// Mount registers the app's routes; the session cookie is read by the
// handlers through the auth package.
func Mount(mux *http.ServeMux) { // want Mount:`registersRoutes\(POST /settings\)`
	mux.HandleFunc("POST /settings", settings)
}

func settings(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie("app_session"); err != nil {
		http.Error(w, "login", http.StatusUnauthorized)
	}
}
