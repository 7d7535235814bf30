package run // want package:`wiresApp`

import (
	"net/http"

	"csrf/splitapp/server" // want `app wires in csrf/splitapp/server, which uses cookie sessions and registers POST /transfer without CSRF protection`
)

// Serve starts the app: it wires it, so it reports what it brings in.
func Serve() error { // want Serve:`registersRoutes\(POST /transfer\)`
	return http.ListenAndServe(":8080", server.Routes())
}
