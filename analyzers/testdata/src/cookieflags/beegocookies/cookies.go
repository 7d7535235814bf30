// Cookies set through beego's positional setters: the optional maxAge,
// path, domain, secure, httpOnly and sameSite arguments are off when left
// out.
package beegocookies

import (
	"github.com/astaxie/beego"
	web "github.com/beego/beego/v2/server/web"
)

type AccountController struct{ beego.Controller }

func (c *AccountController) Login(secret, token string) {
	c.SetSecureCookie(secret, "login", token, 3600) // want `session cookie "login" is sent without Secure, HttpOnly and SameSite`
	c.Ctx.SetCookie("auth_token", token, 3600, "/", "", true, true, "Lax")
	c.Ctx.SetCookie("auth_token", token, 3600, "/", "", false, true, "Lax") // want `session cookie "auth_token" is sent without Secure`
	c.Ctx.SetCookie("lang", "en", 3600)                                     // a preference
	c.Ctx.SetCookie("auth_token", "", -1)                                   // a deletion
}

// A login ticket named "passport" in the app's configuration, made from
// the user name and a digest: whoever holds it is that user.
func (c *AccountController) Remember(username, digest string) {
	passport := beego.AppConfig.String("author::passport")
	passportValue := username + "@" + digest
	c.Ctx.SetCookie(passport, passportValue, 86400) // want `session cookie is sent without Secure, HttpOnly and SameSite`
	visited := beego.AppConfig.String("site::visited")
	c.Ctx.SetCookie(visited, "1", 86400)
}

type V2Controller struct{ web.Controller }

func (c *V2Controller) Login(secret, token string) {
	c.Ctx.Output.Cookie("session", token) // want `session cookie "session" is sent without Secure, HttpOnly and SameSite`
	c.SetSecureCookie(secret, "remember", token, 3600, "/", "", true, true, "Strict")
}
