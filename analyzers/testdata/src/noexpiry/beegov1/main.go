package main

import "github.com/astaxie/beego"

func main() {
	beego.BConfig.WebConfig.Session.SessionOn = true
	beego.BConfig.WebConfig.Session.SessionGCMaxLifetime = 3600 * 24 * 365 // want `beego SessionGCMaxLifetime lets the session live for 365 days`
	beego.Run()
}
