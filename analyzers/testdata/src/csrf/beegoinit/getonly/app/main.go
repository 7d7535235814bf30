package main

import (
	"github.com/astaxie/beego"

	_ "csrf/beegoinit/getonly/routers"
)

func main() {
	beego.BConfig.WebConfig.Session.SessionOn = true
	beego.Run()
}
