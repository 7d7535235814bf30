package routers // want package:`providerApp` package:`registersRoutes\(POST /login\)` package:`wiresApp`

import "github.com/beego/beego/v2/server/web"

type AccountController struct{ web.Controller }

func init() {
	web.Router("/login", &AccountController{}, "post:Login")
}

// Start serves the app.
func Start() { web.Run() }
