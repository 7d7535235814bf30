// A beego v1 app with sessions on, state-changing routes and XSRF left off
// (the default).
package main

import "github.com/astaxie/beego"

type TransferController struct{ beego.Controller }

func (c *TransferController) Post() {}

func main() {
	beego.BConfig.WebConfig.Session.SessionOn = true // want `app uses cookie sessions and registers POST /transfer without CSRF protection`
	beego.Router("/transfer", &TransferController{})
	beego.Run()
}
