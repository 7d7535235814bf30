package beego

import "github.com/beego/beego/v2/server/web"

type BaseController struct {
	web.Controller
}

// SetMember stores the user, or ends the session for a zero Member.
func (c *BaseController) SetMember(id int) { // want SetMember:`writesIdentity\(uid\)`
	if id <= 0 {
		c.DestroySession()
		return
	}
	c.SetSession("uid", id)
}

// JSONResult writes a reply and ends the request: beego recovers the
// panic StopRun raises, so this is the handler's normal end.
func (c *BaseController) JSONResult(code int, msg string) {
	c.Data["json"] = map[string]any{"code": code, "msg": msg}
	c.ServeJSON()
	c.StopRun()
}

type AccountController struct {
	BaseController
}

func (c *AccountController) Login() {
	if !users.CheckPassword(c.GetString("account"), c.GetString("password")) {
		c.SetMember(0)
		c.JSONResult(1, "wrong password")
	}
	c.SetMember(7) // want `SetMember stores "uid", so issue a new ID \(SessionRegenerateID\) before calling it`
	c.JSONResult(0, "ok")
}

func (c *AccountController) LoginGood() { // want LoginGood:`renewsSession`
	if !users.CheckPassword(c.GetString("account"), c.GetString("password")) {
		c.JSONResult(1, "wrong password")
	}
	c.SessionRegenerateID()
	c.SetMember(7)
	c.JSONResult(0, "ok")
}
