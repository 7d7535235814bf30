package routers // want package:`providerApp` package:`registersRoutes\(POST /api/signin, POST /api/update-user\)`

// The package registers its routes in init, so importing it is enough.

import "github.com/astaxie/beego"

type APIController struct{ beego.Controller }

func init() {
	initAPI()
}

func initAPI() {
	beego.Router("/api/signin", &APIController{}, "POST:Signin")
	beego.Router("/api/update-user", &APIController{}, "POST:UpdateUser")
	beego.Router("/api/get-user", &APIController{}, "GET:GetUser")
}
