package beego

import "github.com/beego/beego/v2/server/web"

type AuthController struct{ web.Controller }

func (c *AuthController) Logout() {
	c.DelSession("uid") // want `logout removes the "uid" key but leaves the session ID valid, so a stolen cookie still works; call DestroySession\(\) \(or session.Logout\)`
	c.Redirect("/", 302)
}

func (c *AuthController) SignOut() { // want SignOut:"endsSession"
	c.DelSession("uid")
	c.DestroySession()
	c.Redirect("/", 302)
}

func (c *AuthController) RemoveItem() {
	c.DelSession("cart")
}
