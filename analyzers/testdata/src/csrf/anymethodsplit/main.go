package main

import (
	"net/http"

	"csrf/anymethodsplit/web" // want `app keeps cookie sessions in csrf/anymethodsplit/web and registers POST /save without CSRF protection`
)

func main() {
	http.HandleFunc("/login", web.Login)
	http.HandleFunc("/save", web.Auth(web.Save))
	http.HandleFunc("/logs", web.Auth(web.Logs))
	http.ListenAndServe(":8080", nil)
}
