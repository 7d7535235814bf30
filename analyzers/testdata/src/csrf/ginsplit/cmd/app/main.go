package main

import (
	"log"

	"github.com/gin-gonic/gin"

	"csrf/ginsplit/controller" // want `app keeps cookie sessions in csrf/ginsplit/service and registers POST /user/totp without CSRF protection`
)

func main() {
	r := gin.Default()
	var u controller.UserController
	u.SetupRoutes()
	r.Run(":8080")
}

// The log line's field key names the OAuth state cookie; logging defends
// nothing.
func logStart(name string) {
	log.Printf("%s=%s", "csrfCookieName", name)
}
