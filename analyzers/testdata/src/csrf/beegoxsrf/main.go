package main

import "github.com/beego/beego/v2/server/web"

type AccountController struct{ web.Controller }

func (c *AccountController) Transfer() {}

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.WebConfig.EnableXSRF = true
	web.BConfig.WebConfig.XSRFKey = "from-config"
	web.Router("/transfer", &AccountController{}, "post:Transfer")
	web.Run()
}
