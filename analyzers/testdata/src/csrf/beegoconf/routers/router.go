package routers // want package:`providerApp` package:`registersRoutes\(POST /login, POST /profile\)`

import "github.com/beego/beego/v2/server/web"

type AccountController struct{ web.Controller }

func init() {
	web.Router("/login", &AccountController{}, "*:Login")
	web.Router("/profile", &AccountController{}, "post:Profile")
}
