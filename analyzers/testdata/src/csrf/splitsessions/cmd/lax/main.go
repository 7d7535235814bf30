package main

import (
	"net/http"

	_ "csrf/splitsessions/laxauth"
	"csrf/splitsessions/web"
)

func main() {
	mux := http.NewServeMux()
	web.Mount(mux)
	http.ListenAndServe(":8080", mux)
}
