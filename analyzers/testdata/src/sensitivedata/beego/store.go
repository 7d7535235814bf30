package beego

import "github.com/beego/beego/v2/server/web"

type PayController struct{ web.Controller }

func (c *PayController) Post() {
	c.SetSession("cardNo", c.GetString("card")) // want `session stores a card number under key "cardNo"`
	c.SetSession("plan", c.GetString("plan"))
}
