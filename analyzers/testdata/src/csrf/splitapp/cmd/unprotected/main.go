package main

import (
	"net/http"

	"csrf/splitapp/server" // want `app wires in csrf/splitapp/server, which uses cookie sessions and registers POST /transfer without CSRF protection`
)

func main() {
	http.ListenAndServe(":8080", server.Routes())
}
