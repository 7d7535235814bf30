package beego

import (
	"github.com/beego/beego/v2/server/web"
)

type AuthController struct {
	web.Controller
}

type userRepo interface{ CheckPassword(user, pass string) bool }

var users userRepo

func (c *AuthController) PostLogin() {
	if !users.CheckPassword(c.GetString("user"), c.GetString("password")) {
		return
	}
	c.SetSession("uid", c.GetString("user")) // want `identity written to the session without a new session ID, so an attacker who planted the ID before login inherits the account; call SessionRegenerateID\(\) before storing the user \(or use session.Login\)$`
	c.Redirect("/", 302)
}

func (c *AuthController) PostLoginGood() {
	if !users.CheckPassword(c.GetString("user"), c.GetString("password")) {
		return
	}
	if err := c.SessionRegenerateID(); err != nil {
		return
	}
	c.SetSession("uid", c.GetString("user"))
	c.Redirect("/", 302)
}

func (c *AuthController) SaveTheme() {
	c.SetSession("theme", c.GetString("theme"))
}
