// Package cors is a vendored CORS library: it refuses disallowed origins
// with 403, but what it allows is configuration (AllowAll), so it is no
// CSRF defence.
package cors

import "net/http"

type Config struct{ AllowAll bool }

func New(cfg Config) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if o := r.Header.Get("Origin"); o != "" && !cfg.AllowAll {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			r.Header.Get("X-CSRF-Token") // listed among allowed headers
			next.ServeHTTP(w, r)
		})
	}
}
