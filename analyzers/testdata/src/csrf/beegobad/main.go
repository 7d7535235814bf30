package main

import "github.com/beego/beego/v2/server/web"

type AccountController struct{ web.Controller }

func (c *AccountController) Transfer() {}
func (c *AccountController) Show()     {}

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true // want `app uses cookie sessions and registers POST /transfer without CSRF protection, so other sites can submit them as the user; set web.BConfig.WebConfig.EnableXSRF = true`
	web.Router("/transfer", &AccountController{}, "post:Transfer")
	web.Router("/account", &AccountController{}, "get:Show")
	web.Run()
}
