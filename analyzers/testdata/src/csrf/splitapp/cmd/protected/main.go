package main

import (
	"net/http"
	"os"

	"github.com/gorilla/csrf"

	"csrf/splitapp/server"
)

func main() {
	protect := csrf.Protect([]byte(os.Getenv("CSRF_KEY")))
	http.ListenAndServe(":8080", protect(server.Routes()))
}
