package beegoconf

import (
	"os"

	"github.com/astaxie/beego"

	"hardcodedsecret/beegoconf/conf"
)

type AccountController struct{ beego.Controller }

func (c *AccountController) Remember(token string) {
	c.SetSecureCookie(conf.GetAppKey(), "login", token)     // reported where the default is written
	c.SetSecureCookie("s3cr3t-signing-key", "login", token) // want `cookie signing key is a literal in the source`
	c.SetSecureCookie(os.Getenv("COOKIE_KEY"), "login", token)
	c.SetSecureCookie(conf.CookieSecret(), "login", token)
	c.Ctx.SetSecureCookie(beego.AppConfig.DefaultString("cookie_key", "dev-key"), "login", token) // want `cookie signing key is a literal in the source`
}
