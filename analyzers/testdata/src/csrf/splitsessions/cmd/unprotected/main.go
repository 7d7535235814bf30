package main

import (
	"net/http"

	_ "csrf/splitsessions/auth" // want `app keeps cookie sessions in csrf/splitsessions/auth and registers POST /settings without CSRF protection`
	"csrf/splitsessions/web"
)

func main() {
	mux := http.NewServeMux()
	web.Mount(mux)
	http.ListenAndServe(":8080", mux)
}
