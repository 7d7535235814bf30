package routers // want package:`providerApp`

// The package registers only reads in init.

import "github.com/astaxie/beego"

type PageController struct{ beego.Controller }

func init() {
	beego.Router("/", &PageController{}, "GET:Home")
}
