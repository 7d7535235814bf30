// beego v1 controllers: the same session API as v2.
package beegov1

import "github.com/astaxie/beego"

type User struct{ ID int }

func check(name, password string) (*User, bool) { return &User{}, password != "" }

type AuthController struct{ beego.Controller }

func (c *AuthController) Login() {
	u, ok := check(c.GetString("name"), c.GetString("password"))
	if !ok {
		return
	}
	c.SetSession("user", u) // want `identity written to the session without a new session ID`
}

func (c *AuthController) SignIn() {
	u, ok := check(c.GetString("name"), c.GetString("password"))
	if !ok {
		return
	}
	c.SessionRegenerateID()
	c.SetSession("user", u)
}
