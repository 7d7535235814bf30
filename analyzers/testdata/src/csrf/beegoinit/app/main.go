package main

import (
	"github.com/astaxie/beego"

	_ "csrf/beegoinit/routers"
)

func main() {
	beego.BConfig.WebConfig.Session.SessionOn = true // want `app uses cookie sessions and registers POST /api/update-user without CSRF protection`
	beego.Run()
}
