package main

import (
	"net/http"

	_ "csrf/splitsessions/auth"
	"csrf/splitsessions/web"
)

func main() {
	mux := http.NewServeMux()
	web.Mount(mux)
	http.ListenAndServe(":8080", http.NewCrossOriginProtection().Handler(mux))
}
