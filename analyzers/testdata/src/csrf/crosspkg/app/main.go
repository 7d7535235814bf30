package main

import (
	"net/http"
	"os"

	"csrf/crosspkg/routes"

	"github.com/gorilla/sessions"
)

var Store = sessions.NewCookieStore([]byte(os.Getenv("K"))) // want `app uses cookie sessions and registers POST /transfer without CSRF protection`

func main() {
	mux := http.NewServeMux()
	routes.Register(mux)
	http.ListenAndServe(":8080", mux)
}
