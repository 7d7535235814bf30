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

// The app names the session key after its own domain ("author" in a wiki);
// the value it stores is the user.
func (c *AuthController) DoLogin() {
	user, ok := check(c.GetString("name"), c.GetString("password"))
	if !ok {
		return
	}
	c.SetSession("author", user) // want `identity written to the session without a new session ID`
}

// A user record kept under a key that names something else is no login
// state; nor is a value that is not the user.
func (c *AuthController) Authenticate() {
	user, ok := check(c.GetString("name"), c.GetString("password"))
	if !ok {
		return
	}
	c.SetSession("flash", user)
	page := c.GetString("page")
	c.SetSession("author", page)
}
