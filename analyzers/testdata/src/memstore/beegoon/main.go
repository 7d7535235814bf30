package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true // want `beego sessions are on with the memory provider`
	web.BConfig.WebConfig.Session.SessionName = "sid"
	web.Run()
}
