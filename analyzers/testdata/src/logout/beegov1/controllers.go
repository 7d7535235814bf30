// beego v1 controllers: logout must end the session.
package beegov1

import "github.com/astaxie/beego"

type AuthController struct{ beego.Controller }

func (c *AuthController) Logout() {
	c.DelSession("user") // want `logout removes the "user" key but leaves the session ID valid`
	c.Redirect("/", 302)
}

func (c *AuthController) SignOut() { // want SignOut:"endsSession"
	c.DestroySession()
	c.Redirect("/", 302)
}
