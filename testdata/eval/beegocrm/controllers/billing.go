package controllers

import "github.com/beego/beego/v2/server/web"

type BillingController struct {
	web.Controller
}

func (c *BillingController) Save() {
	pan := c.GetString("pan")
	cvc := c.GetString("cvc")
	c.SetSession("pan", pan) // WANT: sensitivedata
	c.SetSession("cvc", cvc) // WANT: sensitivedata
	c.SetSession("billing_country", c.GetString("country"))
	c.Data["json"] = map[string]string{"status": "ok"}
	c.ServeJSON()
}
