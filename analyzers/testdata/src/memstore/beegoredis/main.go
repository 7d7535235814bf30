package main

import (
	"os"

	"github.com/beego/beego/v2/server/web"
)

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.WebConfig.Session.SessionProvider = "redis"
	web.BConfig.WebConfig.Session.SessionProviderConfig = os.Getenv("REDIS_ADDR")
	web.Run()
}
